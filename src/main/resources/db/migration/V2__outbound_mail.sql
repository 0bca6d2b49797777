-- Outgoing mail: written in the business transaction, sent after it commits, retried until delivered.

create table outbound_mail (
  id              bigint auto_increment primary key,
  template        varchar(80)   not null,
  recipients      varchar(1000) not null,
  subject         varchar(300)  not null,
  body            varchar(8000) not null,
  reference       varchar(120),
  status          varchar(16)   not null,
  attempts        int           not null,
  next_attempt_at datetime(6)   not null,
  last_error      varchar(500),
  created_at      datetime(6)   not null,
  sent_at         datetime(6),
  version         bigint        not null
);
create index ix_outbound_mail_due on outbound_mail (status, next_attempt_at);
