create sequence programme_seq start with 1 increment by 50;
create sequence programme_stage_seq start with 1 increment by 50;
create sequence programme_site_seq start with 1 increment by 50;
create sequence programme_target_seq start with 1 increment by 50;
create sequence cohort_seq start with 1 increment by 50;

create table programme (
    id                      bigint primary key,
    version                 bigint not null,
    name                    varchar(120) not null,
    description             varchar(4000),
    kind                    varchar(30) not null,
    status                  varchar(20) not null,
    default_duration_months integer not null,
    meeting_frequency       varchar(20) not null,
    mentor_minimum_age      integer,
    mentee_maximum_age      integer,
    created_at              timestamp with time zone not null,
    constraint ux_programme_name unique (name)
);

create table programme_language (
    programme_id bigint not null references programme (id) on delete cascade,
    language     varchar(8) not null,
    primary key (programme_id, language)
);

create table programme_stage (
    id           bigint primary key,
    version      bigint not null,
    programme_id bigint not null references programme (id) on delete cascade,
    position     integer not null,
    name         varchar(120) not null,
    description  varchar(1000)
);
create index ix_programme_stage_programme on programme_stage (programme_id);

create table programme_site (
    id           bigint primary key,
    version      bigint not null,
    programme_id bigint not null references programme (id) on delete cascade,
    city         varchar(80) not null,
    country      varchar(2) not null,
    constraint ux_programme_site unique (programme_id, city, country)
);

create table programme_target (
    id           bigint primary key,
    version      bigint not null,
    programme_id bigint not null references programme (id) on delete cascade,
    metric       varchar(40) not null,
    comparator   varchar(10) not null,
    threshold    integer not null
);
create index ix_programme_target_programme on programme_target (programme_id);

create table cohort (
    id           bigint primary key,
    version      bigint not null,
    programme_id bigint not null references programme (id),
    name         varchar(120) not null,
    kind         varchar(20) not null,
    start_date   date not null,
    end_date     date not null,
    closed       boolean not null,
    constraint ux_cohort_name unique (programme_id, name),
    constraint ck_cohort_dates check (end_date >= start_date)
);
