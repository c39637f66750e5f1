-- The duo lifecycle: confirmation, agreement, meetings, stage progress, health follow-ups, closure and outcomes.
-- Programmes, stages, enrolments live in other modules: referenced by id only.

alter table duo add column introduction_at timestamp with time zone;
alter table duo add column mentor_confirmed_at timestamp with time zone;
alter table duo add column mentor_confirmed_by varchar(254);
alter table duo add column mentee_confirmed_at timestamp with time zone;
alter table duo add column mentee_confirmed_by varchar(254);
alter table duo add column confirmed_at timestamp with time zone;
alter table duo add column activated_at timestamp with time zone;
alter table duo add column paused_at timestamp with time zone;
alter table duo add column pause_reason varchar(500);
alter table duo add column closed_at timestamp with time zone;
alter table duo add column closed_by varchar(254);
alter table duo add column ended_on date;
alter table duo add column end_reason varchar(32);
alter table duo add column end_note varchar(2000);
alter table duo add column declined_by_side varchar(8);
alter table duo add column mentor_confirmed_on_behalf boolean;
alter table duo add column mentee_confirmed_on_behalf boolean;
alter table duo add column mentor_continues boolean;
create index ix_duo_mentor on duo (mentor_enrolment_id);
create index ix_duo_mentee on duo (mentee_enrolment_id);

-- What a programme decides for its duos; a programme without a row uses the defaults.
create table duo_settings (
    programme_id             bigint primary key,
    version                  bigint not null,
    confirmation_hours       integer not null,
    no_meeting_days          integer not null,
    agreement_days           integer not null,
    below_frequency_percent  integer not null,
    ending_soon_days         integer not null,
    themes                   varchar(2000) not null,
    code_of_conduct          varchar(8000) not null,
    code_of_conduct_version  integer not null,
    updated_at               timestamp with time zone not null
);

create sequence duo_agreement_seq start with 1 increment by 50;
-- Each change after signing is a new version; earlier versions stay readable.
create table duo_agreement (
    id                      bigint primary key,
    duo_id                  bigint not null references duo (id),
    version_no              integer not null,
    goals                   varchar(2000) not null,
    frequency               varchar(16) not null,
    mode                    varchar(16) not null,
    duration_months         integer not null,
    meeting_place           varchar(300),
    meeting_time            varchar(300),
    code_of_conduct         varchar(8000) not null,
    code_of_conduct_version integer not null,
    confidentiality         boolean not null,
    created_at              timestamp with time zone not null,
    created_by              varchar(254) not null,
    mentor_signed_at        timestamp with time zone,
    mentor_signed_by        varchar(254),
    mentee_signed_at        timestamp with time zone,
    mentee_signed_by        varchar(254),
    constraint ux_duo_agreement_version unique (duo_id, version_no)
);

create sequence duo_meeting_seq start with 1 increment by 50;
create table duo_meeting (
    id            bigint primary key,
    version       bigint not null,
    duo_id        bigint not null references duo (id),
    held_on       date not null,
    minutes       integer not null,
    mode          varchar(16) not null,
    topics        varchar(1000) not null,
    tags          varchar(1000) not null,
    shared_notes  varchar(4000),
    logged_by     varchar(254) not null,
    logged_by_side varchar(8) not null,
    logged_at     timestamp with time zone not null
);
create index ix_duo_meeting_duo on duo_meeting (duo_id, held_on);

-- Kept apart from the meeting so that no query for a duo's log can carry someone's private note along.
create table duo_private_note (
    meeting_id bigint primary key references duo_meeting (id),
    author     varchar(254) not null,
    text       varchar(4000) not null
);

create sequence duo_stage_progress_seq start with 1 increment by 50;
create table duo_stage_progress (
    id          bigint primary key,
    duo_id      bigint not null references duo (id),
    stage_id    bigint not null,
    reached_on  date not null,
    note        varchar(1000),
    skipped     boolean not null,
    skip_reason varchar(1000),
    recorded_by varchar(254) not null,
    recorded_at timestamp with time zone not null,
    constraint ux_duo_stage unique (duo_id, stage_id)
);

create sequence duo_follow_up_seq start with 1 increment by 50;
-- A coordinator's follow-up on a health signal: clears this occurrence of the signal, or snoozes it until a date.
create table duo_follow_up (
    id            bigint primary key,
    duo_id        bigint not null references duo (id),
    signal        varchar(32) not null,
    occurrence    varchar(64) not null,
    kind          varchar(16) not null,
    note          varchar(2000),
    snoozed_until date,
    recorded_by   varchar(254) not null,
    recorded_at   timestamp with time zone not null
);
create index ix_duo_follow_up_duo on duo_follow_up (duo_id, signal);

create sequence duo_reminder_seq start with 1 increment by 50;
-- Reminders sent to a duo, so that a signal is mailed at most once a week.
create table duo_reminder (
    id      bigint primary key,
    duo_id  bigint not null references duo (id),
    signal  varchar(32) not null,
    sent_at timestamp with time zone not null
);
create index ix_duo_reminder_duo on duo_reminder (duo_id, signal, sent_at);

create sequence duo_outcome_seq start with 1 increment by 50;
-- The mentee's outcome at the end and at the follow-ups 3 and 12 months later.
create table duo_outcome (
    id               bigint primary key,
    duo_id           bigint not null references duo (id),
    moment           varchar(16) not null,
    kind             varchar(32) not null,
    sector           varchar(32),
    hours_per_week   integer,
    contract_type    varchar(16),
    education_sector varchar(8),
    note             varchar(2000),
    recorded_by      varchar(254) not null,
    recorded_at      timestamp with time zone not null,
    constraint ux_duo_outcome_moment unique (duo_id, moment)
);
