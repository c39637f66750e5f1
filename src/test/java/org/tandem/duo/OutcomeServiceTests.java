package org.tandem.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.LocalDate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.participant.EducationSector;
import org.tandem.participant.Sector;
import org.tandem.programme.Comparator;
import org.tandem.programme.Metric;
import org.tandem.programme.ProgrammeService;
import org.tandem.programme.ProgrammeKind;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

@IntegrationTest
class OutcomeServiceTests {

    static final OutcomeEntry SEARCHING = form(OutcomeKind.STILL_SEARCHING);
    static final OutcomeEntry JOB = new OutcomeEntry(OutcomeKind.JOB, Sector.LOGISTICS, 32, ContractType.FIXED_TERM,
            null, null);

    @Autowired
    TestUsers users;

    @Autowired
    DuoFixture fixture;

    @Autowired
    DuoService duos;

    @Autowired
    OutcomeService outcomes;

    @Autowired
    DuoMetrics metrics;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProgrammeService programmes;

    @BeforeEach
    void users() {
        users.ensure();
    }

    static OutcomeEntry form(OutcomeKind kind) {
        return new OutcomeEntry(kind, null, null, null, null, null);
    }

    private <T> T asCoordinator(java.util.function.Supplier<T> work) {
        return accounts.callAs(TestUsers.COORDINATOR, work);
    }

    private void complete(long duoId, Boolean mentorContinues) {
        asCoordinator(() -> { duos.complete(duoId, LocalDate.now(), mentorContinues); return null; });
    }

    private void endEarly(long duoId, Boolean mentorContinues) {
        asCoordinator(() -> { duos.endEarly(duoId, EndReason.NO_TIME, null, LocalDate.now(), mentorContinues);
            return null; });
    }

    /** As if the duo had ended this many days ago (the application's clock is the real one). */
    private void endedDaysAgo(long duoId, int days) {
        jdbc.update("update duo set ended_on = ? where id = ?", Date.valueOf(LocalDate.now().minusDays(days)),
                duoId);
    }

    private DuoOutcomes record(long duoId, OutcomeMoment moment, OutcomeEntry form) {
        return asCoordinator(() -> outcomes.record(duoId, moment, form));
    }

    private double measure(long programmeId, Metric metric) {
        return metrics.measure(programmeId, metric).orElseThrow();
    }

    @Test
    void ratesOnAHandMadeCohort() {
        var world = fixture.active();
        long p = world.programmeId();
        long positiveAt12Months = world.duoId();
        long negativeThenJobAt3Months = activeDuoIn(world);
        long stillSearching = activeDuoIn(world);
        long educationAtTheEnd = activeDuoIn(world);
        long volunteering = activeDuoIn(world);
        long running = activeDuoIn(world);
        long justProposed = duoIn(world);

        complete(positiveAt12Months, true);
        endEarly(negativeThenJobAt3Months, false);
        complete(stillSearching, true);
        complete(educationAtTheEnd, null);
        complete(volunteering, true);

        endedDaysAgo(positiveAt12Months, 370);
        record(positiveAt12Months, OutcomeMoment.AT_END, SEARCHING);
        record(positiveAt12Months, OutcomeMoment.MONTHS_3, form(OutcomeKind.VOLUNTEERING));
        record(positiveAt12Months, OutcomeMoment.MONTHS_12, JOB);

        endedDaysAgo(negativeThenJobAt3Months, 95);
        record(negativeThenJobAt3Months, OutcomeMoment.AT_END, SEARCHING);
        record(negativeThenJobAt3Months, OutcomeMoment.MONTHS_3, JOB);

        endedDaysAgo(stillSearching, 370);
        record(stillSearching, OutcomeMoment.AT_END, SEARCHING);
        record(stillSearching, OutcomeMoment.MONTHS_3, SEARCHING);
        record(stillSearching, OutcomeMoment.MONTHS_12, SEARCHING);

        record(educationAtTheEnd, OutcomeMoment.AT_END, form(OutcomeKind.EDUCATION));
        record(volunteering, OutcomeMoment.AT_END, form(OutcomeKind.VOLUNTEERING));
        // the coordinator hears later that this mentor does not want another duo after all
        asCoordinator(() -> outcomes.mentorContinues(volunteering, false));

        assertThat(measure(p, Metric.DUOS_FORMED)).isEqualTo(6);
        assertThat(measure(p, Metric.DUOS_COMPLETED)).isEqualTo(4);
        // 3 of 5 mentees: job at 12 months, job at 3 months, education at the end
        assertThat(measure(p, Metric.POSITIVE_EXIT_RATE)).isEqualTo(60.0);
        // answers known for 4 mentors: yes, no, yes, no (the unknown one is left out)
        assertThat(measure(p, Metric.MENTORS_STARTING_ANOTHER_DUO)).isEqualTo(50.0);
        assertThat(running).isNotEqualTo(justProposed);

        // the programme's targets show what this module measures
        asCoordinator(() -> programmes.addTarget(p, Metric.POSITIVE_EXIT_RATE, Comparator.AT_LEAST, 50));
        asCoordinator(() -> programmes.addTarget(p, Metric.MENTORS_STARTING_ANOTHER_DUO, Comparator.AT_LEAST, 60));
        var targets = asCoordinator(() -> programmes.get(p)).targets();
        assertThat(targets).filteredOn(t -> t.metric() == Metric.POSITIVE_EXIT_RATE).singleElement()
                .satisfies(t -> assertThat(t.current()).isEqualTo(60.0)).satisfies(t -> assertThat(t.met()).isTrue());
        assertThat(targets).filteredOn(t -> t.metric() == Metric.MENTORS_STARTING_ANOTHER_DUO).singleElement()
                .satisfies(t -> assertThat(t.met()).isFalse());
    }

