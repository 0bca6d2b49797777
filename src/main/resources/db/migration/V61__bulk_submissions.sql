-- Employers' bulk submissions (ADR 0028, decision 4): a sheet of employees' certificates, validated whole, then the
-- files its rows name, then one case per row, made in the background, each row in a transaction of its own.
-- Portable SQL: runs unchanged on H2 and on MySQL 8 / MariaDB 10.6+.

create table bulk_submission (
  id              bigint auto_increment primary key,
  reference       varchar(20)   not null,
  employer_id     bigint        not null,
  submitted_by    varchar(64)   not null,
  file_name       varchar(120)  not null,
  status          varchar(16)   not null,
  total_rows      int           not null,
  submitted_at    datetime(6)   not null,
  started_at      datetime(6),
  finished_at     datetime(6),
  version         bigint        not null,
  constraint uq_bulk_submission_reference unique (reference),
  constraint fk_bulk_submission_employer foreign key (employer_id) references employer (id)
);

create index ix_bulk_submission_employer on bulk_submission (employer_id, id);
create index ix_bulk_submission_status on bulk_submission (status);

-- one row of the sheet; its fields (the holder's document number encrypted) are kept only until its case exists
create table bulk_row (
  id                bigint auto_increment primary key,
  submission_id     bigint        not null,
  line_no           int           not null,
  status            varchar(16)   not null,
  payload           varchar(4000),
  certificate_copy  varchar(255)  not null,
  employment_proof  varchar(255),
  case_reference    varchar(20),
  problem_code      varchar(64),
  problem           varchar(500),
  constraint uq_bulk_row_line unique (submission_id, line_no),
  constraint fk_bulk_row_submission foreign key (submission_id) references bulk_submission (id)
);

create index ix_bulk_row_status on bulk_row (submission_id, status, line_no);

-- the materials the rows name, until every row is a case
create table bulk_file (
  id             bigint auto_increment primary key,
  submission_id  bigint        not null,
  file_name      varchar(255)  not null,
  size_bytes     bigint        not null,
  content        longblob      not null,
  constraint uq_bulk_file_name unique (submission_id, file_name),
  constraint fk_bulk_file_submission foreign key (submission_id) references bulk_submission (id)
);
