-- Every download of a person's data (GDPR Art. 15 and 20): who, whose, when and how. Append-only: the application
-- only ever inserts. Accounts, people and enrolments live in other modules: referenced by id only.
create sequence privacy_download_seq start with 1 increment by 50;
create table privacy_download (
    id                       bigint primary key,
    requested_by_account_id  bigint not null,
    requested_by             varchar(320) not null,
    scope                    varchar(20) not null,
    format                   varchar(10) not null,
    subject_account_id       bigint,
    subject_enrolment_id     bigint,
    subject_person_ids       varchar(2000),
    record_count             integer not null,
    downloaded_at            timestamp with time zone not null,
    constraint ck_privacy_download_scope check (scope in ('SELF', 'ADMIN', 'COORDINATOR')),
    constraint ck_privacy_download_format check (format in ('PAGE', 'JSON', 'API'))
);
create index ix_privacy_download_at on privacy_download (downloaded_at);
create index ix_privacy_download_subject on privacy_download (subject_account_id);
