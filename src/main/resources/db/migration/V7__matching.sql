create sequence matching_profile_seq start with 1 increment by 50;
create sequence matching_run_seq start with 1 increment by 50;

-- Programmes, cohorts and enrolments live in other modules: referenced by id only.
create table matching_profile (
    id                     bigint primary key,
    version                bigint not null,
    programme_id           bigint not null,
    minimum_language_level varchar(8) not null,
    updated_at             timestamp with time zone not null,
    constraint ux_matching_profile_programme unique (programme_id)
);

create table matching_profile_criterion (
    profile_id bigint not null references matching_profile (id),
    criterion  varchar(32) not null,
    mode       varchar(16) not null,
    weight     integer not null,
    primary key (profile_id, criterion)
);

-- A run keeps its parameters (the profile as it was, as JSON), its inputs and its results, for the record.
create table matching_run (
    id               bigint primary key,
    version          bigint not null,
    programme_id     bigint not null,
    cohort_id        bigint not null,
    previous_run_id  bigint,
    created_at       timestamp with time zone not null,
    created_by       varchar(254) not null,
    profile_snapshot varchar(20000) not null,
    mentor_ids       varchar(200000) not null,
    mentee_ids       varchar(200000) not null,
    unmatched        varchar(1000000) not null,
    published_at     timestamp with time zone
);
create index ix_matching_run_cohort on matching_run (cohort_id);

create table matching_run_pair (
    run_id          bigint not null references matching_run (id),
    mentor_id       bigint not null,
    mentee_id       bigint not null,
    score           integer not null,
    origin          varchar(16) not null,
    breakdown       varchar(20000) not null,
    alternatives    varchar(2000) not null,
    override_reason varchar(500),
    primary key (run_id, mentee_id)
);

create table matching_run_decision (
    run_id     bigint not null references matching_run (id),
    kind       varchar(16) not null,
    mentor_id  bigint not null,
    mentee_id  bigint not null,
    decided_at timestamp with time zone not null,
    reason     varchar(500),
    primary key (run_id, kind, mentor_id, mentee_id)
);
