-- Indexes for the pages at 20,000 participants (issue 14).
-- When a mentor first reached a status (trained, matched: "mentors trained before matching") and the funnel's steps:
-- the probe per enrolment finds its rows of one status, and the earliest of them, in the index.
create index ix_enrolment_status_change_status on enrolment_status_change (enrolment_id, status, changed_at);
-- A cohort's duos in some states (at-risk list, follow-ups due, the coordinator's day).
create index ix_duo_cohort_state on duo (cohort_id, state);
