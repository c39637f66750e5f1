create sequence duo_seq start with 1 increment by 50;

-- Enrolments, cohorts, programmes and matching runs live in other modules: referenced by id only.
-- An open duo holds one of its mentor's places: slot 1..capacity, unique per mentor, so the database refuses a
-- mentor's third open duo (or second, with capacity 1) even when two transactions race. A closed duo frees its slot
-- (null, and nulls do not collide in a unique constraint).
create table duo (
    id                  bigint primary key,
    version             bigint not null,
    mentor_enrolment_id bigint not null,
    mentee_enrolment_id bigint not null,
    cohort_id           bigint not null,
    programme_id        bigint not null,
    matching_run_id     bigint not null,
    state               varchar(16) not null,
    proposed_at         timestamp with time zone not null,
    mentor_slot         integer,
    mentor_capacity     integer not null,
    constraint ux_duo_mentee_run unique (mentee_enrolment_id, matching_run_id),
    constraint ux_duo_mentor_slot unique (mentor_enrolment_id, mentor_slot),
    constraint ck_duo_mentor_slot check (mentor_slot is null or (mentor_slot >= 1 and mentor_slot <= mentor_capacity))
);
create index ix_duo_cohort on duo (cohort_id);
