package org.tandem.activity.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.account.AccountService;
import org.tandem.notification.CalendarPart;
import org.tandem.notification.OutboxService;
import org.tandem.notification.OutgoingMail;
import org.tandem.participant.ParticipantQueries;
import org.tandem.programme.ProgrammeCatalogue;

/**
 * Writes the calendar's mails in the invitee's language and queues them in the outbox: what changed for them, with an
 * ICS invite or cancel (none for a place on the waiting list), and the reminder the day before.
 */
@Component
class CalendarMails {

    /** Whom to mail: an address, a name and a language; accounts carry no language of their own, so Dutch. */
    record Recipient(String email, String name, Locale locale) {
    }

    private final OutboxService outbox;
    private final ParticipantQueries participants;
    private final AccountService accounts;
    private final ProgrammeCatalogue catalogue;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;
    private final String from;

    CalendarMails(OutboxService outbox, ParticipantQueries participants, AccountService accounts,
            ProgrammeCatalogue catalogue, MessageSource messages, Clock clock,
            @Value("${tandem.base-url:http://localhost:8080}") String baseUrl,
            @Value("${tandem.mail.from:tandem@localhost}") String from) {
        this.outbox = outbox;
        this.participants = participants;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.from = from;
    }

    Optional<Recipient> recipient(Invitee invitee) {
        if (invitee.enrolmentId() != null) {
            return Optional.ofNullable(participants.addressees(Set.of(invitee.enrolmentId())).get(invitee.enrolmentId()))
                    .filter(a -> a.email() != null && !a.email().isBlank())
                    .map(a -> new Recipient(a.email(), a.fullName(), a.locale()));
        }
        return accounts.findById(invitee.accountId())
                .map(u -> new Recipient(u.email(), u.displayName(), Locale.forLanguageTag("nl")));
    }

    /** The mail for one change; false when the invitee has no address to write to. */
    boolean inviteChanged(InviteChanged event) {
        var recipient = recipient(event.invitee());
        if (recipient.isEmpty()) {
            return false;
        }
        var to = recipient.get();
        var entry = event.entry();
        String change = event.change().name();
        String subject = text("calendar.mail." + change + ".subject", to.locale(), entry.title());
        String line = event.change() == InviteChanged.Change.WAITLISTED
                ? text("calendar.mail.WAITLISTED.text", to.locale(), entry.title(),
                        entry.waitingPlace() == null ? "?" : entry.waitingPlace())
                : text("calendar.mail." + change + ".text", to.locale(), entry.title());
        outbox.enqueue(new OutgoingMail(to.email(), to.name(), to.locale(), subject, body(to, line, entry),
                entry.programmeId(), "calendar-" + change.toLowerCase(Locale.ROOT), calendarPart(event, to)));
        return true;
    }

    /** The reminder the day before; false when the invitee has no address. */
    boolean reminder(CalendarEntry entry, Invitee invitee) {
        var recipient = recipient(invitee);
        if (recipient.isEmpty()) {
            return false;
        }
        var to = recipient.get();
        outbox.enqueue(new OutgoingMail(to.email(), to.name(), to.locale(),
                text("calendar.reminder.subject", to.locale(), entry.title()),
                body(to, text("calendar.reminder.text", to.locale(), entry.title()), entry), entry.programmeId(),
                "calendar-reminder"));
        return true;
    }

    private CalendarPart calendarPart(InviteChanged event, Recipient to) {
        var writer = writer(event.entry().programmeId());
        Instant now = Instant.now(clock);
        return switch (event.change()) {
            case WAITLISTED -> null;
            case WITHDRAWN, CANCELLED -> new CalendarPart(CalendarPart.Method.CANCEL,
                    writer.cancel(event.entry(), to.email(), to.name(), now));
            case REGISTERED, PROMOTED, UPDATED -> event.entry().cancelled()
                    ? new CalendarPart(CalendarPart.Method.CANCEL, writer.cancel(event.entry(), to.email(), to.name(), now))
                    : new CalendarPart(CalendarPart.Method.REQUEST,
                            writer.request(event.entry(), to.email(), to.name(), now));
        };
    }

    /** The organizer is the programme, at Tandem's from-address (programmes have no mailbox of their own). */
    IcsWriter writer(long programmeId) {
        String name = catalogue.rules(programmeId).map(r -> r.name()).orElse("Tandem");
        return new IcsWriter(baseUrl, from, name);
    }

    IcsWriter feedWriter() {
        return new IcsWriter(baseUrl, from, "Tandem");
    }

    private String body(Recipient to, String line, CalendarEntry entry) {
        Locale locale = to.locale();
        var date = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale);
        var time = DateTimeFormatter.ofPattern("HH:mm", locale);
        var text = new StringBuilder();
        text.append(text("calendar.mail.greeting", locale, to.name())).append("\n\n").append(line).append("\n\n");
        text.append(text("calendar.mail.when", locale, date.format(entry.startsAt()) + " \u2013 "
                + (entry.endsAt().toLocalDate().equals(entry.startsAt().toLocalDate())
                        ? time.format(entry.endsAt()) : date.format(entry.endsAt())))).append('\n');
        String where = IcsWriter.where(entry);
        if (where != null) {
            text.append(text("calendar.mail.where", locale, where)).append('\n');
        }
        if (entry.path() != null) {
            text.append(text("calendar.mail.link", locale, baseUrl + entry.path())).append('\n');
        }
        text.append('\n').append(text("calendar.mail.closing", locale));
        return text.toString();
    }

    private String text(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
