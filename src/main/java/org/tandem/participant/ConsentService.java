package org.tandem.participant;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.programme.ProgrammeRules;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

/** Consents, and the sensitive data that needs one. Withdrawing is one step, like giving. */
@Service
public class ConsentService {

    private final ConsentRepository consents;
    private final SensitiveRecordRepository sensitive;
    private final EnrolmentRepository enrolments;
    private final ParticipantAccess access;
    private final ConsentTexts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentService(ConsentRepository consents, SensitiveRecordRepository sensitive, EnrolmentRepository enrolments,
            ParticipantAccess access, ConsentTexts texts, ApplicationEventPublisher events, Clock clock) {
        this.consents = consents;
        this.texts = texts;
        this.sensitive = sensitive;
        this.enrolments = enrolments;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The person agrees to the purpose's current text. A consent still in force for an older version is renewed:
     * it ends (not withdrawn) and the new one points at the current version; one already for it stays as it is.
     */
    void record(long personId, long programmeId, ConsentPurpose purpose, Instant now) {
        int current = texts.versionToAgree(programmeId, purpose, now);
        var active = consents.findByPersonIdAndProgrammeIdAndPurposeAndWithdrawnAtIsNull(personId, programmeId,
                purpose);
        if (active.stream().anyMatch(c -> c.textVersion() >= current)) {
            return;
        }
        active.forEach(c -> c.renew(now));
        consents.save(new Consent(personId, programmeId, purpose, current, now));
    }

    boolean active(long personId, long programmeId, ConsentPurpose purpose) {
        return consents.existsByPersonIdAndProgrammeIdAndPurposeAndWithdrawnAtIsNull(personId, programmeId, purpose);
    }

    /** The checks of {@link #recordSensitive} on what a form brings, before anything is written. */
    void checkSensitive(ProgrammeRules rules, java.util.Set<ConsentPurpose> given, String countryOfBirth) {
        check(rules, given.contains(ConsentPurpose.SENSITIVE_DATA), countryOfBirth);
    }

    private static void check(ProgrammeRules rules, boolean consented, String countryOfBirth) {
        if (!rules.recordsMigrationBackground()) {
            throw new FieldException("migrationBackground", "sensitive.notRecorded");
        }
        if (!consented) {
            throw new FieldException("migrationBackground", "sensitive.consentRequired");
        }
        if (countryOfBirth != null && !countryOfBirth.isBlank() && !countryOfBirth.trim().matches("[A-Za-z]{2}")) {
            throw new FieldException("countryOfBirth", "sensitive.country.invalid");
        }
    }

    void recordSensitive(long personId, ProgrammeRules rules, String countryOfBirth, MigrationBackground background,
            Instant now) {
        check(rules, active(personId, rules.programmeId(), ConsentPurpose.SENSITIVE_DATA), countryOfBirth);
        sensitive.findByPersonIdAndProgrammeId(personId, rules.programmeId()).ifPresentOrElse(
                record -> record.change(countryOfBirth, background, now),
                () -> sensitive.save(new SensitiveRecord(personId, rules.programmeId(), countryOfBirth, background,
                        now)));
    }

    /** A coordinator records a consent the person gave (on paper, at the intake) to the current text. */
    @Transactional
    public void give(long enrolmentId, ConsentPurpose purpose) {
        var enrolment = manageable(enrolmentId);
        record(enrolment.person().id(), enrolment.programmeId(), purpose, Instant.now(clock));
    }

    /**
     * Withdrawing consent for sensitive data also erases that data; withdrawing consent to take part ends the
     * person's participation in the programme ({@link ConsentWithdrawn}, see {@link ConsentReactions}).
     */
    @Transactional
    public void withdraw(long enrolmentId, long consentId) {
        var enrolment = manageable(enrolmentId);
        var consent = consents.findById(consentId)
                .filter(c -> c.personId() == enrolment.person().id() && c.programmeId() == enrolment.programmeId())
                .orElseThrow(() -> new NotFoundException("consent", consentId));
        withdraw(consent, Instant.now(clock));
    }

    void withdraw(Consent consent, Instant at) {
        consent.withdraw(at);
        if (consent.purpose() == ConsentPurpose.SENSITIVE_DATA) {
            sensitive.deleteByPersonIdAndProgrammeId(consent.personId(), consent.programmeId());
        }
        events.publishEvent(new ConsentWithdrawn(consent.personId(), consent.programmeId(), consent.purpose()));
    }

    private Enrolment manageable(long enrolmentId) {
        return access.manageable(enrolments.findById(enrolmentId)
                .orElseThrow(() -> new NotFoundException("enrolment", enrolmentId)));
    }
}
