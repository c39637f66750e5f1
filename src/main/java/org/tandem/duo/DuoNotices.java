package org.tandem.duo;

import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tandem.account.AccountService;
import org.tandem.notification.OutboxService;
import org.tandem.notification.OutgoingMail;
import org.tandem.participant.Addressee;
import org.tandem.participant.DuoEvents.DuoProposed;
import org.tandem.participant.ParticipantQueries;
import org.tandem.programme.ProgrammeCatalogue;

/**
 * Mails about duos, each in its reader's language: a proposal (each member learns only the other's first name;
 * contact details stay with the coordinators until both say yes), reminders, and a duo ended by a withdrawal. Mails
 * are queued in the outbox in the transaction of the step they report (the outbox is the transactional mail queue
 * of every module), so none is sent for a step that rolled back, and none is lost for one that committed.
 */
@Component
class DuoNotices {

    private static final Locale COORDINATORS = Locale.forLanguageTag("nl");

    private final ParticipantQueries participants;
    private final ProgrammeCatalogue catalogue;
    private final AccountService accounts;
    private final OutboxService outbox;
    private final MessageSource messages;
    private final String baseUrl;

    DuoNotices(ParticipantQueries participants, ProgrammeCatalogue catalogue, AccountService accounts,
            OutboxService outbox, MessageSource messages, @Value("${tandem.base-url:http://localhost:8080}") String baseUrl) {
        this.participants = participants;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(DuoProposed proposed) {
        var people = participants.addressees(List.of(proposed.mentorEnrolmentId(), proposed.menteeEnrolmentId()));
        var mentor = people.get(proposed.mentorEnrolmentId());
        var mentee = people.get(proposed.menteeEnrolmentId());
        String programme = programme(proposed.programmeId());
        mail(mentor, "duo-proposed", "duo.proposed.mail.subject", new Object[] {programme},
                "duo.proposed.mail.body", new Object[] {mentor.firstName(), mentee.firstName(), programme});
        mail(mentee, "duo-proposed", "duo.proposed.mail.subject", new Object[] {programme},
                "duo.proposed.mail.body", new Object[] {mentee.firstName(), mentor.firstName(), programme});
    }

    /**
     * Reminds both members of a duo of something that needs doing: the signal's code picks the text
     * (duo.reminder.mail.*.CODE), {@code detail} is its number (days without a meeting, say).
     */
    void reminder(Duo duo, String signalCode, long detail) {
        var people = participants.addressees(List.of(duo.mentorEnrolmentId(), duo.menteeEnrolmentId()));
        var mentor = people.get(duo.mentorEnrolmentId());
        var mentee = people.get(duo.menteeEnrolmentId());
        String programme = programme(duo.programmeId());
        for (var pair : List.of(List.of(mentor, mentee), List.of(mentee, mentor))) {
            var to = pair.get(0);
            mail(to, "duo-reminder", "duo.reminder.mail.subject." + signalCode, new Object[] {programme},
                    "duo.reminder.mail.body." + signalCode,
                    new Object[] {to.firstName(), pair.get(1).firstName(), programme, detail});
        }
    }

    /** The partner of a withdrawn member, and the programme's coordinators, learn that the duo has ended. */
    void memberWithdrew(Duo duo, DuoSide withdrawnSide) {
        var people = participants.addressees(List.of(duo.mentorEnrolmentId(), duo.menteeEnrolmentId()));
        var gone = people.get(duo.enrolmentId(withdrawnSide));
        var partner = people.get(duo.enrolmentId(withdrawnSide == DuoSide.MENTOR ? DuoSide.MENTEE : DuoSide.MENTOR));
        String programme = programme(duo.programmeId());
        mail(partner, "duo-withdrawn", "duo.withdrawn.mail.subject", new Object[] {programme},
                "duo.withdrawn.mail.body", new Object[] {partner.firstName(), gone.firstName(), programme});
        String link = baseUrl + "/duos/" + duo.id();
        for (var coordinator : accounts.assignedTo(duo.programmeId())) {
            outbox.enqueue(new OutgoingMail(coordinator.email(), coordinator.displayName(), COORDINATORS,
                    messages.getMessage("duo.withdrawn.coordinator.subject", new Object[] {gone.fullName()},
                            COORDINATORS),
                    messages.getMessage("duo.withdrawn.coordinator.body", new Object[] {coordinator.displayName(),
                            gone.fullName(), programme, partner.fullName(), link}, COORDINATORS),
                    duo.programmeId(), "duo-withdrawn"));
        }
    }

    private void mail(Addressee to, String kind, String subjectKey, Object[] subjectArgs, String bodyKey,
            Object[] bodyArgs) {
        outbox.enqueue(new OutgoingMail(to.email(), to.fullName(), to.locale(),
                messages.getMessage(subjectKey, subjectArgs, to.locale()),
                messages.getMessage(bodyKey, bodyArgs, to.locale()), to.programmeId(), kind));
    }

    private String programme(long programmeId) {
        return catalogue.rules(programmeId).orElseThrow().name();
    }
}
