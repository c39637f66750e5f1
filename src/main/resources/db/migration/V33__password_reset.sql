-- A password reset an admin forced (issue 13): a single-use, expiring link mailed to the account's address. Only the
-- SHA-256 hash of its token is kept.
create sequence password_reset_seq start with 1 increment by 50;
create table password_reset (
    id          bigint primary key,
    version     bigint not null,
    account_id  bigint not null references user_account (id),
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    constraint ux_password_reset_hash unique (token_hash)
);
create index ix_password_reset_account on password_reset (account_id);
