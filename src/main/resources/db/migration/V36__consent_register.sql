-- The consent register (issue 13, GDPR Art. 7): every version of a programme's consent text per purpose, in Dutch,
-- English and French, from the day it takes effect. A consent keeps pointing at the version it was given for
-- (consent.text_version = consent_text.number of its programme and purpose). A programme without a stored version 1
-- uses Tandem's standard text, which is stored as version 1 the first time someone agrees to it or a newer one is
-- published.
create sequence consent_text_seq start with 1 increment by 50;

create table consent_text (
    id             bigint primary key,
    version        bigint not null,
    programme_id   bigint not null,
    purpose        varchar(30) not null,
    number         integer not null,
    text_nl        varchar(4000) not null,
    text_en        varchar(4000) not null,
    text_fr        varchar(4000) not null,
    effective_from date,
    material       boolean not null,
    published_at   timestamp with time zone not null,
    constraint uq_consent_text unique (programme_id, purpose, number)
);

-- A consent renewed for a newer text ends (withdrawn_at) without being withdrawn: renewed tells them apart.
alter table consent add column renewed boolean default false not null;

-- The register counts a programme's consents per purpose and version.
create index ix_consent_register on consent (programme_id, purpose, text_version);
