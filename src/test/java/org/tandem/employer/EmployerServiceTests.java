package org.tandem.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.participant.EmployeeMentor;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.NewEnrolment;
import org.tandem.participant.ParticipantMother;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;
import org.tandem.participant.PersonData;
import org.tandem.programme.Comparator;
import org.tandem.programme.Metric;
import org.tandem.programme.ProgrammeMother;
import org.tandem.programme.ProgrammeService;
import org.tandem.programme.TargetView;
import org.tandem.shared.FieldException;
import org.tandem.shared.Language;
import org.tandem.shared.NotFoundException;

@IntegrationTest
class EmployerServiceTests {

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    EmployerService employers;

    @Autowired
    MyEmployerService myEmployer;

    @Autowired
    ParticipantQueries participants;

    @Autowired
    EmployerWorld world;

    @Autowired
    org.tandem.participant.EnrolmentService enrolments;

    @Autowired
    org.tandem.notification.OutboxService outbox;

    @Autowired
    TestUsers users;

    @BeforeEach
    void users() {
        users.ensure();
    }

    private <T> T as(String user, java.util.function.Supplier<T> work) {
        return accounts.callAs(user, work);
    }

    @Test
    void coordinatorsReachOnlyTheEmployersOfTheirOwnProgrammes() {
        long mine = as(TestUsers.COORDINATOR, () -> programmes.create(ProgrammeMother.details()));
        long theirs = as(TestUsers.OTHER_COORDINATOR, () -> programmes.create(ProgrammeMother.details()));
        String name = EmployerMother.unique("Scoped");
        long employer = as(TestUsers.COORDINATOR, () -> employers.create(EmployerMother.details(name, false), mine));

        assertThat(as(TestUsers.COORDINATOR, () -> employers.list(EmployerFilter.none())))
                .extracting(EmployerSummary::name).contains(name);
        assertThat(as(TestUsers.OTHER_COORDINATOR, () -> employers.list(EmployerFilter.none())))
                .extracting(EmployerSummary::name).doesNotContain(name);
        assertThatThrownBy(() -> as(TestUsers.OTHER_COORDINATOR, () -> employers.get(employer)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(TestUsers.OTHER_COORDINATOR, () -> {
            employers.moveTo(employer, mine, PipelineStage.CONTACTED, null);
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR,
                () -> employers.create(EmployerMother.details(), theirs)))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("programmeId"));
        assertThatThrownBy(() -> as(TestUsers.MENTOR, () -> employers.list(EmployerFilter.none())))
                .isInstanceOf(NotFoundException.class);

        // Recruited for the other coordinator's programme too: each coordinator sees only their own recruitment.
        as(TestUsers.ADMIN, () -> {
            employers.recruitFor(employer, theirs);
            return null;
        });
        assertThat(as(TestUsers.OTHER_COORDINATOR, () -> employers.get(employer)).recruitments())
                .extracting(RecruitmentView::programmeId).containsExactly(theirs);
        assertThat(as(TestUsers.ADMIN, () -> employers.get(employer)).recruitments())
                .extracting(RecruitmentView::programmeId).containsExactlyInAnyOrder(mine, theirs);
    }

    @Test
    void filtersByProgrammeStageHeavyProfessionCountryAndText() {
        long programme = as(TestUsers.COORDINATOR, () -> programmes.create(ProgrammeMother.details()));
        String heavy = EmployerMother.unique("Filter Heavy");
        String light = EmployerMother.unique("Filter Light");
        as(TestUsers.COORDINATOR, () -> {
            world.activeEmployer(programme, EmployerMother.details(heavy, true), null);
            employers.create(EmployerMother.details(light, false), programme);
            return null;
        });
        var inProgramme = new EmployerFilter(null, programme, null, null, null);
        assertThat(names(inProgramme)).containsExactlyInAnyOrder(heavy, light);
        assertThat(names(new EmployerFilter(null, programme, PipelineStage.ACTIVE, null, null))).containsExactly(heavy);
        assertThat(names(new EmployerFilter(null, programme, null, true, null))).containsExactly(heavy);
        assertThat(names(new EmployerFilter(light.toUpperCase(), null, null, null, null))).containsExactly(light);
        assertThat(names(new EmployerFilter(null, programme, null, null, org.tandem.shared.Country.FR))).isEmpty();
    }

    private List<String> names(EmployerFilter filter) {
        return as(TestUsers.COORDINATOR, () -> employers.list(filter)).stream().map(EmployerSummary::name).toList();
    }

    @Test
    void theSameNameInTheSameCityIsRefusedAtTheNameField() {
        long programme = as(TestUsers.COORDINATOR, () -> programmes.create(ProgrammeMother.details()));
        String name = EmployerMother.unique("Twice");
        as(TestUsers.COORDINATOR, () -> employers.create(EmployerMother.details(name, false), programme));
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR,
                () -> employers.create(EmployerMother.details(name.toLowerCase(), false), programme)))
                .isInstanceOfSatisfying(FieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.code()).isEqualTo("employer.name.taken");
                });
    }

    @Test
    void measuresTheEmployerTargetsOfAHandMadeProgramme() {
        String contactA = EmployerMother.employerContact(accounts);
        String contactB = EmployerMother.employerContact(accounts);
        as(TestUsers.COORDINATOR, () -> {
            long programme = programmes.create(ProgrammeMother.details());
            long cohort = programmes.addCohort(programme, ProgrammeMother.cohort("Round"));
            programmes.addTarget(programme, Metric.EMPLOYERS_COMMITTED, Comparator.AT_LEAST, 5);
            programmes.addTarget(programme, Metric.HEAVY_PROFESSION_EMPLOYERS, Comparator.AT_LEAST, 2);
            programmes.addTarget(programme, Metric.MENTORS_PER_EMPLOYER, Comparator.AT_LEAST, 4);
            assertThat(measured(programme)).containsExactly(0.0, 0.0, 0.0);

            long heavyActive = world.activeEmployer(programme, EmployerMother.details(EmployerMother.unique("H"), true),
                    contactA);
            long committed = employers.create(EmployerMother.details(), programme);
            for (var stage : List.of(PipelineStage.CONTACTED, PipelineStage.INTERESTED, PipelineStage.COMMITTED)) {
                employers.moveTo(committed, programme, stage, null);
            }
            employers.addContact(committed, EmployerMother.contact(contactB));
            long interested = employers.create(EmployerMother.details(EmployerMother.unique("I"), true), programme);
            employers.moveTo(interested, programme, PipelineStage.CONTACTED, null);
            employers.moveTo(interested, programme, PipelineStage.INTERESTED, null);

            accounts.callAs(contactA, () -> {
                myEmployer.nominate(nomination(cohort, "Anna", 1966));
                myEmployer.nominate(nomination(cohort, "Bert", 1960));
                return null;
            });
            // The committed employer has no mentors yet: the minimum is 0.
            assertThat(measured(programme)).containsExactly(2.0, 1.0, 0.0);

            accounts.callAs(contactB, () -> myEmployer.nominate(nomination(cohort, "Cor", 1970)));
            assertThat(measured(programme)).containsExactly(2.0, 1.0, 1.0);

            employers.moveTo(committed, programme, PipelineStage.DECLINED, "changed its mind");
            assertThat(measured(programme)).containsExactly(1.0, 1.0, 2.0);
            return null;
        });
    }

    private List<Double> measured(long programme) {
        return programmes.get(programme).targets().stream().map(TargetView::current).toList();
    }

    private static Nomination nomination(long cohort, String firstName, int birthYear) {
        return new Nomination(cohort, firstName, "Tester",
                EmployerMother.unique(firstName).replace(' ', '.') + "@example.org", birthYear);
    }

    @Test
    void aNominationCreatesANominatedEnrolmentForTheEmployer() {
        var w = world.create();
        long enrolment = as(w.contact(), () -> myEmployer.nominate(nomination(w.cohortId(), "Nora", 1968)))
                .orElseThrow();

        assertThat(participants.mentorsOfEmployer(w.employerId())).singleElement().satisfies(m -> {
            assertThat(m.enrolmentId()).isEqualTo(enrolment);
            assertThat(m.status()).isEqualTo(EnrolmentStatus.NOMINATED);
            assertThat(m.firstName()).isEqualTo("Nora");
        });
        var view = as(w.contact(), myEmployer::get);
        assertThat(view.id()).isEqualTo(w.employerId());
        assertThat(view.mentors()).extracting(MentorView::enrolmentId).containsExactly(enrolment);
        assertThat(view.mentorsByGroup()).containsEntry(MentorGroup.ENROLLED, 1L);
        assertThat(view.pledges()).singleElement().satisfies(p -> {
            assertThat(p.pledgedMentors()).isEqualTo(4);
            assertThat(p.nominated()).isEqualTo(1);
        });
        assertThat(as(TestUsers.COORDINATOR, () -> employers.get(w.employerId())).mentors())
                .extracting(MentorView::status).containsExactly(EnrolmentStatus.NOMINATED);
    }

    /**
     * An employer contact nominates the address of somebody the programme knows (here a mentee of another cohort):
     * they are answered as for anyone, learn no name, and nobody is attached to their employer; only the owner of
     * the address is asked, by mail, whether they agree.
     */
    @Test
    void aNominationOfAKnownAddressRevealsNothingAndAttachesNobody() {
        var w = world.create();
        long otherCohort = as(TestUsers.COORDINATOR, () -> programmes.addCohort(w.programmeId(),
                ProgrammeMother.cohort("Round 2")));
        String email = EmployerMother.unique("mentee").replace(' ', '.') + "@example.org";
        long mentee = as(TestUsers.COORDINATOR, () -> enrolments.enrol(new NewEnrolment(otherCohort,
                ParticipantRole.MENTEE, new PersonData("Samira", "Stored", email, null, 2001, Language.EN, "Utrecht",
                        null, null), ParticipantMother.profile(), null, null, 1)));

        as(w.contact(), () -> myEmployer.nominate(new Nomination(w.cohortId(), "Typed", "Byemployer", email, 1965)));

        assertThat(participants.mentorsOfEmployer(w.employerId())).isEmpty();
        var view = as(w.contact(), myEmployer::get);
        assertThat(view.mentors()).isEmpty();
        assertThat(view.toString()).doesNotContain("Samira").doesNotContain("Stored");
        var stored = as(TestUsers.COORDINATOR, () -> participants.get(mentee));
        assertThat(stored.summary().employerId()).isNull();
        assertThat(stored.person().firstName()).isEqualTo("Samira");
        assertThat(as(TestUsers.ADMIN, outbox::list)).filteredOn(m -> m.recipient().equals(email))
                .singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo("nomination-known-address"));
    }

    @Test
    void refusesNominationsOutsideACommittedProgrammeTooYoungOrTwice() {
        var w = world.create();
        long prospectProgramme = as(TestUsers.COORDINATOR, () -> {
            long programme = programmes.create(ProgrammeMother.details());
            programmes.addCohort(programme, ProgrammeMother.cohort("Prospect round"));
            employers.recruitFor(w.employerId(), programme);
            return programme;
        });
        long prospectCohort = as(TestUsers.COORDINATOR, () -> programmes.get(prospectProgramme)).cohorts().get(0).id();
        assertThatThrownBy(() -> as(w.contact(), () -> myEmployer.nominate(nomination(prospectCohort, "P", 1965))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("cohortId"));
        assertThatThrownBy(() -> as(w.contact(), () -> myEmployer.nominate(nomination(w.cohortId(), "Y", 1990))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("birthYear"));
        var twice = nomination(w.cohortId(), "T", 1965);
        as(w.contact(), () -> myEmployer.nominate(twice));
        assertThatThrownBy(() -> as(w.contact(), () -> myEmployer.nominate(twice)))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(participants.mentorsOfEmployer(w.employerId())).extracting(EmployeeMentor::firstName)
                .containsExactly("T");
    }

    @Test
    void anEmployerContactReachesOnlyTheirOwnEmployersEmployees() {
        var w = world.create();
        assertThat(as(w.otherContact(), () -> myEmployer.mentor(w.otherEmployeesEnrolmentId())).firstName())
                .isEqualTo("Otto");
        assertThatThrownBy(() -> as(w.contact(), () -> myEmployer.mentor(w.otherEmployeesEnrolmentId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(w.contact(), myEmployer::get).mentors()).isEmpty();
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR, myEmployer::get)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aUserSpeaksForOneEmployerOnlyAndMustBeAnEmployerContact() {
        var w = world.create();
        long another = as(TestUsers.COORDINATOR, () -> employers.create(EmployerMother.details(), w.programmeId()));
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR, () -> {
            employers.addContact(another, EmployerMother.contact(w.contact()));
            return null;
        })).isInstanceOfSatisfying(FieldException.class, e -> {
            assertThat(e.field()).isEqualTo("userEmail");
            assertThat(e.code()).isEqualTo("employer.contact.user.linked");
        });
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR, () -> {
            employers.addContact(another, EmployerMother.contact(TestUsers.MENTOR));
            return null;
        })).isInstanceOfSatisfying(FieldException.class,
                e -> assertThat(e.code()).isEqualTo("employer.contact.user.role"));
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR, () -> {
            employers.addContact(another, EmployerMother.contact("nobody@test.tandem"));
            return null;
        })).isInstanceOfSatisfying(FieldException.class,
                e -> assertThat(e.code()).isEqualTo("employer.contact.user.unknown"));
    }
}
