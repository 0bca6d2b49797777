-- The audit trail: who did what, when, from where. Rows are only ever inserted (org.qualcat.audit.AuditTrail);
-- the application neither updates nor deletes them. No personal data of holders goes here: subjects are
-- references and codes, details are decisions in a few words.
-- Portable SQL: runs unchanged on H2 and on MySQL 8 / MariaDB 10.6+.

create table audit_entry (
  id             bigint auto_increment primary key,
  occurred_at    datetime(6)   not null,
  -- the signed-in user, the engine's authenticated user inside a process step, or "qualcat"
  actor          varchar(64)   not null,
  action         varchar(48)   not null,
  -- what it was done to: a case or matter reference, a qualification code, an edition, a user name at sign-in
  subject        varchar(120)  not null,
  details        varchar(500),
  -- the caller's address as the server saw it (a proxy's address behind a proxy)
  client_address varchar(45)
);
create index ix_audit_entry_time on audit_entry (occurred_at, id);
create index ix_audit_entry_actor on audit_entry (actor, occurred_at);
create index ix_audit_entry_action on audit_entry (action, occurred_at);
create index ix_audit_entry_subject on audit_entry (subject, occurred_at);
