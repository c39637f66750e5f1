-- Research projects on a programme, the researchers on them and the log of every export.
-- The salt is random per project and mixed with the master key (configuration or key file, never in this database)
-- to derive the project's pseudonym key: without the master key the salt links nothing.
create sequence research_project_seq start with 1 increment by 50;
create table research_project (
    id            bigint primary key,
    version       bigint not null,
    programme_id  bigint not null,
    name          varchar(200) not null,
    description   varchar(2000),
    salt          varchar(64) not null,
    created_by    bigint not null,
    created_at    timestamp with time zone not null
);
create index ix_research_project_programme on research_project (programme_id);

create table research_project_member (
    project_id  bigint not null references research_project (id),
    account_id  bigint not null,
    primary key (project_id, account_id)
);

create sequence research_export_seq start with 1 increment by 50;
create table research_export (
    id            bigint primary key,
    project_id    bigint not null references research_project (id),
    programme_id  bigint not null,
    account_id    bigint not null,
    account_name  varchar(200) not null,
    exported_at   timestamp with time zone not null,
    format        varchar(8) not null,
    people        integer not null,
    row_count     integer not null,
    suppressed    integer not null
);
create index ix_research_export_project on research_export (project_id, exported_at);
