-- The participant list sorts by name 25 rows out of tens of thousands: the person's names kept on the enrolment let
-- an index give that order, where a join with the person had to read and sort every enrolment of the programme.
alter table enrolment add column sort_last_name varchar(80);
alter table enrolment add column sort_first_name varchar(80);
update enrolment set sort_last_name = (select p.last_name from person p where p.id = enrolment.person_id),
                     sort_first_name = (select p.first_name from person p where p.id = enrolment.person_id);
alter table enrolment alter column sort_last_name set not null;
alter table enrolment alter column sort_first_name set not null;
create index ix_enrolment_programme_name on enrolment (programme_id, sort_last_name, sort_first_name, id);
create index ix_enrolment_name on enrolment (sort_last_name, sort_first_name, id);
