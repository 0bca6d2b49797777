-- Monitoring cycles, per-qualification monitoring records, monitors' indicator inputs, and exit cases.

create table monitoring_cycle (
  id                  bigint auto_increment primary key,
  reference           varchar(32)  not null,
  started_by          varchar(64)  not null,
  started_at          datetime(6)  not null,
  process_instance_id varchar(64),
  qualifications      int          not null,
  status              varchar(16)  not null,
  finished_at         datetime(6),
  compliant           int          not null,
  on_watch            int          not null,
  non_compliant       int          not null,
  rectified           int          not null,
  removed             int          not null,
  kept                int          not null,
  version             bigint       not null,
  constraint uq_monitoring_cycle_reference unique (reference)
);

-- what monitors know about a qualification beyond Qualcat's own verification cases; the latest counts
create table monitoring_input (
  id                     bigint auto_increment primary key,
  qualification_code     varchar(32)   not null,
  technical_compliance   varchar(24)   not null,
  holder_outcomes        varchar(16)   not null,
  certificates_in_beijing int,
  issuer_responsive      boolean,
  issuer_contact_email   varchar(254),
  note                   varchar(2000),
  entered_by             varchar(64)   not null,
  entered_at             datetime(6)   not null
);
create index ix_monitoring_input_code on monitoring_input (qualification_code, entered_at);

create table monitoring_record (
  id                      bigint auto_increment primary key,
  cycle_id                bigint,
  qualification_code      varchar(32)   not null,
  process_instance_id     varchar(64)   not null,
  certificates_in_beijing int,
  verification_cases      int,
  issuer_checks           int,
  issuer_checks_answered  int,
  technical_compliance    varchar(24),
  holder_outcomes         varchar(16),
  issuer_responsive       boolean,
  assessment              varchar(16),
  assessment_reason       varchar(500),
  confirmed_assessment    varchar(16),
  confirmation_reason     varchar(2000),
  confirmed_by            varchar(64),
  confirmed_at            datetime(6),
  rectification_due_at    datetime(6),
  rectification_report    varchar(4000),
  issuer_contact_email    varchar(254),
  result                  varchar(24),
  exit_reference          varchar(32),
  started_at              datetime(6)   not null,
  finished_at             datetime(6),
  version                 bigint        not null,
  constraint fk_monitoring_record_cycle foreign key (cycle_id) references monitoring_cycle (id),
  constraint uq_monitoring_record_process unique (process_instance_id)
);
create index ix_monitoring_record_code on monitoring_record (qualification_code, started_at);
create index ix_monitoring_record_cycle on monitoring_record (cycle_id, result);

create table exit_case (
  id                  bigint auto_increment primary key,
  reference           varchar(32)   not null,
  qualification_code  varchar(32)   not null,
  grounds             varchar(4000) not null,
  origin              varchar(16)   not null,
  flagged_by          varchar(64)   not null,
  status              varchar(16)   not null,
  process_instance_id varchar(64),
  cases_ended         int,
  opened_at           datetime(6)   not null,
  closed_at           datetime(6),
  version             bigint        not null,
  constraint uq_exit_case_reference unique (reference)
);
create index ix_exit_case_code on exit_case (qualification_code, status);
