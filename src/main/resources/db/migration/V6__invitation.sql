create sequence invitation_seq start with 1 increment by 50;

-- Only the SHA-256 hash of the token is kept: the link itself is known to the invitee alone.
create table invitation (
    id           bigint primary key,
    version      bigint not null,
    email        varchar(254) not null,
    display_name varchar(120),
    language     varchar(8) not null,
    token_hash   varchar(64) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone,
    constraint ux_invitation_token unique (token_hash)
);
create index ix_invitation_email on invitation (email);

create table invitation_role (
    invitation_id bigint not null references invitation (id) on delete cascade,
    role          varchar(30) not null,
    primary key (invitation_id, role)
);

-- Programmes live in another module: referenced by id only.
create table invitation_programme (
    invitation_id bigint not null references invitation (id) on delete cascade,
    programme_id  bigint not null,
    primary key (invitation_id, programme_id)
);
