-- Certificate verification cases, their timeline. Case references (BJV-2025-000123) come from
-- reference_counter (V10).
-- Portable SQL: runs unchanged on H2 and on MySQL 8 / MariaDB 10.6+.

create table verification_case (
  id                     bigint auto_increment primary key,
  reference              varchar(20)   not null,
  applicant              varchar(64)   not null,
  qualification_code     varchar(32)   not null,
  certificate_number     varchar(64)   not null,
  certificate_issued_on  date          not null,
  holder_name            varchar(200)  not null,
  holder_nationality     varchar(16)   not null,
  -- personal data: never logged, never mailed, never a process variable; encrypted at rest (AES-GCM, v1:base64)
  holder_document_number varchar(200)  not null,
  -- HMAC-SHA256 of the normalised document number (key: qualcat.verification.document-key), for reuse matching
  holder_document_hash   varchar(64)   not null,
  employer_name          varchar(300)  not null,
  employer_region        varchar(16)   not null,
  employed_in_beijing    boolean       not null,
  status                 varchar(24)   not null,
  check_channel          varchar(16),
  eta                    date,
  accepted_by            varchar(64),
  accepted_at            datetime(6),
  supplement_request     varchar(2000),
  supplement_due_on      date,
  overdue                boolean       not null,
  closing_reason         varchar(32),
  closing_note           varchar(2000),
  verification_code      varchar(32),
  reused_from            varchar(20),
  result_issued_at       datetime(6),
  benefits               varchar(600),
  submitted_at           datetime(6)   not null,
  updated_at             datetime(6)   not null,
  version                bigint        not null,
  constraint uq_verification_case_reference unique (reference),
  constraint uq_verification_case_code unique (verification_code)
);
create index ix_verification_case_applicant on verification_case (applicant, id);
create index ix_verification_case_status on verification_case (status);
create index ix_verification_case_qualification on verification_case (qualification_code, status);
create index ix_verification_case_certificate on verification_case (qualification_code, certificate_number,
  holder_document_hash);

create table verification_event (
  id          bigint auto_increment primary key,
  case_id     bigint        not null,
  kind        varchar(32)   not null,
  note        varchar(2000),
  actor       varchar(64)   not null,
  occurred_at datetime(6)   not null,
  constraint fk_verification_event_case foreign key (case_id) references verification_case (id)
);
create index ix_verification_event_case on verification_event (case_id, id);

