package org.tandem.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.programme.ProgrammeKind;
import org.tandem.programme.ProgrammeRules;
import org.tandem.programme.ProgrammeStatus;
import org.tandem.shared.DomainException;

class EnrolmentTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Eligibility PASSED = new Eligibility(List.of(new Eligibility.Finding("x", true, List.of())));
    private static final Set<IntakeCheck> CHECKS = IntakeCheck.forProgramme(ProgrammeKind.INTERGENERATIONAL,
            ParticipantRole.MENTEE);

    static Enrolment applied(ParticipantRole role) {
        return Enrolment.apply(ParticipantMother.person(), 1, 1, role, NOW);
    }

    private static Enrolment eligible(ParticipantRole role) {
        var enrolment = applied(role);
        enrolment.planIntake(LocalDateTime.of(2026, 3, 5, 10, 0), NOW);
        var checks = IntakeCheck.forProgramme(ProgrammeKind.INTERGENERATIONAL, role);
        enrolment.recordIntake("ok", checks, NOW);
        enrolment.declareEligible(PASSED, checks, NOW);
        return enrolment;
    }

    @Test
    void aMenteeWalksThePipelineToReadyToMatchWithDatedHistory() {
        var enrolment = eligible(ParticipantRole.MENTEE);
        enrolment.markReadyToMatch(true, NOW);
        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.READY_TO_MATCH);
        assertThat(enrolment.history()).extracting(StatusChange::status).containsExactly(EnrolmentStatus.APPLIED,
                EnrolmentStatus.INTAKE_PLANNED, EnrolmentStatus.INTAKE_DONE, EnrolmentStatus.ELIGIBLE,
                EnrolmentStatus.READY_TO_MATCH);
        assertThat(enrolment.history()).allSatisfy(h -> assertThat(h.changedAt()).isEqualTo(NOW));
    }

    @Test
    void aMentorMustBeTrainedBeforeBeingReadyToMatch() {
        var enrolment = eligible(ParticipantRole.MENTOR);
        assertThatThrownBy(() -> enrolment.markReadyToMatch(true, NOW)).isInstanceOf(DomainException.class)
                .hasMessage("enrolment.status.illegal");
        enrolment.markTrained(NOW);
        enrolment.markReadyToMatch(true, NOW);
        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.READY_TO_MATCH);
    }

    @Test
    void aMenteeIsNeverTrained() {
        var enrolment = eligible(ParticipantRole.MENTEE);
        assertThatThrownBy(() -> enrolment.markTrained(NOW)).hasMessage("enrolment.status.illegal");
    }

    @Test
    void noReadinessWithoutConsentToTakePart() {
        var enrolment = eligible(ParticipantRole.MENTEE);
        assertThatThrownBy(() -> enrolment.markReadyToMatch(false, NOW)).hasMessage("enrolment.consentMissing");
        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.ELIGIBLE);
    }

    @Test
    void eligibilityNeedsEveryRuleAndEveryIntakeItem() {
        var enrolment = applied(ParticipantRole.MENTEE);
        enrolment.planIntake(LocalDateTime.of(2026, 3, 5, 10, 0), NOW);
        enrolment.recordIntake("half done", EnumSet.of(IntakeCheck.IDENTITY_CHECKED), NOW);
        assertThatThrownBy(() -> enrolment.declareEligible(PASSED, CHECKS, NOW)).hasMessage("enrolment.intakeIncomplete");
        enrolment.recordIntake("all done", CHECKS, NOW);
        var failed = new Eligibility(List.of(new Eligibility.Finding("too young", false, List.of())));
        assertThatThrownBy(() -> enrolment.declareEligible(failed, CHECKS, NOW)).hasMessage("enrolment.notEligible");
        enrolment.declareEligible(PASSED, CHECKS, NOW);
        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.ELIGIBLE);
    }

    @Test
    void skippingTheIntakeIsRefused() {
        var enrolment = applied(ParticipantRole.MENTEE);
        assertThatThrownBy(() -> enrolment.declareEligible(PASSED, CHECKS, NOW)).hasMessage("enrolment.status.illegal");
        assertThatThrownBy(() -> enrolment.recordIntake("n", CHECKS, NOW)).hasMessage("enrolment.status.illegal");
    }

    @Test
    void rejectionAndWithdrawalNeedAReasonAndAreFinal() {
        var enrolment = applied(ParticipantRole.MENTEE);
        assertThatThrownBy(() -> enrolment.withdraw(" ", NOW)).hasMessage("enrolment.reason.required");
        enrolment.withdraw("Found a job", NOW);
        assertThat(enrolment.history().get(1).reason()).isEqualTo("Found a job");
        assertThatThrownBy(() -> enrolment.planIntake(LocalDateTime.now(), NOW)).hasMessage("enrolment.status.illegal");
        assertThat(EnrolmentStatus.WITHDRAWN.next(ParticipantRole.MENTEE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = EnrolmentStatus.class, names = {"REJECTED", "COMPLETED", "WITHDRAWN"})
    void finalStatusesLeadNowhere(EnrolmentStatus status) {
        assertThat(status.isFinal()).isTrue();
        assertThat(status.next(ParticipantRole.MENTOR)).isEmpty();
        assertThat(status.next(ParticipantRole.MENTEE)).isEmpty();
    }

    @Test
    void everyNonFinalStatusCanBeWithdrawnFrom() {
        for (EnrolmentStatus status : EnrolmentStatus.values()) {
            if (!status.isFinal()) {
                assertThat(status.next(ParticipantRole.MENTOR)).as(status.name()).contains(EnrolmentStatus.WITHDRAWN);
            }
        }
    }

    @Test
    void matchedAndActiveParticipantsReturnToThePool() {
        var enrolment = eligible(ParticipantRole.MENTEE);
        enrolment.markReadyToMatch(true, NOW);
        enrolment.matched(NOW);
        enrolment.returnToPool("declined", NOW);
        enrolment.matched(NOW);
        enrolment.activate(NOW);
        enrolment.complete(NOW);
        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.COMPLETED);
    }

    @Test
    void capacityIsOneOrTwoForMentorsAndOneForMentees() {
        var mentor = applied(ParticipantRole.MENTOR);
        mentor.assign(null, 7L, 2);
        assertThat(mentor.capacity()).isEqualTo(2);
        assertThatThrownBy(() -> mentor.assign(null, null, 3)).hasMessage("enrolment.capacity.invalid");
        var mentee = applied(ParticipantRole.MENTEE);
        assertThatThrownBy(() -> mentee.assign(null, null, 2)).hasMessage("enrolment.capacity.mentee");
        assertThatThrownBy(() -> mentee.assign(null, 7L, 1)).hasMessage("enrolment.employer.mentee");
    }

    @Test
    void eligibilityExplainsTheAgeRules() {
        var rules = new ProgrammeRules(1, "B", ProgrammeKind.INTERGENERATIONAL, ProgrammeStatus.RUNNING, 50, 30);
        var old = Eligibility.check(rules, ParticipantRole.MENTOR, 1970, 2026);
        assertThat(old.passed()).isTrue();
        assertThat(old.findings()).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("eligibility.minimumAge.met");
            assertThat(f.arguments()).containsExactly(56, 50);
        });
        var young = Eligibility.check(rules, ParticipantRole.MENTOR, 1980, 2026);
        assertThat(young.passed()).isFalse();
        assertThat(young.findings().get(0).messageKey()).isEqualTo("eligibility.minimumAge.failed");
        assertThat(Eligibility.check(rules, ParticipantRole.MENTOR, 1976, 2026).passed()).as("exactly 50").isTrue();
        assertThat(Eligibility.check(rules, ParticipantRole.MENTEE, 1990, 2026).passed()).as("36 > 30").isFalse();
        assertThat(Eligibility.check(rules, ParticipantRole.MENTOR, null, 2026).findings().get(0).messageKey())
                .isEqualTo("eligibility.birthYearMissing");
        var none = new ProgrammeRules(2, "A", ProgrammeKind.CAREER_SWITCH, ProgrammeStatus.RUNNING, null, null);
        assertThat(Eligibility.check(none, ParticipantRole.MENTOR, null, 2026).passed()).isTrue();
    }

    @Test
    void availabilityOverlapCountsSharedHalfDays() {
        var a = Availability.of(Set.of("MON_MORNING", "WED_EVENING", "SAT_AFTERNOON"));
        var b = Availability.of(Set.of("MON_MORNING", "SAT_AFTERNOON", "SUN_EVENING"));
        assertThat(a.overlap(b)).isEqualTo(2);
        assertThat(a.slots()).containsExactlyInAnyOrder("MON_MORNING", "WED_EVENING", "SAT_AFTERNOON");
        assertThatThrownBy(() -> Availability.of(Set.of("MONDAY"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sensitiveDataNeverShowsInToString() {
        var record = new SensitiveRecord(1, 1, "SY", MigrationBackground.FIRST_GENERATION, NOW);
        var view = new EnrolmentView.SensitiveView("SY", MigrationBackground.FIRST_GENERATION, NOW);
        var application = new Application(1, 1, ParticipantRole.MENTEE, null, ParticipantMother.personData(2000),
                Profile.empty(), Set.of(ConsentPurpose.SENSITIVE_DATA), "SY", MigrationBackground.FIRST_GENERATION);
        for (Object o : List.of(record, view, application)) {
            assertThat(o.toString()).doesNotContain("SY", "FIRST_GENERATION");
        }
    }
}
