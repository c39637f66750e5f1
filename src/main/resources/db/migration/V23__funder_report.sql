-- Funder reports: each one kept as made (the PDF's bytes with what it was made from), because the figures it shows
-- come from data that keeps changing (statuses, late survey answers, erasures): regenerating later would not give the
-- document the funder received.
create sequence funder_report_seq start with 1 increment by 50;

create table funder_report (
    id              bigint primary key,
    version         bigint not null,
    programme_id    bigint not null,
    period_from     date not null,
    period_until    date not null,
    language        varchar(2) not null,
    author_id       bigint not null,
    author_name     varchar(200) not null,
    created_at      timestamp with time zone not null,
    coordinator_text varchar(20000) not null,
    pdf             bytea not null,
    pdf_size        integer not null
);

create index ix_funder_report_programme on funder_report (programme_id, created_at);
