package org.tandem.participant;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.notification.OutboxService;
import org.tandem.notification.OutgoingMail;
import org.tandem.programme.ProgrammeCatalogue;

/** Asks somebody the programme already knows whether they agree to an employer's nomination (in their language). */
@Component
class NominationMails {

    private final ProgrammeCatalogue catalogue;
    private final OutboxService outbox;
    private final MessageSource messages;

    NominationMails(ProgrammeCatalogue catalogue, OutboxService outbox, MessageSource messages) {
        this.catalogue = catalogue;
        this.outbox = outbox;
        this.messages = messages;
    }

    void askKnownPerson(Person person, long programmeId, String employerName) {
        var language = person.data().preferredLanguage();
        Locale locale = Locale.forLanguageTag(language == null ? "nl" : language.code());
        String programme = catalogue.rules(programmeId).orElseThrow().name();
        outbox.enqueue(new OutgoingMail(person.email(), person.fullName(), locale,
                messages.getMessage("nomination.mail.known.subject", new Object[] {programme}, locale),
                messages.getMessage("nomination.mail.known.body",
                        new Object[] {person.firstName(), programme, employerName}, locale),
                programmeId, "nomination-known-address"));
    }
}
