-- One number that grows with every committed change to the application's data (see org.tandem.shared.DataVersion):
-- a node may keep a value computed from the data for as long as this number has not moved.
create table data_version (
    id      integer primary key,
    version bigint  not null,
    constraint data_version_single_row check (id = 1)
);
insert into data_version (id, version) values (1, 0);
