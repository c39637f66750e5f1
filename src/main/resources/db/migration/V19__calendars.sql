-- Calendars (activity module): an optional ICS part of an outbox mail (an invite, update or cancel), the personal
-- feed tokens, and the day-before reminders already sent. Accounts and enrolments live in other modules: by id only.
alter table outbox_message add column calendar_method varchar(10);
alter table outbox_message add column calendar_ics varchar(20000);
alter table outbox_message add constraint ck_outbox_message_calendar
    check (calendar_method is null or calendar_method in ('REQUEST', 'CANCEL'));

-- One feed per account; only the SHA-256 of its secret token is kept (hex), none while revoked.
create table calendar_feed (
    account_id  bigint primary key,
    version     bigint not null,
    token_hash  varchar(64),
    created_at  timestamp with time zone,
    revoked_at  timestamp with time zone
);
create unique index uq_calendar_feed_token on calendar_feed (token_hash);

-- A reminder mailed for an entry (its uid) to an invitee ('e<enrolment id>' or 'a<account id>') for the day it
-- starts on: once, also when the job runs twice; an entry moved to another day is reminded of again.
create sequence calendar_reminder_seq start with 1 increment by 50;
create table calendar_reminder (
    id          bigint primary key,
    uid         varchar(120) not null,
    invitee     varchar(40) not null,
    starts_on   date not null,
    sent_at     timestamp with time zone not null,
    constraint uq_calendar_reminder unique (uid, invitee, starts_on)
);
