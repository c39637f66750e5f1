-- The participant list filters a cohort by status without a role far more often than with one.
create index ix_enrolment_cohort_status on enrolment (cohort_id, status, applied_at);
create index ix_person_first_name on person (first_name);
