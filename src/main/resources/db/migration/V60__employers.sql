-- Employers as users (ADR 0028): registered organisations, their HR users, and the organisation a verification
-- case was submitted for. Portable SQL: runs unchanged on H2 and on MySQL 8 / MariaDB 10.6+.

create table employer (
  id             bigint auto_increment primary key,
  -- unified social credit code (GB 32100-2015), normalised: 18 capitals and digits
  credit_code    varchar(18)   not null,
  name           varchar(300)  not null,
  region         varchar(16)   not null,
  registered_at  datetime(6)   not null,
  registered_by  varchar(64)   not null,
  constraint uq_employer_credit_code unique (credit_code)
);

-- an HR user works for one organisation at most
create table employer_member (
  user_id      varchar(64)  not null primary key,
  employer_id  bigint       not null,
  added_at     datetime(6)  not null,
  added_by     varchar(64)  not null,
  constraint fk_employer_member_employer foreign key (employer_id) references employer (id)
);

create index ix_employer_member_employer on employer_member (employer_id);

-- the organisation whose HR staff submitted the case: its HR users read it (null for a holder's own case)
alter table verification_case add column employer_id bigint;
create index ix_verification_case_employer on verification_case (employer_id, id);
