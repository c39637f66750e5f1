package org.tandem.participant;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.account.UserSummary;
import org.tandem.privacy.DataExport;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.Requester;
import org.tandem.privacy.SubjectAccess;
import org.tandem.shared.NotFoundException;

/**
 * Who may download whose data (GDPR Art. 15 and 20), decided here because this module knows the people: the signed-in
 * person their own (all their records, their account and address); an admin, on the person's request, the same; a
 * coordinator the records of the programmes they manage, without what is keyed by account or address. Anyone else
 * finds no such participant.
 */
@Service
public class PersonalDataDownloads {

    private final AccountService accounts;
    private final PersonRepository people;
    private final EnrolmentRepository enrolments;
    private final SubjectAccess access;

    PersonalDataDownloads(AccountService accounts, PersonRepository people, EnrolmentRepository enrolments,
            SubjectAccess access) {
        this.accounts = accounts;
        this.people = people;
        this.enrolments = enrolments;
        this.access = access;
    }

    /** The signed-in person's own data; a person without participant records still has an account and mails. */
    @Transactional
    public DataExport mine(Requester.Format format) {
        var user = accounts.requireCurrent();
        String email = Person.normalise(user.email());
        var subject = subject(people.findAllByEmail(email), user.id(), email);
        return access.download(subject, new Requester(user.id(), user.email(), Requester.Scope.SELF, format), null);
    }

    /** The data of the person of an enrolment the signed-in admin or coordinator manages. */
    @Transactional
    public DataExport ofEnrolment(long enrolmentId, Requester.Format format) {
        var user = accounts.requireCurrent();
        var enrolment = enrolments.findById(enrolmentId).filter(e -> user.mayManageProgramme(e.programmeId()))
                .orElseThrow(() -> new NotFoundException("enrolment", enrolmentId));
        String email = enrolment.person().email();
        var records = people.findAllByEmail(email);
        DataSubject subject;
        Requester.Scope scope;
        if (user.managesAllProgrammes()) {
            subject = subject(records, accounts.findByEmail(email).map(UserSummary::id).orElse(null), email);
            scope = Requester.Scope.ADMIN;
        } else {
            subject = subject(records.stream().filter(p -> user.mayManageProgramme(p.programmeId())).toList(), null,
                    null);
            scope = Requester.Scope.COORDINATOR;
        }
        return access.download(subject, new Requester(user.id(), user.email(), scope, format), enrolmentId);
    }

    private DataSubject subject(Collection<Person> records, Long accountId, String email) {
        Set<Long> personIds = records.stream().map(Person::id).collect(Collectors.toSet());
        Set<Long> enrolmentIds = personIds.stream().flatMap(id -> enrolments.findByPerson(id).stream())
                .map(Enrolment::id).collect(Collectors.toSet());
        return new DataSubject(personIds, enrolmentIds, accountId, email);
    }

    /** The modules an export is made of, for the page's table of contents. */
    public List<String> modules() {
        return access.modules();
    }
}
