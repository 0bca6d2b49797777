-- Title applications (process title-grant, notice II; ADR 0028 decisions 1, 2, 6): an application rests on a verified
-- result (its case and code), names the title applied for, and keeps the catalog mapping and the route the decision
-- table title-channel chose under the edition in force. Portable SQL: H2 and MySQL 8 / MariaDB 10.6+.

create table title_application (
  id                 bigint auto_increment primary key,
  reference          varchar(20)   not null,
  applicant          varchar(64)   not null,
  employer_id        bigint,
  case_reference     varchar(20)   not null,
  verification_code  varchar(32)   not null,
  qualification_code varchar(32)   not null,
  holder_name        varchar(200)  not null,
  title_series       varchar(120)  not null,
  applied_level      varchar(16)   not null,
  mapped_level       varchar(16)   not null,
  route              varchar(24)   not null,
  edition_code       varchar(32)   not null,
  sample_data        boolean       not null,
  employer_support   varchar(2000),
  status             varchar(24)   not null,
  exemptions         varchar(2000),
  decision_note      varchar(2000),
  decided_by         varchar(64),
  decided_at         datetime(6),
  granted_on         date,
  submitted_at       datetime(6)   not null,
  updated_at         datetime(6)   not null,
  version            bigint        not null,
  constraint uq_title_application_reference unique (reference)
);
create index ix_title_application_applicant on title_application (applicant, id);
create index ix_title_application_employer on title_application (employer_id, id);
create index ix_title_application_case on title_application (case_reference, status);

create table title_event (
  id              bigint auto_increment primary key,
  application_id  bigint        not null,
  kind            varchar(32)   not null,
  note            varchar(2000),
  actor           varchar(64)   not null,
  occurred_at     datetime(6)   not null,
  constraint fk_title_event_application foreign key (application_id) references title_application (id)
);
create index ix_title_event_application on title_event (application_id, id);
