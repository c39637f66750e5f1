create sequence employer_seq start with 1 increment by 50;
create sequence recruitment_seq start with 1 increment by 50;

-- Name and city identify an employer, case-insensitive: natural_key holds both, trimmed and lower-cased.
create table employer (
    id               bigint primary key,
    version          bigint not null,
    name             varchar(120) not null,
    natural_key      varchar(210) not null,
    sector           varchar(20) not null,
    heavy_profession boolean not null,
    size_band        varchar(10) not null,
    country          varchar(2) not null,
    city             varchar(80) not null,
    notes            varchar(4000),
    created_at       timestamp with time zone not null,
    constraint ux_employer_natural_key unique (natural_key)
);
create index ix_employer_name on employer (name);

-- user_id: the Tandem account of an employer contact; one employer per account is checked by the service.
create table employer_contact (
    employer_id bigint not null references employer (id) on delete cascade,
    position    integer not null,
    name        varchar(120) not null,
    email       varchar(254) not null,
    phone       varchar(40),
    role        varchar(80),
    user_id     bigint,
    primary key (employer_id, position)
);
create index ix_employer_contact_user on employer_contact (user_id);

-- Programmes live in the programme module: referenced by id only.
create table recruitment (
    id              bigint primary key,
    version         bigint not null,
    employer_id     bigint not null references employer (id) on delete cascade,
    programme_id    bigint not null,
    stage           varchar(12) not null,
    pledged_mentors integer not null,
    hours_per_month integer not null,
    decline_reason  varchar(500),
    constraint ux_recruitment unique (employer_id, programme_id),
    constraint ck_recruitment_pledge check (pledged_mentors >= 0 and hours_per_month >= 0)
);
create index ix_recruitment_programme on recruitment (programme_id, stage);

create table recruitment_step (
    recruitment_id bigint not null references recruitment (id) on delete cascade,
    position       integer not null,
    stage          varchar(12) not null,
    changed_at     timestamp with time zone not null,
    changed_by     varchar(120),
    reason         varchar(500),
    primary key (recruitment_id, position)
);
