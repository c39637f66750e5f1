-- The programme's duo targets and dashboards count a programme's duos by state.
create index ix_duo_programme_state on duo (programme_id, state);
