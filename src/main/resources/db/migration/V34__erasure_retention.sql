-- Erasure (GDPR Art. 17) and retention: when a person record was erased, the erasure log, and per programme how long
-- data is kept after a person's last enrolment in it ended (completed) or after a rejected or withdrawn application.
alter table person add column erased_at timestamp with time zone;

alter table programme add column retention_months integer default 24 not null;
alter table programme add column retention_months_rejected integer default 6 not null;

create sequence privacy_erasure_seq start with 1 increment by 50;

create table privacy_erasure (
    id                     bigint primary key,
    erased_at              timestamp with time zone not null,
    basis                  varchar(20) not null,
    erased_by_account_id   bigint,
    reason                 varchar(500) not null,
    subject_account_id     bigint,
    subject_person_ids     varchar(4000),
    subject_enrolment_ids  varchar(4000),
    record_count           integer not null,
    constraint ck_privacy_erasure_basis check (basis in ('ADMIN', 'COORDINATOR', 'RETENTION'))
);

create index ix_privacy_erasure_at on privacy_erasure (erased_at);
create index ix_enrolment_status_changed on enrolment (programme_id, status, status_changed_at);
