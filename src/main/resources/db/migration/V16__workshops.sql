-- Workshops and events (activity module): a programme's list of workshop themes, workshops with a capacity and a
-- registration window, and the registrations (a place, the waiting list, or cancelled) with attendance at the door.
-- Programmes, cohorts, sites, enrolments and accounts live in other modules: referenced by id only.
create table workshop_theme_list (
    programme_id  bigint primary key,
    version       bigint not null
);

create table workshop_theme (
    programme_id  bigint not null references workshop_theme_list (programme_id),
    position      integer not null,
    name          varchar(100) not null,
    primary key (programme_id, position)
);

create sequence workshop_seq start with 1 increment by 50;
create table workshop (
    id                      bigint primary key,
    version                 bigint not null,
    programme_id            bigint not null,
    cohort_id               bigint,
    title                   varchar(200) not null,
    theme                   varchar(100) not null,
    description             varchar(2000),
    audience                varchar(16) not null,
    starts_at               timestamp not null,
    ends_at                 timestamp not null,
    site_id                 bigint,
    place                   varchar(200),
    online_link             varchar(500),
    capacity                integer not null,
    registration_opens_at   timestamp,
    registration_closes_at  timestamp,
    cancel_hours_before     integer not null,
    cancelled               boolean not null
);
create index ix_workshop_programme on workshop (programme_id, starts_at);

-- A place (REGISTERED), a place on the waiting list (WAITING, in the order of registered_at) or a cancelled one; a
-- participant by enrolment, an employer contact by account (whose name is kept for the lists).
create sequence workshop_registration_seq start with 1 increment by 50;
create table workshop_registration (
    id             bigint primary key,
    version        bigint not null,
    workshop_id    bigint not null references workshop (id),
    enrolment_id   bigint,
    account_id     bigint,
    account_name   varchar(200),
    status         varchar(16) not null,
    registered_at  timestamp with time zone not null,
    attended       boolean not null,
    walk_in        boolean not null,
    constraint uq_workshop_registration_enrolment unique (workshop_id, enrolment_id),
    constraint uq_workshop_registration_account unique (workshop_id, account_id)
);
create index ix_workshop_registration_enrolment on workshop_registration (enrolment_id);
create index ix_workshop_registration_account on workshop_registration (account_id);
