-- Mentor training (activity module): a programme's training path of modules, sessions of a module with their
-- attendance, e-learning completions, and when a mentor completed the path. Programmes, sites and enrolments live
-- in other modules: referenced by id only.
create table training_path (
    programme_id       bigint primary key,
    version            bigint not null,
    required_to_train  integer
);

create sequence training_module_seq start with 1 increment by 50;
create table training_module (
    id            bigint primary key,
    programme_id  bigint not null references training_path (programme_id),
    position      integer not null,
    name          varchar(200) not null,
    required      boolean not null,
    kind          varchar(16) not null
);
create index ix_training_module_programme on training_module (programme_id);

create sequence training_session_seq start with 1 increment by 50;
create table training_session (
    id            bigint primary key,
    version       bigint not null,
    module_id     bigint not null references training_module (id),
    programme_id  bigint not null,
    starts_at     timestamp not null,
    ends_at       timestamp not null,
    site_id       bigint,
    online_link   varchar(500),
    place         varchar(200),
    trainer       varchar(200),
    capacity      integer not null
);
create index ix_training_session_programme on training_session (programme_id, starts_at);
create index ix_training_session_module on training_session (module_id);

-- Who was present at a session.
create table training_attendance (
    session_id     bigint not null references training_session (id),
    enrolment_id   bigint not null,
    primary key (session_id, enrolment_id)
);
create index ix_training_attendance_enrolment on training_attendance (enrolment_id);

-- An e-learning module a coordinator marked completed for a mentor.
create sequence training_completion_seq start with 1 increment by 50;
create table training_completion (
    id            bigint primary key,
    module_id     bigint not null references training_module (id),
    enrolment_id  bigint not null,
    completed_at  timestamp with time zone not null,
    completed_by  varchar(254) not null,
    constraint uq_training_completion unique (module_id, enrolment_id)
);
create index ix_training_completion_enrolment on training_completion (enrolment_id);

-- A mentor who completed the required modules: once, for the metrics and so that it is announced once.
create table training_result (
    enrolment_id  bigint primary key,
    programme_id  bigint not null,
    trained_at    timestamp with time zone not null
);
create index ix_training_result_programme on training_result (programme_id);
