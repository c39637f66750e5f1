package org.tandem.activity.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.account.CurrentUser;
import org.tandem.account.Role;
import org.tandem.activity.calendar.InviteChanged;
import org.tandem.activity.calendar.InviteChanged.Change;
import org.tandem.activity.calendar.Invitee;
import org.tandem.employer.EmployerDirectory;
import org.tandem.employer.EmployerDirectory.EmployerRef;
import org.tandem.participant.EmployeeMentor;
import org.tandem.participant.EnrolmentSummary;
import org.tandem.participant.MyParticipation;
import org.tandem.participant.OwnEnrolment;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Versions;

/**
 * Employer contact moments. Coordinators of the programme (and admins) see and keep all of a programme's; an
 * employer contact those of their own employer's released mentors (found through their account, so no id reaches
 * another employer); a mentor sees their own, read-only. For anybody else none of it exists (404). Planning, moving
 * and cancelling a moment tells the mentor and the employer contact through {@link InviteChanged}.
 */
@Service
public class ContactMomentService {

    private final ContactPlanRepository plans;
    private final ContactMomentRepository moments;
    private final ContactProgress progress;
    private final ContactCalendarEntries entries;
    private final EmployerDirectory employers;
    private final MyParticipation me;
    private final ParticipantQueries participants;
    private final ProgrammeCatalogue catalogue;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactMomentService(ContactPlanRepository plans, ContactMomentRepository moments, ContactProgress progress,
            ContactCalendarEntries entries, EmployerDirectory employers, MyParticipation me,
            ParticipantQueries participants, ProgrammeCatalogue catalogue, AccountService accounts, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.moments = moments;
        this.progress = progress;
        this.entries = entries;
        this.employers = employers;
        this.me = me;
        this.participants = participants;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    // --- the plan

    @Transactional(readOnly = true)
    public PlanView plan(long programmeId) {
        requireManage(programmeId);
        return PlanView.from(progress.planOf(programmeId), plans.existsById(programmeId));
    }

    /** Saves the programme's plan; a step that moments were planned or held for is not removed. */
    @Transactional
    public PlanView definePlan(long programmeId, PlanDefinition definition) {
        requireManage(programmeId);
        var saved = plans.findById(programmeId);
        if (saved.isPresent()) {
            Versions.require(definition.version(), saved.get().version());
        }
        var plan = saved.orElseGet(() -> new ContactPlan(programmeId));
        plan.define(definition);
        if (moments.existsByProgrammeIdAndStepGreaterThanEqual(programmeId, plan.steps().size())) {
            throw new FieldException("steps", "contact.plan.stepInUse");
        }
        return PlanView.from(plans.saveAndFlush(plan), true);
    }

    /**
     * The steps of a programme's plan, for the forms of whoever plans or records moments in it: its coordinators and
     * the employer contacts with released mentors in it.
     */
    @Transactional(readOnly = true)
    public List<PlanView.Step> steps(long programmeId) {
        var user = accounts.requireCurrent();
        boolean coordinator = catalogue.rules(programmeId).isPresent() && user.mayManageProgramme(programmeId);
        boolean employer = myEmployer().map(e -> progress.programmesOf(e.id()).contains(programmeId)).orElse(false);
        if (!coordinator && !employer) {
            throw new NotFoundException("programme", programmeId);
        }
        return PlanView.from(progress.planOf(programmeId), true).steps();
    }

    // --- overviews

    /** A programme's contact moments for its coordinators: employers with overdue moments first. */
    @Transactional(readOnly = true)
    public ContactOverview programme(long programmeId) {
        requireManage(programmeId);
        return progress.overview(programmeId, null, today());
    }

    /** The signed-in employer contact's released mentors and their moments, per programme. */
    @Transactional(readOnly = true)
    public List<ContactOverview> myEmployees() {
        var employer = myEmployer().orElseThrow(() -> new NotFoundException("employer", "mine"));
        return progress.programmesOf(employer.id()).stream()
                .map(programmeId -> progress.overview(programmeId, employer.id(), today())).toList();
    }

    /** The signed-in mentor's own contact moments, for each enrolment in which an employer released them. */
    @Transactional(readOnly = true)
    public List<MentorMoments> mine() {
        var list = new ArrayList<MentorMoments>();
        for (OwnEnrolment enrolment : me.enrolments()) {
            if (enrolment.role() != ParticipantRole.MENTOR) {
                continue;
            }
            employerOf(enrolment.programmeId(), enrolment.enrolmentId()).ifPresent(employer -> progress
                    .overview(enrolment.programmeId(), employer.id(), today()).employers().stream()
                    .flatMap(e -> e.mentors().stream()).filter(m -> m.enrolmentId() == enrolment.enrolmentId())
                    .findFirst().ifPresent(list::add));
        }
        return list;
    }

    /** One moment, for whoever may see it. */
    @Transactional(readOnly = true)
    public MomentView moment(long momentId) {
        var moment = moments.findById(momentId).orElseThrow(() -> new NotFoundException("contact moment", momentId));
        readable(moment);
        return view(moment);
    }

    /** Whether the signed-in user may plan, move, cancel and record this moment (the mentor may not). */
    @Transactional(readOnly = true)
    public boolean mayKeep(long momentId) {
        var moment = moments.findById(momentId).orElseThrow(() -> new NotFoundException("contact moment", momentId));
        return readable(moment) != Viewer.MENTOR;
    }

    /** The released mentors the signed-in user may plan or record moments for, in one programme (or all). */
    @Transactional(readOnly = true)
    public List<MentorChoice> mentorChoices(Long programmeId) {
        var user = accounts.requireCurrent();
        var list = new ArrayList<MentorChoice>();
        if (programmeId != null && user.mayManageProgramme(programmeId)) {
            for (var employer : employers.committedTo(programmeId)) {
                progress.releasedMentors(programmeId, employer.id())
                        .forEach(m -> list.add(MentorChoice.of(m, programmeId, employer)));
            }
            return list;
        }
        var employer = myEmployer().orElseThrow(() -> new NotFoundException("employer", "mine"));
        for (long programme : progress.programmesOf(employer.id())) {
            if (programmeId == null || programmeId == programme) {
                progress.releasedMentors(programme, employer.id())
                        .forEach(m -> list.add(MentorChoice.of(m, programme, employer)));
            }
        }
        return list;
    }

    /** A released mentor as a choice in a form, with the steps of the programme's plan. */
    public record MentorChoice(long enrolmentId, String name, long programmeId, long employerId, String employerName) {

        static MentorChoice of(EmployeeMentor m, long programmeId, EmployerRef employer) {
            return new MentorChoice(m.enrolmentId(), m.firstName() + " " + m.lastName(), programmeId, employer.id(),
                    employer.name());
        }
    }

    // --- commands

    /**
     * Plans a moment with a released mentor: a coordinator of the mentor's programme for any employer's mentor, an
     * employer contact for their own employees only. The mentor and the employer contact get an invite.
     */
    @Transactional
    public MomentView planMoment(MomentPlanning planning) {
        var released = released(planning.mentorEnrolmentId());
        requireStep(released.programmeId(), planning.step());
        var moment = ContactMoment.plan(released.programmeId(), released.employer().id(),
                released.mentor().enrolmentId(), released.contactAccountId(), planning, now(), who());
        moments.saveAndFlush(moment);
        tell(moment, Change.REGISTERED);
        return view(moment);
    }

    /** Moves a planned moment; both are told. */
    @Transactional
    public MomentView reschedule(long momentId, MomentPlanning planning) {
        var moment = keepable(momentId);
        Versions.require(planning.version(), moment.version());
        moment.reschedule(planning, now());
        moments.flush();
        tell(moment, Change.UPDATED);
        return view(moment);
    }

    /** Calls a planned moment off; both are told. */
    @Transactional
    public MomentView cancel(long momentId, Long version) {
        var moment = keepable(momentId);
        Versions.require(version, moment.version());
        moment.cancel();
        moments.flush();
        tell(moment, Change.CANCELLED);
        return view(moment);
    }

    /** Records a planned moment as held (or corrects a held one). */
    @Transactional
    public MomentView record(long momentId, MomentRecording recording) {
        var moment = keepable(momentId);
        Versions.require(recording.version(), moment.version());
        if (recording.step() != null && !recording.step().equals(moment.step())) {
            requireStep(moment.programmeId(), recording.step());
            requireStepOpen(moment.mentorEnrolmentId(), moment.programmeId(), recording.step(), moment.id());
        }
        moment.record(recording, today(), Instant.now(clock), who());
        moments.flush();
        return view(moment);
    }

    /** Records a moment that was held without being planned in Tandem first. */
    @Transactional
    public MomentView recordHeld(MomentRecording recording) {
        var released = released(recording.mentorEnrolmentId());
        requireStep(released.programmeId(), recording.step());
        if (recording.step() != null) {
            requireStepOpen(released.mentor().enrolmentId(), released.programmeId(), recording.step(), null);
        }
        var moment = ContactMoment.held(released.programmeId(), released.employer().id(),
                released.mentor().enrolmentId(), released.contactAccountId(), recording, today(),
                Instant.now(clock), who());
        return view(moments.saveAndFlush(moment));
    }

    // --- access and helpers

    private enum Viewer { COORDINATOR, EMPLOYER, MENTOR }

    private record Released(EmployeeMentor mentor, long programmeId, EmployerRef employer, Long contactAccountId) {
    }

    /**
     * The released mentor a new moment is for: for an employer contact one of their own employees, for a coordinator
     * one released to a programme of theirs; anyone else is refused at the field.
     */
    private Released released(Long mentorEnrolmentId) {
        if (mentorEnrolmentId == null) {
            throw new FieldException("mentorEnrolmentId", "contact.moment.mentor.required");
        }
        var user = accounts.requireCurrent();
        var mine = myEmployer();
        if (mine.isPresent()) {
            var employer = mine.get();
            for (long programmeId : progress.programmesOf(employer.id())) {
                var found = progress.releasedMentors(programmeId, employer.id()).stream()
                        .filter(m -> m.enrolmentId() == mentorEnrolmentId).findFirst();
                if (found.isPresent()) {
                    return new Released(found.get(), programmeId, employer, user.id());
                }
            }
        }
        if (user.has(Role.ADMIN) || user.has(Role.COORDINATOR)) {
            EnrolmentSummary summary;
            try {
                summary = participants.get(mentorEnrolmentId).summary();
            } catch (NotFoundException e) {
                throw new FieldException("mentorEnrolmentId", "contact.moment.mentor.notEmployee");
            }
            var employer = summary.employerId() == null ? Optional.<EmployerRef>empty()
                    : employers.find(summary.employerId());
            if (summary.role() == ParticipantRole.MENTOR && summary.status().isEnrolled() && employer.isPresent()) {
                var ids = employer.get().contactAccountIds();
                return new Released(new EmployeeMentor(summary.id(), summary.firstName(), summary.lastName(),
                        summary.cohortId(), summary.status()), summary.programmeId(), employer.get(),
                        ids.isEmpty() ? null : ids.get(0));
            }
        } else if (mine.isEmpty()) {
            throw new NotFoundException("contact moment", "new");
        }
        throw new FieldException("mentorEnrolmentId", "contact.moment.mentor.notEmployee");
    }

    private void requireStep(long programmeId, Integer step) {
        if (step != null && !progress.planOf(programmeId).hasStep(step)) {
            throw new FieldException("step", "contact.moment.step.unknown");
        }
    }

    /** One held moment per step and mentor: a second one is an extra moment (no step). */
    private void requireStepOpen(long mentorEnrolmentId, long programmeId, int step, Long except) {
        boolean held = moments.findByMentorEnrolmentIdInOrderByIdAsc(List.of(mentorEnrolmentId)).stream()
                .anyMatch(m -> m.programmeId() == programmeId && m.step() != null && m.step() == step
                        && m.state() == MomentState.HELD && !m.id().equals(except));
        if (held) {
            throw new FieldException("step", "contact.moment.step.held");
        }
    }

    private Viewer readable(ContactMoment moment) {
        var user = accounts.requireCurrent();
        if (user.mayManageProgramme(moment.programmeId())) {
            return Viewer.COORDINATOR;
        }
        var mine = myEmployer();
        if (mine.isPresent() && mine.get().id() == moment.employerId()) {
            return Viewer.EMPLOYER;
        }
        if (user.has(Role.MENTOR) && me.enrolmentIds().contains(moment.mentorEnrolmentId())) {
            return Viewer.MENTOR;
        }
        throw new NotFoundException("contact moment", moment.id());
    }

    private ContactMoment keepable(long momentId) {
        var moment = moments.findById(momentId).orElseThrow(() -> new NotFoundException("contact moment", momentId));
        if (readable(moment) == Viewer.MENTOR) {
            // the mentor sees their moments but does not keep them: nothing to change here for them
            throw new NotFoundException("contact moment", momentId);
        }
        return moment;
    }

    private Optional<EmployerRef> myEmployer() {
        var user = accounts.requireCurrent();
        return user.has(Role.EMPLOYER_CONTACT) ? employers.ofContactAccount(user.id()) : Optional.empty();
    }

    private Optional<EmployerRef> employerOf(long programmeId, long enrolmentId) {
        return employers.committedTo(programmeId).stream().filter(e -> progress.releasedMentors(programmeId, e.id())
                .stream().anyMatch(m -> m.enrolmentId() == enrolmentId)).findFirst();
    }

    private void requireManage(long programmeId) {
        if (catalogue.rules(programmeId).isEmpty() || !accounts.requireCurrent().mayManageProgramme(programmeId)) {
            throw new NotFoundException("programme", programmeId);
        }
    }

    private void tell(ContactMoment moment, Change change) {
        var entry = entries.entry(moment, null);
        events.publishEvent(new InviteChanged(entry, Invitee.participant(moment.mentorEnrolmentId()), change));
        if (moment.contactAccountId() != null) {
            events.publishEvent(new InviteChanged(entry, Invitee.account(moment.contactAccountId()), change));
        }
    }

    private MomentView view(ContactMoment moment) {
        return entries.view(moment);
    }

    private String who() {
        return accounts.requireCurrent().email();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
