-- The audit log (issue 13): who did what to whom, when and from where. Append-only: the application only inserts, and
-- deletes what is older than the retention period (tandem.audit.retention). Accounts, people, enrolments and
-- programmes live in other modules: referenced by id only. The detail never holds free text that may name people.
create sequence audit_entry_seq start with 1 increment by 50;
create table audit_entry (
    id                    bigint primary key,
    occurred_at           timestamp with time zone not null,
    action                varchar(60) not null,
    actor_account_id      bigint,
    actor_display         varchar(320),
    subject_account_id    bigint,
    subject_person_id     bigint,
    subject_enrolment_id  bigint,
    programme_id          bigint,
    detail                varchar(200),
    client_address        varchar(64)
);
create index ix_audit_entry_at on audit_entry (occurred_at, id);
create index ix_audit_entry_actor on audit_entry (actor_account_id, occurred_at);
create index ix_audit_entry_action on audit_entry (action, occurred_at);
create index ix_audit_entry_subject_account on audit_entry (subject_account_id);
create index ix_audit_entry_subject_person on audit_entry (subject_person_id);
create index ix_audit_entry_subject_enrolment on audit_entry (subject_enrolment_id);
