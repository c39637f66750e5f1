-- A person's record belongs to one programme (issue 13, defect 2): a coordinator never sees nor reuses what another
-- programme was told about somebody. The e-mail address is unique within a programme; a person enrolled in several
-- programmes is split into one record per programme, each a copy of the record as it was, with that programme's
-- enrolments, consents and sensitive record. (A record without enrolments keeps no programme; none are made so.)
alter table person add column programme_id bigint;
alter table person drop constraint ux_person_email;

update person set programme_id = (select min(e.programme_id) from enrolment e where e.person_id = person.id);

create table person_split (
    old_id       bigint not null,
    programme_id bigint not null,
    new_id       bigint not null
);

insert into person_split (old_id, programme_id, new_id)
select k.person_id, k.programme_id, nextval('person_seq')
from (select distinct e.person_id, e.programme_id
      from enrolment e join person p on p.id = e.person_id
      where e.programme_id <> p.programme_id) k;

insert into person (id, version, first_name, last_name, email, phone, birth_year, preferred_language, city, postcode,
                    country, user_id, created_at, programme_id)
select s.new_id, 0, p.first_name, p.last_name, p.email, p.phone, p.birth_year, p.preferred_language, p.city,
       p.postcode, p.country, p.user_id, p.created_at, s.programme_id
from person_split s join person p on p.id = s.old_id;

update enrolment set person_id = (select s.new_id from person_split s
                                  where s.old_id = enrolment.person_id and s.programme_id = enrolment.programme_id)
where exists (select 1 from person_split s
              where s.old_id = enrolment.person_id and s.programme_id = enrolment.programme_id);

update consent set person_id = (select s.new_id from person_split s
                                where s.old_id = consent.person_id and s.programme_id = consent.programme_id)
where exists (select 1 from person_split s
              where s.old_id = consent.person_id and s.programme_id = consent.programme_id);

update sensitive_record set person_id = (select s.new_id from person_split s
                                         where s.old_id = sensitive_record.person_id
                                           and s.programme_id = sensitive_record.programme_id)
where exists (select 1 from person_split s
              where s.old_id = sensitive_record.person_id and s.programme_id = sensitive_record.programme_id);

drop table person_split;

alter table person add constraint ux_person_programme_email unique (programme_id, email);
create index ix_person_email on person (email);
