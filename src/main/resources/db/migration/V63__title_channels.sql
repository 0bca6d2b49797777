-- Title channels of notice II (ADR 0028 decision 1): which approach leads from a title-eligible qualification to a
-- Beijing title. No source names them per qualification: the sample rows' values are INFERRED, as the catalog pages
-- say. Official rows get theirs by import or adjustment.
alter table qualification add column title_channels varchar(80);
alter table edition_entry add column title_channels varchar(80);
alter table nomination add column title_channels varchar(80);
update qualification set title_channels = ';DIRECT_RECOGNITION;' where code = 'BJ-I-001' and provenance <> 'OFFICIAL' and lists like '%;TITLE_ELIGIBLE;%';
update edition_entry set title_channels = ';DIRECT_RECOGNITION;' where code = 'BJ-I-001' and provenance <> 'OFFICIAL' and lists like '%;TITLE_ELIGIBLE;%';
update qualification set title_channels = ';FEWER_EXAM_SUBJECTS;' where code = 'BJ-I-002' and provenance <> 'OFFICIAL' and lists like '%;TITLE_ELIGIBLE;%';
update edition_entry set title_channels = ';FEWER_EXAM_SUBJECTS;' where code = 'BJ-I-002' and provenance <> 'OFFICIAL' and lists like '%;TITLE_ELIGIBLE;%';
update qualification set title_channels = ';DIRECT_RECOGNITION;' where code = 'BJ-I-005' and provenance <> 'OFFICIAL' and lists like '%;TITLE_ELIGIBLE;%';
update edition_entry set title_channels = ';DIRECT_RECOGNITION;' where code = 'BJ-I-005' and provenance <> 'OFFICIAL' and lists like '%;TITLE_ELIGIBLE;%';
update qualification set title_channels = ';COURSE_EXEMPTION;FEWER_EXAM_SUBJECTS;' where code = 'BJ-I-007' and provenance <> 'OFFICIAL' and lists like '%;TITLE_ELIGIBLE;%';
update edition_entry set title_channels = ';COURSE_EXEMPTION;FEWER_EXAM_SUBJECTS;' where code = 'BJ-I-007' and provenance <> 'OFFICIAL' and lists like '%;TITLE_ELIGIBLE;%';
update qualification set title_channels = ';FEWER_EXAM_SUBJECTS;' where code = 'BJ-I-008' and provenance <> 'OFFICIAL' and lists like '%;TITLE_ELIGIBLE;%';
update edition_entry set title_channels = ';FEWER_EXAM_SUBJECTS;' where code = 'BJ-I-008' and provenance <> 'OFFICIAL' and lists like '%;TITLE_ELIGIBLE;%';
update qualification set title_channels = ';COURSE_EXEMPTION;' where code = 'BJ-I-011' and provenance <> 'OFFICIAL' and lists like '%;TITLE_ELIGIBLE;%';
update edition_entry set title_channels = ';COURSE_EXEMPTION;' where code = 'BJ-I-011' and provenance <> 'OFFICIAL' and lists like '%;TITLE_ELIGIBLE;%';
update qualification set title_channels = ';DIRECT_RECOGNITION;' where code = 'BJ-I-023' and provenance <> 'OFFICIAL' and lists like '%;TITLE_ELIGIBLE;%';
update edition_entry set title_channels = ';DIRECT_RECOGNITION;' where code = 'BJ-I-023' and provenance <> 'OFFICIAL' and lists like '%;TITLE_ELIGIBLE;%';
update qualification set title_channels = ';DIRECT_RECOGNITION;COURSE_EXEMPTION;' where code = 'BJ-I-024' and provenance <> 'OFFICIAL' and lists like '%;TITLE_ELIGIBLE;%';
update edition_entry set title_channels = ';DIRECT_RECOGNITION;COURSE_EXEMPTION;' where code = 'BJ-I-024' and provenance <> 'OFFICIAL' and lists like '%;TITLE_ELIGIBLE;%';
update qualification set title_channels = ';COURSE_EXEMPTION;' where code = 'BJ-I-027' and provenance <> 'OFFICIAL' and lists like '%;TITLE_ELIGIBLE;%';
update edition_entry set title_channels = ';COURSE_EXEMPTION;' where code = 'BJ-I-027' and provenance <> 'OFFICIAL' and lists like '%;TITLE_ELIGIBLE;%';
