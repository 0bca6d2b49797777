-- Editions are the law (docs/adr/0015): an edition records its public release and what its notice repeals; a
-- verification case records the edition it was admitted and decided under, whether that edition listed the
-- qualification as sample data, and the verifier's finding on the holder's employment in Beijing.
-- Portable SQL: runs unchanged on H2 and on MySQL 8 / MariaDB 10.6+.

alter table catalog_edition add column released_on date;
alter table catalog_edition add column repeals varchar(300);

-- the eligibility of a case looks a code up across editions ("was it ever listed?")
create index ix_edition_entry_code on edition_entry (code);

alter table verification_case add column edition_code varchar(32);
alter table verification_case add column sample_data boolean default false not null;
alter table verification_case add column employment_confirmed boolean;

-- The demo data's 2025 Edition, as the notice dates it: issued and in force on 5 September 2025, released on
-- 12 September, repealing Version 1.0. Only the sample catalog's own record (published by qualcat) is corrected.
update catalog_edition set published_on = '2025-09-05', released_on = '2025-09-12',
  repeals = 'Version 1.0 (JRSYF [2024] No. 10)'
  where code = '2025' and published_by = 'qualcat' and published_on = '2025-09-12';

-- Exits (notice V, "will be removed"): the committee confirms a removal, which takes effect when the edition that
-- carries it is published, or overturns the finding with a recorded reason; it no longer simply keeps a qualification.
alter table exit_case add column decision_reason varchar(4000);
alter table exit_case add column decided_at datetime(6);
alter table exit_case add column removed_in_edition varchar(32);
update exit_case set status = 'OVERTURNED' where status = 'KEPT';
update monitoring_record set result = 'OVERTURNED' where result = 'KEPT';
alter table monitoring_cycle rename column kept to overturned;

-- Application materials (Attachment 2): a copy of the certificate, proof of employment, and files added with a
-- supplement. Uploaded first (pending, usable by the uploader only, forgotten after a day), attached to a case when
-- it is submitted; the bytes apart, so that listing a case's materials never reads them.
create table case_material (
  id           bigint auto_increment primary key,
  token        varchar(32)  not null,
  case_id      bigint,
  kind         varchar(24)  not null,
  file_name    varchar(120) not null,
  media_type   varchar(40)  not null,
  size_bytes   bigint       not null,
  sha256       varchar(64)  not null,
  uploaded_by  varchar(64)  not null,
  uploaded_at  datetime(6)  not null,
  attached_at  datetime(6),
  constraint uq_case_material_token unique (token),
  constraint fk_case_material_case foreign key (case_id) references verification_case (id)
);
create index ix_case_material_case on case_material (case_id, id);
create index ix_case_material_pending on case_material (uploaded_by, case_id);

create table case_material_content (
  material_id bigint   not null primary key,
  content     longblob not null,
  constraint fk_case_material_content foreign key (material_id) references case_material (id)
);
