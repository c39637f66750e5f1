create sequence user_account_seq start with 1 increment by 50;

create table user_account (
    id            bigint primary key,
    version       bigint not null,
    email         varchar(254) not null,
    display_name  varchar(120) not null,
    password_hash varchar(200) not null,
    enabled       boolean not null,
    created_at    timestamp with time zone not null,
    constraint ux_user_account_email unique (email)
);

create table user_role (
    user_id bigint not null references user_account (id) on delete cascade,
    role    varchar(30) not null,
    primary key (user_id, role)
);

-- Programmes live in another module: referenced by id only.
create table user_programme (
    user_id      bigint not null references user_account (id) on delete cascade,
    programme_id bigint not null,
    primary key (user_id, programme_id)
);
create index ix_user_programme_programme on user_programme (programme_id);
