-- The targets' metric values of each programme per month, kept so that the path over time is never recomputed from
-- data that changed since. A closed month (recorded after it ended) does not change any more; the current month's
-- row is refreshed on demand until it is closed.
create sequence metric_month_seq start with 1 increment by 50;

create table metric_month (
    id           bigint primary key,
    version      bigint not null,
    programme_id bigint not null,
    first_day    date not null,
    metric       varchar(48) not null,
    metric_value double precision,
    closed       boolean not null,
    recorded_at  timestamp with time zone not null,
    constraint ux_metric_month unique (programme_id, first_day, metric)
);
