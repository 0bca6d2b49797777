-- Catalog selection and adjustment: references, committee reviews with their decision record, nominations and
-- adjustment requests. Portable SQL (H2, MySQL 8, MariaDB 10.6+).

-- yearly counters behind human-readable references such as NOM-2026-0001
create table reference_counter (
  prefix     varchar(16) not null,
  year_      int         not null,
  last_value bigint      not null,
  constraint pk_reference_counter primary key (prefix, year_)
);

create table committee_review (
  id                     bigint auto_increment primary key,
  subject_type           varchar(16)   not null,
  subject_reference      varchar(32)   not null,
  qualification_code     varchar(32)   not null,
  qualification_name     varchar(300)  not null,
  proposal               varchar(4000) not null,
  process_instance_id    varchar(64)   not null,
  status                 varchar(24)   not null,
  notice_started_at      datetime(6),
  notice_ends_at         datetime(6),
  outcome                varchar(16),
  opened_at              datetime(6)   not null,
  closed_at              datetime(6),
  version                bigint        not null,
  constraint uq_committee_review_process unique (process_instance_id)
);
create index ix_committee_review_subject on committee_review (subject_reference);
create index ix_committee_review_status on committee_review (status);

create table review_assignment (
  id           bigint auto_increment primary key,
  review_id    bigint      not null,
  expert       varchar(64) not null,
  assigned_by  varchar(64) not null,
  assigned_at  datetime(6) not null,
  due_at       datetime(6) not null,
  reminded_at  datetime(6),
  escalated_at datetime(6),
  replaced_by  varchar(64),
  constraint fk_review_assignment_review foreign key (review_id) references committee_review (id)
);
create index ix_review_assignment_review on review_assignment (review_id);

create table expert_score (
  id                    bigint auto_increment primary key,
  review_id             bigint        not null,
  expert                varchar(64)   not null,
  recognition           int           not null,
  rigour                int           not null,
  demand                int           not null,
  verifiability         int           not null,
  recommendation        varchar(16)   not null,
  comment_              varchar(2000),
  scored_at             datetime(6)   not null,
  constraint fk_expert_score_review foreign key (review_id) references committee_review (id)
);
create index ix_expert_score_review on expert_score (review_id);

create table committee_resolution (
  id                 bigint auto_increment primary key,
  review_id          bigint        not null,
  decision           varchar(16)   not null,
  votes_for          int           not null,
  votes_against      int           not null,
  votes_abstained    int           not null,
  resolution         varchar(4000) not null,
  information_needed varchar(2000),
  decided_by         varchar(64)   not null,
  decided_at         datetime(6)   not null,
  constraint fk_committee_resolution_review foreign key (review_id) references committee_review (id)
);
create index ix_committee_resolution_review on committee_resolution (review_id);

-- what the secretariat adds when the committee sends a matter back for more information
create table review_information (
  id          bigint auto_increment primary key,
  review_id   bigint        not null,
  information varchar(4000) not null,
  provided_by varchar(64)   not null,
  provided_at datetime(6)   not null,
  constraint fk_review_information_review foreign key (review_id) references committee_review (id)
);

create table objection (
  id           bigint auto_increment primary key,
  review_id    bigint        not null,
  grounds      varchar(4000) not null,
  lodged_by    varchar(64)   not null,
  lodged_at    datetime(6)   not null,
  constraint fk_objection_review foreign key (review_id) references committee_review (id)
);
create index ix_objection_review on objection (review_id);

create table nomination (
  id                   bigint auto_increment primary key,
  reference            varchar(32)   not null,
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
  justification        varchar(4000) not null,
  nominated_by         varchar(64)   not null,
  contact_email        varchar(254)  not null,
  status               varchar(24)   not null,
  status_before        varchar(32),
  supplement_request   varchar(2000),
  supplement_due_at    datetime(6),
  supplement           varchar(4000),
  process_instance_id  varchar(64),
  submitted_at         datetime(6)   not null,
  closed_at            datetime(6),
  version              bigint        not null,
  constraint uq_nomination_reference unique (reference)
);
create index ix_nomination_code on nomination (code);
create index ix_nomination_status on nomination (status);

create table adjustment_request (
  id                  bigint auto_increment primary key,
  reference           varchar(32)   not null,
  qualification_code  varchar(32)   not null,
  lists               varchar(80)   not null,
  title_level         varchar(16)   not null,
  title_series        varchar(120),
  skill_level         varchar(120),
  justification       varchar(4000) not null,
  requested_by        varchar(64)   not null,
  contact_email       varchar(254)  not null,
  status              varchar(24)   not null,
  process_instance_id varchar(64),
  requested_at        datetime(6)   not null,
  closed_at           datetime(6),
  version             bigint        not null,
  constraint uq_adjustment_reference unique (reference)
);
create index ix_adjustment_code on adjustment_request (qualification_code, status);
