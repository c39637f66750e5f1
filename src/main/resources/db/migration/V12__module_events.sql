-- A matching run whose pool changed after it was made (somebody withdrawn, matched by another run) is out of date:
-- it must be run again before it is published.
alter table matching_run add column outdated_at timestamp with time zone;
