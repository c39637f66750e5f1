package org.tandem.activity.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.programme.ProgrammeCatalogue;

/**
 * The reminders the day before: for every programme, every source's entries of tomorrow that are not called off, a
 * mail to each of their attendees, once (a row per entry, invitee and day, written with the mail in one transaction).
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final Calendars calendars;
    private final CalendarMails mails;
    private final SentReminderRepository sent;
    private final ProgrammeCatalogue catalogue;
    private final TransactionTemplate eachOnItsOwn;
    private final Clock clock;

    Reminders(Calendars calendars, CalendarMails mails, SentReminderRepository sent, ProgrammeCatalogue catalogue,
            PlatformTransactionManager transactions, Clock clock) {
        this.calendars = calendars;
        this.mails = mails;
        this.sent = sent;
        this.catalogue = catalogue;
        this.eachOnItsOwn = new TransactionTemplate(transactions);
        this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Queues the reminders for tomorrow (in the sites' time, Amsterdam's date) not sent yet; returns how many. */
    public int sendForTomorrow() {
        LocalDate tomorrow = LocalDate.now(clock.withZone(Zones.DEFAULT)).plusDays(1);
        int queued = 0;
        for (var programme : catalogue.all()) {
            for (var entry : calendars.forProgramme(programme.id(), tomorrow, tomorrow)) {
                if (entry.cancelled() || !entry.startsAt().toLocalDate().equals(tomorrow)) {
                    continue;
                }
                for (var invitee : calendars.attendees(entry)) {
                    if (remind(entry, invitee, tomorrow)) {
                        queued++;
                    }
                }
            }
        }
        return queued;
    }

    private boolean remind(CalendarEntry entry, Invitee invitee, LocalDate day) {
        try {
            return Boolean.TRUE.equals(eachOnItsOwn.execute(status -> {
                if (sent.existsByUidAndInviteeAndStartsOn(entry.uid(), SentReminder.key(invitee), day)) {
                    return false;
                }
                sent.saveAndFlush(new SentReminder(entry.uid(), invitee, day, Instant.now(clock)));
                if (!mails.reminder(entry, invitee)) {
                    return false;
                }
                return true;
            }));
        } catch (DataIntegrityViolationException e) {
            // another node wrote the same reminder at the same moment: it is sent once, by that one
            log.debug("Reminder for {} to {} was written concurrently", entry.uid(), SentReminder.key(invitee));
            return false;
        }
    }
}
