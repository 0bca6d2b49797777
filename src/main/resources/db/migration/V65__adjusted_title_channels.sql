-- An adjustment may change a qualification's title channels (notice II; ADR 0028): the whole set proposed, and
-- whether the request named it at all (a request without it leaves the channels as they are).
alter table adjustment_request add column title_channels varchar(80);
alter table adjustment_request add column title_channels_given boolean default false not null;
