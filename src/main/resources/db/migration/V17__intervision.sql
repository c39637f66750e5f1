-- Intervision (peer supervision) groups of mentors (activity module): a group per programme with a facilitator, its
-- members, its sessions with attendance and a short session record. Programmes, sites, cohorts, enrolments and
-- accounts live in other modules: referenced by id only.
create sequence intervision_group_seq start with 1 increment by 50;
create table intervision_group (
    id                       bigint primary key,
    version                  bigint not null,
    programme_id             bigint not null,
    name                     varchar(120) not null,
    site_id                  bigint,
    cohort_id                bigint,
    facilitator_name         varchar(200) not null,
    facilitator_email        varchar(254) not null,
    facilitator_account_id   bigint
);
create index ix_intervision_group_programme on intervision_group (programme_id);
create index ix_intervision_group_facilitator on intervision_group (facilitator_email);

-- A mentor is in at most one group of a programme: the unique key holds under concurrent additions too.
create table intervision_member (
    group_id      bigint not null references intervision_group (id),
    programme_id  bigint not null,
    enrolment_id  bigint not null,
    primary key (group_id, enrolment_id),
    constraint uq_intervision_member unique (programme_id, enrolment_id)
);
create index ix_intervision_member_enrolment on intervision_member (enrolment_id);

create sequence intervision_session_seq start with 1 increment by 50;
create table intervision_session (
    id            bigint primary key,
    version       bigint not null,
    group_id      bigint not null references intervision_group (id),
    programme_id  bigint not null,
    starts_at     timestamp not null,
    ends_at       timestamp not null,
    place         varchar(200),
    online_link   varchar(500),
    cancelled     boolean not null,
    other_theme   varchar(200),
    note          varchar(1000),
    recorded_by   varchar(254),
    recorded_at   timestamp with time zone
);
create index ix_intervision_session_group on intervision_session (group_id, starts_at);
create index ix_intervision_session_programme on intervision_session (programme_id, starts_at);

-- Attendance as recorded: every member of the group at that moment, present or not.
create table intervision_attendance (
    session_id    bigint not null references intervision_session (id),
    enrolment_id  bigint not null,
    present       boolean not null,
    primary key (session_id, enrolment_id)
);
create index ix_intervision_attendance_enrolment on intervision_attendance (enrolment_id);

-- Themes of the session record, from the short list.
create table intervision_session_theme (
    session_id  bigint not null references intervision_session (id),
    theme       varchar(32) not null,
    primary key (session_id, theme)
);
