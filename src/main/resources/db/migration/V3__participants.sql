create sequence person_seq start with 1 increment by 50;
create sequence enrolment_seq start with 1 increment by 50;
create sequence consent_seq start with 1 increment by 50;
create sequence sensitive_record_seq start with 1 increment by 50;

create table person (
    id                 bigint primary key,
    version            bigint not null,
    first_name         varchar(80) not null,
    last_name          varchar(80) not null,
    email              varchar(254) not null,
    phone              varchar(40),
    birth_year         integer,
    preferred_language varchar(8) not null,
    city               varchar(80),
    postcode           varchar(16),
    country            varchar(2),
    user_id            bigint,
    created_at         timestamp with time zone not null,
    constraint ux_person_email unique (email)
);
create index ix_person_last_name on person (last_name);
create index ix_person_user on person (user_id);

-- Programmes, cohorts, sites and employers live in other modules: referenced by id only.
create table enrolment (
    id                  bigint primary key,
    version             bigint not null,
    person_id           bigint not null references person (id),
    programme_id        bigint not null,
    cohort_id           bigint not null,
    role                varchar(10) not null,
    employer_id         bigint,
    site_id             bigint,
    capacity            integer not null,
    status              varchar(20) not null,
    status_changed_at   timestamp with time zone not null,
    applied_at          timestamp with time zone not null,
    education_sector    varchar(3),
    availability        integer not null,
    meeting_mode        varchar(12) not null,
    digital_skills      varchar(10),
    years_of_experience integer,
    ambition            varchar(2000),
    needs               varchar(2000),
    gender              varchar(12),
    gender_preference   varchar(12),
    intake_at           timestamp,
    intake_notes        varchar(4000),
    constraint ux_enrolment unique (person_id, cohort_id, role),
    constraint ck_enrolment_capacity check (capacity between 1 and 2)
);
create index ix_enrolment_programme on enrolment (programme_id, role, status);
create index ix_enrolment_cohort on enrolment (cohort_id, role, status);
create index ix_enrolment_employer on enrolment (employer_id);

create table enrolment_status_change (
    enrolment_id bigint not null references enrolment (id) on delete cascade,
    status       varchar(20) not null,
    changed_at   timestamp with time zone not null,
    reason       varchar(500)
);
create index ix_enrolment_status_change on enrolment_status_change (enrolment_id);

create table enrolment_language (
    enrolment_id bigint not null references enrolment (id) on delete cascade,
    language     varchar(8) not null,
    level        varchar(8) not null,
    primary key (enrolment_id, language)
);
create index ix_enrolment_language on enrolment_language (language);

create table enrolment_sector (
    enrolment_id bigint not null references enrolment (id) on delete cascade,
    sector       varchar(30) not null,
    primary key (enrolment_id, sector)
);
create index ix_enrolment_sector on enrolment_sector (sector);

create table enrolment_interest (
    enrolment_id bigint not null references enrolment (id) on delete cascade,
    interest     varchar(60) not null,
    primary key (enrolment_id, interest)
);

create table enrolment_intake_check (
    enrolment_id bigint not null references enrolment (id) on delete cascade,
    item         varchar(40) not null,
    primary key (enrolment_id, item)
);

create table consent (
    id           bigint primary key,
    version      bigint not null,
    person_id    bigint not null references person (id),
    programme_id bigint not null,
    purpose      varchar(30) not null,
    text_version integer not null,
    given_at     timestamp with time zone not null,
    withdrawn_at timestamp with time zone
);
create index ix_consent_person on consent (person_id, programme_id);

create table sensitive_record (
    id                   bigint primary key,
    version              bigint not null,
    person_id            bigint not null references person (id),
    programme_id         bigint not null,
    country_of_birth     varchar(2),
    migration_background varchar(20),
    recorded_at          timestamp with time zone not null,
    constraint ux_sensitive_record unique (person_id, programme_id)
);
