-- Removing a site or a stage first counts what still refers to it: enrolments at the site, duos' progress
-- through the stage. These indexes keep those counts from reading whole tables.
create index ix_enrolment_site on enrolment (site_id);
create index ix_duo_stage_progress_stage on duo_stage_progress (stage_id);
