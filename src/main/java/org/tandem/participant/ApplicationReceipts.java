package org.tandem.participant;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.notification.OutboxService;
import org.tandem.notification.OutgoingMail;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.NotFoundException;

/** Confirms an application to the applicant by e-mail, through the outbox, in the language they applied in. */
@Service
public class ApplicationReceipts {

    private final EnrolmentRepository enrolments;
    private final EnrolmentService enrolmentService;
    private final ProgrammeCatalogue catalogue;
    private final OutboxService outbox;
    private final MessageSource messages;

    ApplicationReceipts(EnrolmentRepository enrolments, EnrolmentService enrolmentService,
            ProgrammeCatalogue catalogue, OutboxService outbox, MessageSource messages) {
        this.enrolments = enrolments;
        this.enrolmentService = enrolmentService;
        this.catalogue = catalogue;
        this.outbox = outbox;
        this.messages = messages;
    }

    /** The application and its confirmation mail are stored together, or neither is. */
    @Transactional
    public long applyAndConfirm(Application application, Locale locale) {
        var received = enrolmentService.receive(application);
        if (received.knownPerson()) {
            tellKnownPerson(received.enrolmentId(), locale);
        } else {
            confirm(received.enrolmentId(), locale);
        }
        return received.enrolmentId();
    }

    /**
     * The address belonged to somebody already known: they (and only they) learn that an application came in with
     * their address and that nothing of theirs was changed by it. The sender sees the same page as anyone else.
     */
    private void tellKnownPerson(long enrolmentId, Locale locale) {
        var enrolment = enrolments.findById(enrolmentId)
                .orElseThrow(() -> new NotFoundException("enrolment", enrolmentId));
        var person = enrolment.person();
        String programme = catalogue.rules(enrolment.programmeId()).orElseThrow().name();
        outbox.enqueue(new OutgoingMail(person.email(), person.fullName(), locale,
                messages.getMessage("application.mail.subject", new Object[] {programme}, locale),
                messages.getMessage("application.mail.known.body", new Object[] {person.firstName(), programme},
                        locale),
                enrolment.programmeId(), "application-known-address"));
    }

    void confirm(long enrolmentId, Locale locale) {
        var enrolment = enrolments.findById(enrolmentId)
                .orElseThrow(() -> new NotFoundException("enrolment", enrolmentId));
        var person = enrolment.person();
        String programme = catalogue.rules(enrolment.programmeId()).orElseThrow().name();
        outbox.enqueue(new OutgoingMail(person.email(), person.fullName(), locale,
                messages.getMessage("application.mail.subject", new Object[] {programme}, locale),
                messages.getMessage("application.mail.body", new Object[] {person.firstName(), programme}, locale),
                enrolment.programmeId(), "application-confirmation"));
    }
}
