-- Duo records that people change carry a version like every other entity, so that two people changing the same
-- one at once cannot overwrite each other unseen: outcomes (corrected), follow-ups, stage progress and agreement
-- versions (changed while unsigned, signed by each member). Rows that exist start at version 0.
alter table duo_outcome add column version bigint default 0 not null;
alter table duo_follow_up add column version bigint default 0 not null;
alter table duo_stage_progress add column version bigint default 0 not null;
alter table duo_agreement add column version bigint default 0 not null;
