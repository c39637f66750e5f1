package org.tandem.employer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.account.CurrentUser;
import org.tandem.account.Role;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Versions;

/**
 * Employers as coordinators manage them: admins see all, coordinators the employers recruited for a programme
 * assigned to them, and of those only the recruitments and mentors of their own programmes. Anything outside
 * that scope does not exist for the caller (404).
 */
@Service
public class EmployerService {

    private final EmployerRepository employers;
    private final EmployerSupport support;
    private final AccountService accounts;
    private final Clock clock;

    EmployerService(EmployerRepository employers, EmployerSupport support, AccountService accounts, Clock clock) {
        this.employers = employers;
        this.support = support;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<EmployerSummary> list(EmployerFilter filter) {
        var user = manager();
        var names = support.programmeNames();
        Set<Long> scope = user.managesAllProgrammes() ? null : user.programmeIds();
        var candidates = scope == null ? employers.findAllByOrderByName()
                : scope.isEmpty() ? List.<Employer>of() : employers.findInProgrammes(scope);
        return candidates.stream().filter(e -> filter.matches(e, scope))
                .map(e -> new EmployerSummary(e.id(), e.name(), e.city(), e.country(), e.sector(),
                        e.heavyProfession(), e.sizeBand(), e.recruitments().stream()
                                .filter(r -> scope == null || scope.contains(r.programmeId()))
                                .map(r -> new EmployerSummary.Stage(r.programmeId(), names.get(r.programmeId()),
                                        r.stage()))
                                .toList()))
                .toList();
    }

    @Transactional(readOnly = true)
    public EmployerView get(long employerId) {
        var user = manager();
        var employer = visible(user, employerId);
        var names = support.programmeNames();
        var contacts = employer.contacts();
        var mentors = support.mentors(employer.id(), user::mayManageProgramme, names);
        return new EmployerView(employer.id(), employer.name(), employer.sector(), employer.heavyProfession(),
                employer.sizeBand(), employer.country(), employer.city(), employer.notes(),
                IntStream.range(0, contacts.size()).mapToObj(i -> {
                    var c = contacts.get(i);
                    return new ContactView(i, c.name(), c.email(), c.phone(), c.role(), c.userId());
                }).toList(),
                employer.recruitments().stream().filter(r -> user.mayManageProgramme(r.programmeId()))
                        .map(r -> RecruitmentView.from(r, names.get(r.programmeId()))).toList(),
                mentors, EmployerSupport.byGroup(mentors), employer.version());
    }

    /**
     * The contact people with an account of these employers, for a module that asks them something on its own
     * schedule (no signed-in user): it decides itself who may see them.
     */
    @Transactional(readOnly = true)
    public List<EmployerContactAccount> contactAccounts(java.util.Collection<Long> employerIds) {
        return employerIds.isEmpty() ? List.of() : employers.findAllById(employerIds).stream()
                .flatMap(e -> e.contacts().stream().filter(c -> c.userId() != null)
                        .map(c -> new EmployerContactAccount(e.id(), c.userId(), c.name(), c.email())))
                .toList();
    }

    /** The employer with this name in this city, if the caller may see it. */
    @Transactional(readOnly = true)
    public Optional<Long> find(String name, String city) {
        var user = manager();
        return employers.findByNaturalKey(Employer.naturalKey(name, city))
                .filter(e -> maySee(user, e)).map(Employer::id);
    }

    /** A new employer enters the pipeline of one programme the caller manages, as a prospect. */
    @Transactional
    public long create(EmployerDetails details, long programmeId) {
        var user = manager();
        requireProgramme(user, programmeId);
        if (employers.existsByNaturalKey(Employer.naturalKey(details.name(), details.city()))) {
            throw new FieldException("name", "employer.name.taken");
        }
        var employer = new Employer(details, now());
        employer.recruitFor(programmeId, now(), user.displayName());
        return employers.save(employer).id();
    }

    @Transactional
    public void describe(long employerId, EmployerDetails details, Long version) {
        var employer = visible(manager(), employerId);
        Versions.require(version, employer.version());
        if (employers.existsByNaturalKeyAndIdNot(Employer.naturalKey(details.name(), details.city()), employerId)) {
            throw new FieldException("name", "employer.name.taken");
        }
        employer.describe(details);
    }

    @Transactional
    public void addContact(long employerId, ContactDetails contact) {
        var employer = visible(manager(), employerId);
        Long userId = null;
        if (contact.userEmail() != null && !contact.userEmail().isBlank()) {
            var account = accounts.findByEmail(contact.userEmail().trim())
                    .orElseThrow(() -> new FieldException("userEmail", "employer.contact.user.unknown"));
            var roles = accounts.callAs(account.email(), accounts::requireCurrent);
            if (!roles.has(Role.EMPLOYER_CONTACT)) {
                throw new FieldException("userEmail", "employer.contact.user.role");
            }
            if (employers.findByContactUser(account.id()).isPresent()) {
                throw new FieldException("userEmail", "employer.contact.user.linked");
            }
            userId = account.id();
        }
        employer.addContact(contact, userId);
    }

    @Transactional
    public void removeContact(long employerId, int index) {
        visible(manager(), employerId).removeContact(index);
    }

    @Transactional
    public void recruitFor(long employerId, long programmeId) {
        var user = manager();
        requireProgramme(user, programmeId);
        visible(user, employerId).recruitFor(programmeId, now(), user.displayName());
    }

    @Transactional
    public void moveTo(long employerId, long programmeId, PipelineStage stage, String reason) {
        var user = manager();
        requireScope(user, programmeId);
        visible(user, employerId).moveTo(programmeId, stage, reason, now(), user.displayName());
    }

    @Transactional
    public void pledge(long employerId, long programmeId, int mentors, int hoursPerMonth, Long version) {
        var user = manager();
        requireScope(user, programmeId);
        visible(user, employerId).pledge(programmeId, mentors, hoursPerMonth, version);
    }

    /** A coordinator enters a nomination the employer made by other means (a call, an e-mail). */
    @Transactional
    public java.util.Optional<Long> nominate(long employerId, Nomination nomination) {
        var user = manager();
        var employer = visible(user, employerId);
        return support.nominate(employer, nomination);
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private CurrentUser manager() {
        var user = accounts.requireCurrent();
        if (!user.has(Role.ADMIN) && !user.has(Role.COORDINATOR)) {
            throw new NotFoundException("employer", "");
        }
        return user;
    }

    /** A programme chosen in a form: outside the caller's scope it is reported at the field. */
    private void requireProgramme(CurrentUser user, long programmeId) {
        if (!user.mayManageProgramme(programmeId) || !support.programmeExists(programmeId)) {
            throw new FieldException("programmeId", "employer.programme.unknown");
        }
    }

    /** A programme in a path: outside the caller's scope it does not exist. */
    private static void requireScope(CurrentUser user, long programmeId) {
        if (!user.mayManageProgramme(programmeId)) {
            throw new NotFoundException("programme", programmeId);
        }
    }

    private Employer visible(CurrentUser user, long employerId) {
        return employers.findById(employerId).filter(e -> maySee(user, e))
                .orElseThrow(() -> new NotFoundException("employer", employerId));
    }

    private static boolean maySee(CurrentUser user, Employer employer) {
        return user.managesAllProgrammes()
                || employer.recruitments().stream().anyMatch(r -> user.mayManageProgramme(r.programmeId()));
    }
}
