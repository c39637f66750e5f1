create sequence api_token_seq start with 1 increment by 50;

-- Personal API tokens (issue 13): only the SHA-256 hash of the secret is kept; the person sees it once.
create table api_token (
    id           bigint primary key,
    version      bigint not null,
    account_id   bigint not null references user_account (id),
    name         varchar(80) not null,
    token_hash   varchar(64) not null,
    scope        varchar(20) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint ux_api_token_hash unique (token_hash)
);
create index ix_api_token_account on api_token (account_id);
