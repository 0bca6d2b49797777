-- Idempotency-Key: the first answer to a POST is kept, so that a client retrying with the same key gets it again
-- instead of a second case or nomination.

create table idempotent_request (
  id            bigint auto_increment primary key,
  caller        varchar(64)   not null,
  idem_key      varchar(64)   not null,
  method        varchar(8)    not null,
  path          varchar(300)  not null,
  request_hash  varchar(64)   not null,
  status        int,
  content_type  varchar(100),
  location      varchar(300),
  body          varchar(8000),
  created_at    datetime(6)   not null,
  constraint uq_idempotent_request unique (caller, idem_key)
);
