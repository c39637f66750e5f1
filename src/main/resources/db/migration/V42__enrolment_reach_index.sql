-- The dashboard's funnel counts, per role, the enrolments of a programme that reached each step, and the training
-- metrics read when each mentor was first trained and matched: with every column they read in one index, both are
-- answered from the index alone (H2, 20,000 enrolments: funnel 10.5 -> 4.5 ms, first trained 6.0 -> 2.3 ms).
create index ix_enrolment_reach on enrolment (programme_id, role, reached_eligible_at, reached_trained_at,
                                              reached_matched_at, reached_active_at, reached_completed_at);
