-- The cases that adopted a result (notice IV.3) are looked up by the reference they adopted and their status when
-- a title application cites the result's code; without an index that read every verified case.
create index ix_verification_case_reused_from on verification_case (reused_from, status);
