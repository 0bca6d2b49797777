-- The employer's recommendation for talent introduction (notice I.(II)2, ADR 0028 decision 5), kept with the case
-- whose verified result grants it: asked, given or declined (with the contributions stated), or lapsed.
alter table verification_case add column recommendation varchar(16);
alter table verification_case add column recommendation_note varchar(2000);
alter table verification_case add column recommended_by varchar(64);
alter table verification_case add column recommendation_at datetime(6);
