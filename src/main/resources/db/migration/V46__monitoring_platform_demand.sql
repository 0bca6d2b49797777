-- Demand on the platform, recorded on each review beside the monitors' indicators: the verification cases of the
-- qualification since the last review (verification_cases, issuer_checks, issuer_checks_answered, as before) and,
-- new here, how many of them were VERIFIED for holders employed in Beijing. certificates_in_beijing and
-- issuer_responsive are the monitors' figures only (the issuers' issuance); the platform's counts never decide.
-- Reviews recorded before this migration keep verified_in_beijing null (not recorded) and are left as they were:
-- where they had cases on the platform, their certificates_in_beijing may hold the platform's VERIFIED count.
-- Portable SQL: runs unchanged on H2 and on MySQL 8 / MariaDB 10.6+.

alter table monitoring_record add column verified_in_beijing int;
