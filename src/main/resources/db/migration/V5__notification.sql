create sequence outbox_message_seq start with 1 increment by 50;

create table outbox_message (
    id             bigint primary key,
    version        bigint not null,
    recipient      varchar(254) not null,
    recipient_name varchar(120),
    language       varchar(8) not null,
    subject        varchar(300) not null,
    body           varchar(20000) not null,
    -- Programmes live in another module: referenced by id only; none means admins only.
    programme_id   bigint,
    kind           varchar(60),
    status         varchar(10) not null,
    attempts       integer not null,
    last_error     varchar(120),
    created_at     timestamp with time zone not null,
    sent_at        timestamp with time zone,
    constraint ck_outbox_message_status check (status in ('QUEUED', 'SENT', 'FAILED'))
);
create index ix_outbox_message_status on outbox_message (status, created_at);
create index ix_outbox_message_programme on outbox_message (programme_id);

-- ShedLock: one node at a time runs a scheduled job.
create table shedlock (
    name       varchar(64) not null primary key,
    lock_until timestamp not null,
    locked_at  timestamp not null,
    locked_by  varchar(255) not null
);
