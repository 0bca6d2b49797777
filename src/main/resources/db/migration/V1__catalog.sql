-- Catalog: qualifications (working copy), editions, their published snapshots and change logs.
-- Portable SQL: runs unchanged on H2 and on MySQL 8 / MariaDB 10.6+.

create table qualification (
  code                 varchar(32)   not null primary key,
  name_en              varchar(300)  not null,
  name_zh              varchar(200)  not null,
  issuing_body         varchar(300)  not null,
  country_region       varchar(120)  not null,
  sector               varchar(120)  not null,
  lists                varchar(80)   not null,
  title_level          varchar(16)   not null,
  title_series         varchar(120),
  skill_level          varchar(120),
  practice_field       varchar(16)   not null,
  verification_channel varchar(16)   not null,
  notes                varchar(2000),
  provenance           varchar(16)   not null,
  source               varchar(2000),
  status               varchar(32)   not null,
  created_at           datetime(6)   not null,
  updated_at           datetime(6)   not null,
  version              bigint        not null
);
create index ix_qualification_status on qualification (status);

create table catalog_edition (
  id           bigint auto_increment primary key,
  code         varchar(32),
  name         varchar(120),
  status       varchar(16)  not null,
  published_on date,
  published_by varchar(64),
  created_at   datetime(6)  not null,
  version      bigint       not null,
  constraint uq_catalog_edition_code unique (code)
);

create table edition_entry (
  id                   bigint auto_increment primary key,
  edition_id           bigint        not null,
  code                 varchar(32)   not null,
  name_en              varchar(300)  not null,
  name_zh              varchar(200)  not null,
  issuing_body         varchar(300)  not null,
  country_region       varchar(120)  not null,
  sector               varchar(120)  not null,
  lists                varchar(80)   not null,
  title_level          varchar(16)   not null,
  title_series         varchar(120),
  skill_level          varchar(120),
  practice_field       varchar(16)   not null,
  verification_channel varchar(16)   not null,
  notes                varchar(2000),
  provenance           varchar(16)   not null,
  source               varchar(2000),
  status               varchar(32)   not null,
  constraint fk_edition_entry_edition foreign key (edition_id) references catalog_edition (id),
  constraint uq_edition_entry_code unique (edition_id, code)
);

create table edition_change (
  id                  bigint auto_increment primary key,
  edition_id          bigint        not null,
  qualification_code  varchar(32)   not null,
  change_type         varchar(16)   not null,
  summary             varchar(1000) not null,
  decision_reference  varchar(120)  not null,
  process_instance_id varchar(64),
  decided_by          varchar(64)   not null,
  decided_at          datetime(6)   not null,
  constraint fk_edition_change_edition foreign key (edition_id) references catalog_edition (id)
);
create index ix_edition_change_edition on edition_change (edition_id, id);
create index ix_edition_change_qualification on edition_change (qualification_code);
