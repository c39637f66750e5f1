-- Multi-factor authentication (issue 13). An authenticator app (TOTP): its secret encrypted with AES-GCM under
-- tandem.mfa.key (never shown again after set-up), and the last 30-second step accepted, so that a code is used once.
create sequence totp_factor_seq start with 1 increment by 50;
create table totp_factor (
    id               bigint primary key,
    version          bigint not null,
    account_id       bigint not null references user_account (id) on delete cascade,
    secret_encrypted varchar(200) not null,
    last_used_step   bigint not null,
    created_at       timestamp with time zone not null,
    constraint ux_totp_factor_account unique (account_id)
);

-- Ten one-time recovery codes per person: only the SHA-256 of each (80 random bits), shown once.
create sequence recovery_code_seq start with 1 increment by 50;
create table recovery_code (
    id         bigint primary key,
    version    bigint not null,
    account_id bigint not null references user_account (id) on delete cascade,
    code_hash  varchar(64) not null,
    created_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    constraint ux_recovery_code_hash unique (code_hash)
);
create index ix_recovery_code_account on recovery_code (account_id);

-- Passkeys: Spring Security's WebAuthn tables (JdbcPublicKeyCredentialUserEntityRepository and
-- JdbcUserCredentialRepository), as in its user-entities-schema.sql and user-credentials-schema-postgres.sql
-- (bytea is a binary type on both engines). name is the account's e-mail address.
create table user_entities (
    id           varchar(1000) not null,
    name         varchar(254)  not null,
    display_name varchar(200),
    primary key (id)
);
create unique index ux_user_entities_name on user_entities (name);

create table user_credentials (
    credential_id                varchar(1000) not null,
    user_entity_user_id          varchar(1000) not null,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null,
    primary key (credential_id)
);
create index ix_user_credentials_user on user_credentials (user_entity_user_id);
