-- Employer contact moments (activity module): a programme's plan (steps due some days after the start of a released
-- mentor's first duo) and the moments between an employer and a released mentor, planned, held or cancelled.
-- Programmes, employers, enrolments and accounts live in other modules: referenced by id only.
create table contact_plan (
    programme_id  bigint primary key,
    version       bigint not null
);

create table contact_plan_step (
    programme_id    bigint not null references contact_plan (programme_id),
    position        integer not null,
    name            varchar(100) not null,
    due_after_days  integer not null,
    primary key (programme_id, position)
);

create sequence contact_moment_seq start with 1 increment by 50;
create table contact_moment (
    id                   bigint primary key,
    version              bigint not null,
    programme_id         bigint not null,
    employer_id          bigint not null,
    mentor_enrolment_id  bigint not null,
    contact_account_id   bigint,
    step                 integer,
    state                varchar(16) not null,
    starts_at            timestamp,
    ends_at              timestamp,
    place                varchar(200),
    online_link          varchar(500),
    planned_by           varchar(254),
    held_on              date,
    others               varchar(200),
    note                 varchar(1000),
    recorded_by          varchar(254),
    recorded_at          timestamp with time zone
);
create index ix_contact_moment_programme on contact_moment (programme_id, starts_at);
create index ix_contact_moment_employer on contact_moment (employer_id);
create index ix_contact_moment_mentor on contact_moment (mentor_enrolment_id);
create index ix_contact_moment_contact on contact_moment (contact_account_id);

-- Who took part in a held moment, and what it was about.
create table contact_moment_taker (
    moment_id  bigint not null references contact_moment (id),
    taker      varchar(32) not null,
    primary key (moment_id, taker)
);

create table contact_moment_topic (
    moment_id  bigint not null references contact_moment (id),
    topic      varchar(32) not null,
    primary key (moment_id, topic)
);
