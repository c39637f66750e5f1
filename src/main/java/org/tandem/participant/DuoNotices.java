package org.tandem.participant;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.notification.OutboxService;
import org.tandem.notification.OutgoingMail;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.NotFoundException;

/**
 * Tells a mentor and a mentee, each in their own language, that they have been proposed as a duo. Each learns
 * only the other's first name; contact details stay with the coordinators until both say yes.
 */
@Service
public class DuoNotices {

    private final EnrolmentRepository enrolments;
    private final ProgrammeCatalogue catalogue;
    private final OutboxService outbox;
    private final MessageSource messages;

    DuoNotices(EnrolmentRepository enrolments, ProgrammeCatalogue catalogue, OutboxService outbox,
            MessageSource messages) {
        this.enrolments = enrolments;
        this.catalogue = catalogue;
        this.outbox = outbox;
        this.messages = messages;
    }

    @Transactional
    public void proposed(long mentorEnrolmentId, long menteeEnrolmentId) {
        var mentor = enrolment(mentorEnrolmentId);
        var mentee = enrolment(menteeEnrolmentId);
        String programme = catalogue.rules(mentor.programmeId()).orElseThrow().name();
        tell(mentor, mentee.person().firstName(), programme);
        tell(mentee, mentor.person().firstName(), programme);
    }

    /**
     * Reminds both members of a duo, each in their own language, of something that needs doing: the signal's code
     * picks the text (duo.reminder.mail.*.CODE), {@code detail} is its number (days without a meeting, say).
     */
    @Transactional
    public void reminder(long mentorEnrolmentId, long menteeEnrolmentId, String signalCode, long detail) {
        var mentor = enrolment(mentorEnrolmentId);
        var mentee = enrolment(menteeEnrolmentId);
        String programme = catalogue.rules(mentor.programmeId()).orElseThrow().name();
        remind(mentor, mentee.person().firstName(), programme, signalCode, detail);
        remind(mentee, mentor.person().firstName(), programme, signalCode, detail);
    }

    private void remind(Enrolment recipient, String partnerFirstName, String programme, String code, long detail) {
        var person = recipient.person();
        Locale locale = locale(person);
        outbox.enqueue(new OutgoingMail(person.email(), person.fullName(), locale,
                messages.getMessage("duo.reminder.mail.subject." + code, new Object[] {programme}, locale),
                messages.getMessage("duo.reminder.mail.body." + code, new Object[] {person.firstName(),
                        partnerFirstName, programme, detail}, locale),
                recipient.programmeId(), "duo-reminder"));
    }

    private static Locale locale(Person person) {
        var language = person.data().preferredLanguage();
        return Locale.forLanguageTag(language == null ? "nl" : language.code());
    }

    private void tell(Enrolment recipient, String partnerFirstName, String programme) {
        var person = recipient.person();
        var language = person.data().preferredLanguage();
        Locale locale = Locale.forLanguageTag(language == null ? "nl" : language.code());
        outbox.enqueue(new OutgoingMail(person.email(), person.fullName(), locale,
                messages.getMessage("duo.proposed.mail.subject", new Object[] {programme}, locale),
                messages.getMessage("duo.proposed.mail.body", new Object[] {person.firstName(), partnerFirstName,
                        programme}, locale),
                recipient.programmeId(), "duo-proposed"));
    }

    private Enrolment enrolment(long id) {
        return enrolments.findById(id).orElseThrow(() -> new NotFoundException("enrolment", id));
    }
}
