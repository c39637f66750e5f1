-- Evaluation: questionnaires (versioned, their content as a JSON document), waves of a cohort per role, invitations
-- with a single-use link, and responses stored under a respondent key, never under the person. Programmes, cohorts,
-- sites, enrolments and accounts live in other modules: referenced by id only.
create sequence questionnaire_seq start with 1 increment by 50;
create table questionnaire (
    id            bigint primary key,
    version       bigint not null,
    programme_id  bigint not null,
    -- shared by all versions of one questionnaire
    family        varchar(36) not null,
    number        integer not null,
    name          varchar(200) not null,
    origin        varchar(20) not null,
    -- used by a wave: frozen, a change makes a new version
    frozen        boolean not null,
    definition    varchar(100000) not null,
    created_at    timestamp with time zone not null,
    constraint uq_questionnaire_version unique (family, number),
    constraint ck_questionnaire_origin check (origin in ('PROGRAMME_MADE', 'LICENSED'))
);
create index ix_questionnaire_programme on questionnaire (programme_id);

create sequence survey_wave_seq start with 1 increment by 50;
create table survey_wave (
    id                bigint primary key,
    version           bigint not null,
    programme_id      bigint not null,
    cohort_id         bigint not null,
    questionnaire_id  bigint not null references questionnaire (id),
    name              varchar(200) not null,
    role              varchar(20) not null,
    kind              varchar(20) not null,
    purpose           varchar(20) not null,
    anonymous         boolean not null,
    -- a fixed window, or one relative to each person's own moment
    opens_on          date,
    closes_on         date,
    anchor            varchar(20),
    offset_days       integer,
    open_days         integer,
    status            varchar(12) not null,
    created_at        timestamp with time zone not null,
    constraint ck_survey_wave_role check (role in ('MENTOR', 'MENTEE', 'EMPLOYER_CONTACT')),
    constraint ck_survey_wave_kind check (kind in ('BASELINE', 'MIDPOINT', 'END', 'FOLLOW_UP', 'CUSTOM')),
    constraint ck_survey_wave_purpose check (purpose in ('RESEARCH', 'FEEDBACK')),
    constraint ck_survey_wave_status check (status in ('PLANNED', 'OPEN', 'CLOSED'))
);
create index ix_survey_wave_programme on survey_wave (programme_id);
create index ix_survey_wave_cohort on survey_wave (cohort_id);

-- The only place where a person meets their respondent key (one key per person per programme, so that waves pair
-- up). Read by the invitations and nothing else; analyses and exports never join it.
create table respondent_link (
    programme_id    bigint not null,
    -- 'enrolment:<id>' for a participant, 'account:<id>' for an employer contact
    invitee         varchar(40) not null,
    respondent_key  varchar(36) not null,
    primary key (programme_id, invitee),
    constraint uq_respondent_key unique (respondent_key)
);

create sequence survey_invitation_seq start with 1 increment by 50;
create table survey_invitation (
    id              bigint primary key,
    version         bigint not null,
    wave_id         bigint not null references survey_wave (id),
    invitee         varchar(40) not null,
    -- where the answers go: the respondent key; for an anonymous wave a draft key dropped at submission
    response_key    varchar(36),
    token_hash      varchar(64) not null,
    -- copied to the response when it is started: the groups an analysis may show
    site_id         bigint,
    employer_id     bigint,
    language        varchar(8) not null,
    opens_on        date not null,
    expires_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    reminders       integer not null,
    reminded_at     timestamp with time zone,
    answered_at     timestamp with time zone,
    constraint uq_survey_invitation unique (wave_id, invitee),
    constraint uq_survey_invitation_token unique (token_hash)
);
create index ix_survey_invitation_wave on survey_invitation (wave_id);

create sequence survey_response_seq start with 1 increment by 50;
create table survey_response (
    id              bigint primary key,
    version         bigint not null,
    wave_id         bigint not null references survey_wave (id),
    respondent_key  varchar(36) not null,
    -- groups an analysis may show (never below five people): where and for whom the respondent took part
    site_id         bigint,
    employer_id     bigint,
    status          varchar(12) not null,
    answers         varchar(100000) not null,
    started_at      timestamp with time zone not null,
    submitted_at    timestamp with time zone,
    constraint uq_survey_response unique (wave_id, respondent_key),
    constraint ck_survey_response_status check (status in ('DRAFT', 'SUBMITTED'))
);
create index ix_survey_response_wave on survey_response (wave_id, status);
