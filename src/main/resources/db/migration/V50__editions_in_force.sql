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
