package org.tandem.employer;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.account.Role;
import org.tandem.shared.NotFoundException;

/**
 * The employer contact's own employer, and nothing else: the employer is found through the signed-in user's
 * contact link, so no id from outside can reach another employer or another employer's employee (404).
 */
@Service
public class MyEmployerService {

    private final EmployerRepository employers;
    private final EmployerSupport support;
    private final AccountService accounts;

    MyEmployerService(EmployerRepository employers, EmployerSupport support, AccountService accounts) {
        this.employers = employers;
        this.support = support;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public MyEmployerView get() {
        var employer = mine();
        var names = support.programmeNames();
        var mentors = support.mentors(employer.id(), programmeId -> true, names);
        var pledges = employer.recruitments().stream()
                .filter(r -> r.stage() != PipelineStage.PROSPECT && r.stage() != PipelineStage.DECLINED)
                .map(r -> new MyEmployerView.Pledge(r.programmeId(), names.get(r.programmeId()), r.stage(),
                        r.pledgedMentors(), r.hoursPerMonth(),
                        mentors.stream().filter(m -> m.programmeId() == r.programmeId()
                                && m.group() != MentorGroup.STOPPED).count()))
                .toList();
        return new MyEmployerView(employer.id(), employer.name(), employer.city(), employer.country(), pledges,
                mentors, EmployerSupport.byGroup(mentors), support.nominationCohorts(employer));
    }

    /** Whether the signed-in user speaks for an employer (the page shows a hint otherwise). */
    @Transactional(readOnly = true)
    public boolean linked() {
        var user = accounts.requireCurrent();
        return user.has(Role.EMPLOYER_CONTACT) && employers.findByContactUser(user.id()).isPresent();
    }

    @Transactional(readOnly = true)
    public MentorView mentor(long enrolmentId) {
        var employer = mine();
        return mentors(employer).stream().filter(m -> m.enrolmentId() == enrolmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("mentor", enrolmentId));
    }

    /**
     * The new enrolment, or empty when the address was already known to the programme: then nobody is attached and
     * the caller must be answered exactly as for a new one (no name, no sign that the address was known).
     */
    @Transactional
    public java.util.Optional<Long> nominate(Nomination nomination) {
        return support.nominate(mine(), nomination);
    }

    private List<MentorView> mentors(Employer employer) {
        return support.mentors(employer.id(), programmeId -> true, support.programmeNames());
    }

    private Employer mine() {
        var user = accounts.requireCurrent();
        if (!user.has(Role.EMPLOYER_CONTACT)) {
            throw new NotFoundException("employer", "mine");
        }
        return employers.findByContactUser(user.id()).orElseThrow(() -> new NotFoundException("employer", "mine"));
    }

    /** The id of the caller's own employer, if they speak for one. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> myEmployerId() {
        var user = accounts.requireCurrent();
        return user.has(Role.EMPLOYER_CONTACT)
                ? employers.findByContactUser(user.id()).map(Employer::id) : java.util.Optional.empty();
    }
}
