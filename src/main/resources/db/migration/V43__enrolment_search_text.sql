-- The participant search looks for a piece of text in the names and e-mail address: kept lower-case on the enrolment
-- as one column, it is one LIKE per enrolment of the programme (read from the index below), where the search through
-- the people lowered and compared three columns of every person and then looked each enrolment up by its person.
alter table enrolment add column search_text varchar(420);
update enrolment set search_text = (select lower(p.first_name || ' ' || p.last_name || ' ' || p.email) from person p
                                    where p.id = enrolment.person_id);
alter table enrolment alter column search_text set not null;
create index ix_enrolment_programme_search on enrolment (programme_id, search_text);