    @Test
    void aMenteeWithoutARecordedOutcomeCountsAsNotPositiveAndNothingClosedIsNotMeasured() {
        var world = fixture.active();
        assertThat(metrics.measure(world.programmeId(), Metric.POSITIVE_EXIT_RATE)).isEmpty();
        assertThat(metrics.measure(world.programmeId(), Metric.MENTORS_STARTING_ANOTHER_DUO)).isEmpty();
        long other = activeDuoIn(world);
        complete(world.duoId(), null);
        complete(other, false);
        record(other, OutcomeMoment.AT_END, form(OutcomeKind.INTERNSHIP));
        assertThat(measure(world.programmeId(), Metric.POSITIVE_EXIT_RATE)).isEqualTo(50.0);
        assertThat(measure(world.programmeId(), Metric.MENTORS_STARTING_ANOTHER_DUO)).isZero();
    }

    @Test
    void aJobNeedsItsSectorHoursAndContractAtTheField() {
        var world = fixture.active();
        complete(world.duoId(), true);
        long id = world.duoId();
        assertThatThrownBy(() -> record(id, OutcomeMoment.AT_END,
                new OutcomeEntry(OutcomeKind.JOB, Sector.ICT, null, ContractType.PERMANENT, null, null)))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("hoursPerWeek"));
        assertThatThrownBy(() -> record(id, OutcomeMoment.AT_END,
                new OutcomeEntry(OutcomeKind.JOB, Sector.ICT, 61, ContractType.PERMANENT, null, null)))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.code())
                        .isEqualTo("duo.outcome.hoursPerWeek.range"));
        assertThatThrownBy(() -> record(id, OutcomeMoment.AT_END,
                new OutcomeEntry(OutcomeKind.JOB, null, 20, ContractType.PERMANENT, null, null)))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("sector"));
        assertThatThrownBy(() -> record(id, OutcomeMoment.AT_END,
                new OutcomeEntry(OutcomeKind.JOB, Sector.ICT, 20, null, null, null)))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("contractType"));
        assertThatThrownBy(() -> record(id, OutcomeMoment.AT_END, form(OutcomeKind.OTHER)))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("note"));
        assertThatThrownBy(() -> record(id, OutcomeMoment.AT_END, form(null)))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("kind"));

        // a field that does not belong to the kind is dropped
        var saved = record(id, OutcomeMoment.AT_END, new OutcomeEntry(OutcomeKind.INTERNSHIP, Sector.ICT, 20, null,
                null, " at the port "));
        var atEnd = saved.moments().get(0).recorded();
        assertThat(atEnd.kind()).isEqualTo(OutcomeKind.INTERNSHIP);
        assertThat(atEnd.sector()).isNull();
        assertThat(atEnd.hoursPerWeek()).isNull();
        assertThat(atEnd.note()).isEqualTo("at the port");
        assertThat(atEnd.recordedBy()).isEqualTo(TestUsers.COORDINATOR);
    }

    @Test
    void teacherKindsBelongToTheCareerSwitchProgrammeOnly() {
        var world = fixture.active();
        complete(world.duoId(), true);
        assertThatThrownBy(() -> record(world.duoId(), OutcomeMoment.AT_END,
                new OutcomeEntry(OutcomeKind.TEACHER_TRAINING, null, null, null, EducationSector.VO, null)))
                .isInstanceOfSatisfying(FieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("kind");
                    assertThat(e.code()).isEqualTo("duo.outcome.kind.careerSwitchOnly");
                });
        assertThat(asCoordinator(() -> outcomes.of(world.duoId())).kinds())
                .doesNotContain(OutcomeKind.TEACHER, OutcomeKind.TEACHER_TRAINING);

        var switching = fixture.activate(fixture.confirm(fixture.proposed(ProgrammeKind.CAREER_SWITCH, 1)));
        complete(switching.duoId(), true);
        assertThatThrownBy(() -> record(switching.duoId(), OutcomeMoment.AT_END, form(OutcomeKind.TEACHER)))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field())
                        .isEqualTo("educationSector"));
        var saved = record(switching.duoId(), OutcomeMoment.AT_END,
                new OutcomeEntry(OutcomeKind.TEACHER, null, 24, ContractType.FIXED_TERM, EducationSector.MBO, null));
        assertThat(saved.careerSwitch()).isTrue();
        assertThat(saved.moments().get(0).recorded().educationSector()).isEqualTo(EducationSector.MBO);
        assertThat(saved.moments().get(0).recorded().positive()).isTrue();
        assertThat(measure(switching.programmeId(), Metric.POSITIVE_EXIT_RATE)).isEqualTo(100.0);
    }

    @Test
    void anOutcomeOnlyAfterClosureAndRecordingAgainCorrectsIt() {
        var world = fixture.active();
        assertThatThrownBy(() -> record(world.duoId(), OutcomeMoment.AT_END, SEARCHING))
                .isInstanceOf(DomainException.class).hasMessage("duo.outcome.notClosed");
        assertThatThrownBy(() -> asCoordinator(() -> outcomes.mentorContinues(world.duoId(), true)))
                .hasMessage("duo.outcome.notClosed");
        assertThat(asCoordinator(() -> outcomes.of(world.duoId())).closed()).isFalse();

        var declined = fixture.proposed();
        asCoordinator(() -> { duos.declineOnBehalf(declined.duoId(), DuoSide.MENTEE, EndReason.NO_CLICK, null);
            return null; });
        assertThatThrownBy(() -> record(declined.duoId(), OutcomeMoment.AT_END, SEARCHING))
                .hasMessage("duo.outcome.notClosed");

        endEarly(world.duoId(), null);
        record(world.duoId(), OutcomeMoment.AT_END, SEARCHING);
        var corrected = record(world.duoId(), OutcomeMoment.AT_END, JOB);
        assertThat(corrected.moments().get(0).recorded().kind()).isEqualTo(OutcomeKind.JOB);
        assertThat(jdbc.queryForObject("select count(*) from duo_outcome where duo_id = ?", Long.class,
                world.duoId())).isEqualTo(1);
        assertThat(asCoordinator(() -> outcomes.mentorContinues(world.duoId(), true)).mentorContinues()).isTrue();
    }

    @Test
    void aFollowUpOnlyInItsWindowAndTheListOfFollowUpsDue() {
        var world = fixture.active();
        long justEnded = world.duoId();
        long threeMonths = activeDuoIn(world);
        long overdue = activeDuoIn(world);
        long yearAgo = activeDuoIn(world);
        long recorded = activeDuoIn(world);
        for (long id : new long[] {justEnded, threeMonths, overdue, yearAgo, recorded}) {
            complete(id, null);
        }
        assertThatThrownBy(() -> record(justEnded, OutcomeMoment.MONTHS_3, SEARCHING))
                .hasMessage("duo.outcome.notYet");
        endedDaysAgo(threeMonths, 80);
        endedDaysAgo(overdue, 130);
        endedDaysAgo(yearAgo, 360);
        endedDaysAgo(recorded, 100);
        assertThatThrownBy(() -> record(threeMonths, OutcomeMoment.MONTHS_12, SEARCHING))
                .hasMessage("duo.outcome.notYet");
        record(recorded, OutcomeMoment.MONTHS_3, JOB);

        var due = asCoordinator(() -> outcomes.followUpsDue(world.cohortId()));
        assertThat(due).extracting(FollowUpDue::duoId).containsExactly(overdue, yearAgo, threeMonths)
                .doesNotContain(justEnded, recorded);
        assertThat(due).filteredOn(f -> f.duoId() == yearAgo).singleElement()
                .satisfies(f -> assertThat(f.moment()).isEqualTo(OutcomeMoment.MONTHS_12));
        assertThat(due).filteredOn(FollowUpDue::overdue).extracting(FollowUpDue::duoId).containsExactly(overdue);
        assertThat(due.get(0).menteeName()).isNotBlank();

        var view = asCoordinator(() -> outcomes.of(overdue));
        assertThat(view.moments().get(1).overdue()).isTrue();
        assertThat(view.moments().get(2).open()).isFalse();
    }

    @Test
    void anotherCoordinatorDoesNotFindTheOutcomesAndMembersCannotRecordThem() {
        var world = fixture.active();
        complete(world.duoId(), true);
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR, () -> outcomes.of(world.duoId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR,
                () -> outcomes.record(world.duoId(), OutcomeMoment.AT_END, SEARCHING)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR,
                () -> outcomes.followUpsDue(world.cohortId()))).isInstanceOf(NotFoundException.class);
        for (String member : new String[] {world.mentorEmail(), world.menteeEmail()}) {
            assertThatThrownBy(() -> accounts.callAs(member,
                    () -> outcomes.record(world.duoId(), OutcomeMoment.AT_END, JOB)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.callAs(member, () -> outcomes.mentorContinues(world.duoId(), false)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from duo_outcome where duo_id = ?", Long.class,
                world.duoId())).isZero();
    }

    // --- more duos in the same programme and cohort, each with a mentor and a mentee of its own

    @Test
    void aMentorsLatestAnswerCountsAndAMenteeMatchedAgainWaitsForTheNewDuo() {
        var world = fixture.activate(fixture.confirm(fixture.proposed(ProgrammeKind.INTERGENERATIONAL, 2)));
        long p = world.programmeId();
        var second = fixture.activate(fixture.confirm(fixture.anotherMentee(world, 2)));
        complete(world.duoId(), true);
        endedDaysAgo(world.duoId(), 200);
        complete(second.duoId(), false);
        endedDaysAgo(second.duoId(), 20);
        record(world.duoId(), OutcomeMoment.AT_END, JOB);
        record(second.duoId(), OutcomeMoment.AT_END, SEARCHING);

        // one mentor, two closed duos: the answer after the duo that ended last (no) is theirs
        assertThat(measure(p, Metric.MENTORS_STARTING_ANOTHER_DUO)).isEqualTo(0.0);
        assertThat(measure(p, Metric.POSITIVE_EXIT_RATE)).isEqualTo(50.0);

        // a mentee with a closed duo who is in an open one again is not counted until that one ends
        fixture.anotherDuo(second);
        jdbc.update("update duo set mentee_enrolment_id = ? where id = ?", second.menteeEnrolmentId(),
                jdbc.queryForObject("select max(id) from duo where programme_id = ?", Long.class, p));
        assertThat(measure(p, Metric.POSITIVE_EXIT_RATE)).isEqualTo(100.0);
        assertThat(measure(p, Metric.DUOS_FORMED)).isEqualTo(2);
    }

    private long activeDuoIn(DuoFixture.World world) {
        return fixture.activate(fixture.confirm(fixture.anotherDuo(world))).duoId();
    }

    private long duoIn(DuoFixture.World world) {
        return fixture.anotherDuo(world).duoId();
    }

    @Test
    void aCorrectionOfAnOutcomeChangedSinceItWasReadIsRefused() {
        var world = fixture.active();
        complete(world.duoId(), true);
        var first = record(world.duoId(), OutcomeMoment.AT_END, SEARCHING).moments().get(0).recorded();
        var correction = new OutcomeEntry(OutcomeKind.JOB, Sector.LOGISTICS, 32, ContractType.FIXED_TERM, null,
                null, first.version());
        var corrected = record(world.duoId(), OutcomeMoment.AT_END, correction).moments().get(0).recorded();
        assertThat(corrected.kind()).isEqualTo(OutcomeKind.JOB);
        assertThat(corrected.version()).isGreaterThan(first.version());

        var stale = new OutcomeEntry(OutcomeKind.OTHER, null, null, null, null, "read before the correction",
                first.version());
        assertThatThrownBy(() -> record(world.duoId(), OutcomeMoment.AT_END, stale))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(asCoordinator(() -> outcomes.of(world.duoId())).moments().get(0).recorded().kind())
                .isEqualTo(OutcomeKind.JOB);
    }
}
