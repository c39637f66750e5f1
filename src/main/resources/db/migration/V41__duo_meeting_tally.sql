-- Each duo keeps the tally of its meeting log (how many, how many since its start, the last date): the health of a
-- cohort's open duos and the dashboard's meetings per duo read it, where each of those pages read or grouped the whole
-- log (60,000 meetings at 20,000 participants). The start's date is the activation instant's date in the session's
-- time zone, which the JDBC drivers set to the application's.
alter table duo add column meetings_logged integer default 0 not null;
alter table duo add column meetings_since_start integer default 0 not null;
alter table duo add column last_met_on date;
update duo set meetings_logged = (select count(*) from duo_meeting m where m.duo_id = duo.id),
               meetings_since_start = (select count(*) from duo_meeting m where m.duo_id = duo.id
                                       and m.held_on >= cast(duo.activated_at as date)),
               last_met_on = (select max(m.held_on) from duo_meeting m where m.duo_id = duo.id)
 where exists (select 1 from duo_meeting m where m.duo_id = duo.id);
