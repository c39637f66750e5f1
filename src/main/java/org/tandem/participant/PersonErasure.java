package org.tandem.participant;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.account.CurrentUser;
import org.tandem.account.Role;
import org.tandem.account.UserSummary;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.Erased;
import org.tandem.privacy.Eraser;
import org.tandem.privacy.Erasure;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

/**
 * Who may erase whom (GDPR Art. 17), decided here because this module knows the people. An admin erases the whole
 * person on their request: every programme's record, the account and what is keyed by the address. A coordinator may
 * do the same only for a person who took part in their own programmes only and whose account is a participant's
 * (mentor, mentee): anybody else is an admin's to erase. Nobody erases themselves here. The retention run erases one
 * programme's record of a person; the account and the address go with it only when no other live record is left.
 */
@Service
public class PersonErasure {

    private static final Set<Role> PARTICIPANT_ROLES = EnumSet.of(Role.MENTOR, Role.MENTEE);

    private final AccountService accounts;
    private final PersonRepository people;
    private final EnrolmentRepository enrolments;
    private final Erasure erasure;

    PersonErasure(AccountService accounts, PersonRepository people, EnrolmentRepository enrolments, Erasure erasure) {
        this.accounts = accounts;
        this.people = people;
        this.enrolments = enrolments;
        this.erasure = erasure;
    }

    /** What erasing the person of an enrolment would take: their name and the records per module and kind. */
    public record Preview(long enrolmentId, String name, boolean erased, Map<String, Map<String, Long>> records) {
    }

    @Transactional(readOnly = true)
    public Preview preview(long enrolmentId) {
        var target = target(enrolmentId);
        return new Preview(enrolmentId, target.person().fullName(), target.person().erasedAt() != null,
                erasure.preview(target.subject()));
    }

    /** Erases the person of an enrolment; answers the erasure's id. */
    @Transactional
    public long erase(long enrolmentId, String reason) {
        var target = target(enrolmentId);
        if (target.person().erasedAt() != null) {
            throw new DomainException("erasure.already");
        }
        return erasure.erase(target.subject(), target.eraser(), requireReason(reason));
    }

    /** An admin erases the person behind an account (an employer contact, a facilitator, anybody with a sign-in). */
    @Transactional
    public long eraseAccount(long accountId, String reason) {
        var user = accounts.requireCurrent();
        if (!user.managesAllProgrammes()) {
            throw new NotFoundException("account", accountId);
        }
        var account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (account.id() == user.id()) {
            throw new DomainException("erasure.self");
        }
        if (Erased.isErased(account.email())) {
            throw new DomainException("erasure.already");
        }
        String email = Person.normalise(account.email());
        return erasure.erase(subject(people.findAllByEmail(email), account.id(), email),
                new Eraser(user.id(), user.email(), Eraser.Basis.ADMIN), requireReason(reason));
    }

    /**
     * The retention run: erases a programme's record of a person. Their account, mails and notes keyed by address go
     * too only when they have no other record that is not erased.
     */
    @Transactional
    public long eraseForRetention(long personId) {
        var person = people.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
        String email = person.email();
        boolean elsewhere = people.findAllByEmail(email).stream()
                .anyMatch(p -> !p.id().equals(personId) && p.erasedAt() == null);
        Long accountId = null;
        if (!elsewhere) {
            accountId = accounts.findByEmail(email).filter(a -> PARTICIPANT_ROLES.containsAll(accounts.rolesOf(a.id())))
                    .map(UserSummary::id).orElse(null);
        }
        var subject = subject(List.of(person), accountId, elsewhere ? null : email);
        return erasure.erase(subject, Eraser.retention(), Eraser.RETENTION_REASON);
    }

    private record Target(Person person, DataSubject subject, Eraser eraser) {
    }

    private Target target(long enrolmentId) {
        var user = accounts.requireCurrent();
        var enrolment = enrolments.findById(enrolmentId).filter(e -> user.mayManageProgramme(e.programmeId()))
                .orElseThrow(() -> new NotFoundException("enrolment", enrolmentId));
        var person = enrolment.person();
        String email = person.email();
        var records = people.findAllByEmail(email);
        var account = accounts.findByEmail(email).orElse(null);
        if (account != null && account.id() == user.id()) {
            throw new DomainException("erasure.self");
        }
        var basis = Eraser.Basis.ADMIN;
        if (!user.managesAllProgrammes()) {
            basis = Eraser.Basis.COORDINATOR;
            if (!mayEraseAsCoordinator(user, records, account)) {
                throw new DomainException("erasure.coordinator.elsewhere");
            }
        }
        return new Target(person, subject(records, account == null ? null : account.id(), email),
                new Eraser(user.id(), user.email(), basis));
    }

    private boolean mayEraseAsCoordinator(CurrentUser user, Collection<Person> records, UserSummary account) {
        return records.stream().allMatch(p -> user.mayManageProgramme(p.programmeId()))
                && (account == null || PARTICIPANT_ROLES.containsAll(accounts.rolesOf(account.id())));
    }

    private DataSubject subject(Collection<Person> records, Long accountId, String email) {
        Set<Long> personIds = records.stream().map(Person::id).collect(Collectors.toSet());
        Set<Long> enrolmentIds = personIds.stream().flatMap(id -> enrolments.findByPerson(id).stream())
                .map(Enrolment::id).collect(Collectors.toSet());
        return new DataSubject(personIds, enrolmentIds, accountId, email);
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new FieldException("reason", "erasure.reason.required");
        }
        if (reason.length() > 500) {
            throw new FieldException("reason", "erasure.reason.tooLong", 500);
        }
        return reason.trim();
    }
}
