package org.tandem.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.MatchCandidate;
import org.tandem.participant.ParticipantQueries;
import org.tandem.programme.MeetingFrequency;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

@IntegrationTest
class AgreementServiceTests {

    @Autowired
    DuoFixture fixture;

    @Autowired
    AgreementService agreements;

    @Autowired
    DuoService duos;

    @Autowired
    ParticipantQueries queries;

    @Autowired
    AccountService accounts;

    private <T> T as(String email, Supplier<T> work) {
        return accounts.callAs(email, work);
    }

    private void sign(String email, long duoId, int version) {
        as(email, () -> { agreements.sign(duoId, version); return null; });
    }

    private DuoState state(DuoFixture.World world) {
        return as(TestUsers.COORDINATOR, () -> duos.details(world.duoId()).state());
    }

    private List<EnrolmentStatus> enrolments(DuoFixture.World world) {
        return as(TestUsers.COORDINATOR, () -> queries.matchCandidates(List.of(world.mentorEnrolmentId(),
                world.menteeEnrolmentId()))).stream().map(MatchCandidate::status).toList();
    }

    private static AgreementChange changed(String goals) {
        var form = DuoFixture.agreement();
        return new AgreementChange(goals, form.frequency(), form.mode(), form.durationMonths(), form.meetingPlace(),
                form.meetingTime(), true);
    }

