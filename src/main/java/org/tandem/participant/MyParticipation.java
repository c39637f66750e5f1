package org.tandem.participant;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.NotFoundException;

/**
 * What a signed-in mentor or mentee sees and decides of their own participation: their enrolments and their
 * consents, which they give and withdraw themselves. The account and the person meet on the e-mail address.
 */
@Service
public class MyParticipation {

    private final AccountService accounts;
    private final PersonRepository people;
    private final EnrolmentRepository enrolments;
    private final ConsentRepository consents;
    private final ConsentService consentService;
    private final ProgrammeCatalogue catalogue;
    private final ConsentTexts texts;
    private final Clock clock;

    MyParticipation(AccountService accounts, PersonRepository people, EnrolmentRepository enrolments,
            ConsentRepository consents, ConsentService consentService, ProgrammeCatalogue catalogue,
            ConsentTexts texts, Clock clock) {
        this.texts = texts;
        this.accounts = accounts;
        this.people = people;
        this.enrolments = enrolments;
        this.consents = consents;
        this.consentService = consentService;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OwnEnrolment> enrolments() {
        return me().stream().flatMap(person -> enrolments.findByPerson(person.id()).stream().map(e -> {
            var programme = catalogue.rules(e.programmeId()).orElseThrow();
            var cohort = catalogue.cohort(e.cohortId()).orElseThrow();
            var own = texts.views(e.programmeId(),
                    consents.findByPersonIdAndProgrammeIdOrderByGivenAt(person.id(), e.programmeId()));
            return new OwnEnrolment(e.id(), e.programmeId(), programme.name(), cohort.name(), e.role(), e.status(),
                    own);
        })).toList();
    }

    /** The signed-in person's enrolment ids, none for someone who is not a participant. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> enrolmentIds() {
        return me().stream().flatMap(person -> enrolments.findByPerson(person.id()).stream()).map(Enrolment::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The signed-in person's consents, programme by programme, with the texts in effect now. */
    @Transactional(readOnly = true)
    public List<OwnConsents> consents() {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return me().stream().filter(p -> p.programmeId() != null).map(person -> {
            long programmeId = person.programmeId();
            var rules = catalogue.rules(programmeId).orElseThrow();
            var current = texts.current(programmeId);
            var given = texts.views(programmeId,
                    consents.findByPersonIdAndProgrammeIdOrderByGivenAt(person.id(), programmeId));
            var purposes = java.util.Arrays.stream(ConsentPurpose.values())
                    .filter(purpose -> purpose != ConsentPurpose.SENSITIVE_DATA || rules.recordsMigrationBackground()
                            || given.stream().anyMatch(c -> c.purpose() == purpose))
                    .map(purpose -> {
                        var text = current.get(purpose);
                        var history = given.stream().filter(c -> c.purpose() == purpose).toList();
                        var inForce = history.stream().filter(EnrolmentView.ConsentView::active)
                                .reduce((a, b) -> b).orElse(null);
                        return new OwnConsents.PurposeState(purpose, text.number(), text.text(locale),
                                text.effectiveFrom(), inForce, inForce != null && inForce.askAgain(), history);
                    }).toList();
            return new OwnConsents(programmeId, rules.name(), purposes);
        }).toList();
    }

    /** The person agrees to the purpose's current text: a first consent, or a renewal of one for an older text. */
    @Transactional
    public void give(long programmeId, ConsentPurpose purpose) {
        var person = me().stream().filter(p -> enrolments.findByPerson(p.id()).stream()
                .anyMatch(e -> e.programmeId() == programmeId)).findFirst()
                .orElseThrow(() -> new NotFoundException("programme", programmeId));
        consentService.record(person.id(), programmeId, purpose, Instant.now(clock));
    }

    @Transactional
    public void withdraw(long consentId) {
        var mine = me().stream().map(Person::id).toList();
        var consent = consents.findById(consentId).filter(c -> mine.contains(c.personId()))
                .orElseThrow(() -> new NotFoundException("consent", consentId));
        consentService.withdraw(consent, Instant.now(clock));
    }

    /** The signed-in person's records, one per programme they take part in. */
    private List<Person> me() {
        return accounts.current().map(user -> people.findAllByEmail(Person.normalise(user.email())))
                .orElse(List.of());
    }
}