    @Test
    void aChangeAfterSigningIsANewVersionThatBothSignAgainAndOnlyThenTheDuoStarts() {
        var world = fixture.confirmed();
        long id = world.duoId();
        int first = as(world.mentorEmail(), () -> agreements.save(id, DuoFixture.agreement()));
        assertThat(first).isEqualTo(1);
        sign(world.mentorEmail(), id, 1);
        assertThat(state(world)).isEqualTo(DuoState.CONFIRMED);

        int second = as(world.menteeEmail(), () -> agreements.save(id, changed("Find a job in care\nLearn Excel")));
        assertThat(second).isEqualTo(2);
        var versions = as(world.menteeEmail(), () -> agreements.versions(id));
        assertThat(versions).extracting(AgreementView::version).containsExactly(2, 1);
        assertThat(versions.get(0).current()).isTrue();
        assertThat(versions.get(0).signedByAnyone()).isFalse();
        assertThat(versions.get(0).goals()).containsExactly("Find a job in care", "Learn Excel");
        assertThat(versions.get(1).goals()).containsExactly("Find a job in care", "Practise job interviews");
        assertThat(versions.get(1).mentorSignature().by()).isEqualTo(world.mentorEmail());
        assertThat(versions.get(1).menteeSignature()).isNull();

        assertThatThrownBy(() -> sign(world.menteeEmail(), id, 1)).isInstanceOf(DomainException.class)
                .hasMessage("agreement.sign.notCurrent");
        sign(world.mentorEmail(), id, 2);
        assertThat(state(world)).isEqualTo(DuoState.CONFIRMED);
        assertThat(enrolments(world)).containsOnly(EnrolmentStatus.MATCHED);
        assertThatThrownBy(() -> sign(world.mentorEmail(), id, 2)).hasMessage("agreement.sign.already");

        sign(world.menteeEmail(), id, 2);
        assertThat(state(world)).isEqualTo(DuoState.ACTIVE);
        assertThat(enrolments(world)).containsOnly(EnrolmentStatus.ACTIVE);

        // a running duo changes its agreement: a new version, the duo goes on
        assertThat(as(TestUsers.COORDINATOR, () -> agreements.save(id, changed("Find a job in retail")))).isEqualTo(3);
        sign(world.mentorEmail(), id, 3);
        sign(world.menteeEmail(), id, 3);
        assertThat(state(world)).isEqualTo(DuoState.ACTIVE);
        assertThat(as(world.mentorEmail(), () -> agreements.versions(id)))
                .extracting(AgreementView::version, AgreementView::signedByBoth)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, true),
                        org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(1, false));
    }

    @Test
    void anUnsignedVersionChangesInPlaceAndSavingTheSameAgainChangesNothing() {
        var world = fixture.confirmed();
        long id = world.duoId();
        as(world.mentorEmail(), () -> agreements.save(id, DuoFixture.agreement()));
        assertThat(as(world.menteeEmail(), () -> agreements.save(id, changed("Only one goal")))).isEqualTo(1);
        sign(world.menteeEmail(), id, 1);
        assertThat(as(world.mentorEmail(), () -> agreements.save(id, changed("Only one goal")))).isEqualTo(1);
        assertThat(as(world.mentorEmail(), () -> agreements.versions(id))).singleElement()
                .satisfies(v -> assertThat(v.goals()).containsExactly("Only one goal"));
    }

    @Test
    void theFirstDraftTakesTheProgrammeDefaultsAndTheCodeOfConductInForce() {
        var world = fixture.confirmed();
        var draft = as(world.menteeEmail(), () -> agreements.overview(world.duoId()).draft());
        assertThat(draft.durationMonths()).isPositive();
        assertThat(draft.frequency()).isNotNull();
        as(world.menteeEmail(), () -> agreements.save(world.duoId(), DuoFixture.agreement()));
        var version = as(world.menteeEmail(), () -> agreements.versions(world.duoId())).get(0);
        assertThat(version.codeOfConduct()).isNotBlank();
        assertThat(version.codeOfConductVersion()).isEqualTo(1);
        assertThat(version.createdBy()).isEqualTo(world.menteeEmail());
    }

    @Test
    void thePageReadsTheVersionsOnceAndTheFormStartsFromTheVersionInForce() {
        var world = fixture.confirmed();
        var first = as(world.menteeEmail(), () -> agreements.overview(world.duoId()));
        assertThat(first.versions()).isEmpty();
        assertThat(first.current()).isNull();
        assertThat(first.writable()).isTrue();
        assertThat(first.draft().version()).isZero();

        as(world.menteeEmail(), () -> agreements.save(world.duoId(), DuoFixture.agreement()));
        var page = as(world.menteeEmail(), () -> agreements.overview(world.duoId()));
        assertThat(page.versions()).isEqualTo(as(world.menteeEmail(), () -> agreements.versions(world.duoId())))
                .hasSize(1);
        assertThat(page.current()).isEqualTo(page.versions().get(0));
        assertThat(page.draft().version()).isEqualTo(page.current().version());
        assertThat(page.draft().goals()).isEqualTo(String.join("\n", page.current().goals()));
    }

    @Test
    void aCoordinatorWritesButNeverSigns() {
        var world = fixture.confirmed();
        as(TestUsers.COORDINATOR, () -> agreements.save(world.duoId(), DuoFixture.agreement()));
        assertThatThrownBy(() -> sign(TestUsers.COORDINATOR, world.duoId(), 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(TestUsers.COORDINATOR, () -> agreements.versions(world.duoId())).get(0).signedByAnyone())
                .isFalse();
    }

    @Test
    void refusalsNameTheirField() {
        var world = fixture.confirmed();
        long id = world.duoId();
        var ok = DuoFixture.agreement();
        assertField(world, new AgreementChange(" \n ", ok.frequency(), ok.mode(), 6, null, null, true), "goals");
        assertField(world, new AgreementChange("a", null, ok.mode(), 6, null, null, true), "frequency");
        assertField(world, new AgreementChange("a", ok.frequency(), null, 6, null, null, true), "mode");
        assertField(world, new AgreementChange("a", ok.frequency(), ok.mode(), 0, null, null, true), "durationMonths");
        assertField(world, new AgreementChange("a", ok.frequency(), ok.mode(), 6, "x".repeat(301), null, true),
                "meetingPlace");
        assertField(world, new AgreementChange("a", MeetingFrequency.MONTHLY, ok.mode(), 6, null, null, false),
                "confidentiality");
        assertThat(as(world.mentorEmail(), () -> agreements.versions(id))).isEmpty();
    }

    private void assertField(DuoFixture.World world, AgreementChange form, String field) {
        assertThatThrownBy(() -> as(world.mentorEmail(), () -> agreements.save(world.duoId(), form)))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void aProposedDuoHasNoAgreementYetAndStrangersDoNotFindIt() {
        var proposed = fixture.proposed();
        assertThatThrownBy(() -> as(proposed.mentorEmail(), () -> agreements.save(proposed.duoId(),
                DuoFixture.agreement()))).hasMessage("agreement.state");
        var other = fixture.confirmed();
        assertThatThrownBy(() -> as(other.mentorEmail(), () -> agreements.versions(proposed.duoId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.mentorEmail(), () -> agreements.save(proposed.duoId(),
                DuoFixture.agreement()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theFixtureStartsADuoThroughARealAgreement() {
        var world = fixture.signedActive();
        assertThat(state(world)).isEqualTo(DuoState.ACTIVE);
        assertThat(as(world.menteeEmail(), () -> agreements.versions(world.duoId()))).singleElement()
                .matches(AgreementView::signedByBoth);
    }

    @Test
    void aChangeWrittenOnAnAgreementChangedOrSignedSinceIsRefused() {
        var world = fixture.confirmed();
        long id = world.duoId();
        var draft = as(world.mentorEmail(), () -> agreements.overview(id).draft());
        assertThat(draft.version()).isZero();
        as(world.menteeEmail(), () -> agreements.save(id, DuoFixture.agreement()));
        // the mentor's form was filled before the mentee wrote the first version
        var late = new AgreementChange("Learn Excel", MeetingFrequency.MONTHLY, AgreedMode.ONLINE, 6, null, null,
                true, draft.version(), draft.revision());
        assertThatThrownBy(() -> as(world.mentorEmail(), () -> agreements.save(id, late)))
                .isInstanceOf(OptimisticLockingFailureException.class);

        var read = as(world.mentorEmail(), () -> agreements.versions(id)).get(0);
        sign(world.menteeEmail(), id, 1);
        var onUnsigned = new AgreementChange("Learn Excel", MeetingFrequency.MONTHLY, AgreedMode.ONLINE, 6, null,
                null, true, read.version(), read.revision());
        assertThatThrownBy(() -> as(world.mentorEmail(), () -> agreements.save(id, onUnsigned)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        var versions = as(world.mentorEmail(), () -> agreements.versions(id));
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).goals()).doesNotContain("Learn Excel");
    }

    @Test
    void nobodySignsAVersionChangedInPlaceSinceTheyReadIt() {
        var world = fixture.confirmed();
        long id = world.duoId();
        as(world.mentorEmail(), () -> agreements.save(id, DuoFixture.agreement()));
        var read = as(world.menteeEmail(), () -> agreements.versions(id)).get(0);
        as(world.mentorEmail(), () -> agreements.save(id, changed("Learn Excel")));
        assertThatThrownBy(() -> as(world.menteeEmail(), () -> {
            agreements.sign(id, read.version(), read.revision());
            return null;
        })).isInstanceOf(OptimisticLockingFailureException.class);
        var now = as(world.menteeEmail(), () -> agreements.versions(id)).get(0);
        assertThat(now.signedByAnyone()).isFalse();
        as(world.menteeEmail(), () -> {
            agreements.sign(id, now.version(), now.revision());
            return null;
        });
        assertThat(as(world.menteeEmail(), () -> agreements.versions(id)).get(0).signature(DuoSide.MENTEE))
                .isNotNull();
    }
}
