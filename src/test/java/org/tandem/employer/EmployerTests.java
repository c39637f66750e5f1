package org.tandem.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

class EmployerTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void nameAndCityMakeACaseInsensitiveNaturalKey() {
        assertThat(Employer.naturalKey(" Bouw BV ", "ROTTERDAM")).isEqualTo(Employer.naturalKey("bouw bv", "Rotterdam"));
        assertThat(Employer.naturalKey("Bouw BV", "Rotterdam")).isNotEqualTo(Employer.naturalKey("Bouw BV", "Delft"));
    }

    @Test
    void isRecruitedOncePerProgrammeAndCommittedOnlyFromCommittedOn() {
        var employer = new Employer(EmployerMother.details(), NOW);
        employer.recruitFor(1L, NOW, "t");
        employer.recruitFor(2L, NOW, "t");
        assertThatThrownBy(() -> employer.recruitFor(1L, NOW, "t")).isInstanceOf(FieldException.class);
        employer.moveTo(1L, PipelineStage.CONTACTED, null, NOW, "t");
        employer.moveTo(1L, PipelineStage.INTERESTED, null, NOW, "t");
        assertThat(employer.committedTo(1L)).isFalse();
        employer.moveTo(1L, PipelineStage.COMMITTED, null, NOW, "t");
        assertThat(employer.committedTo(1L)).isTrue();
        assertThat(employer.committedTo(2L)).isFalse();
        assertThat(employer.committedTo(3L)).isFalse();
        assertThatThrownBy(() -> employer.moveTo(3L, PipelineStage.CONTACTED, null, NOW, "t"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void keepsItsContactsAndKnowsWhoSpeaksForIt() {
        var employer = new Employer(EmployerMother.details(), NOW);
        employer.addContact(new ContactDetails("A", "a@example.org", null, null, null), null);
        employer.addContact(new ContactDetails("B", "b@example.org", " ", "HR", null), 42L);
        assertThatThrownBy(() -> employer.addContact(new ContactDetails("C", "A@example.org", null, null, null), null))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(employer.speaksFor(42L)).isTrue();
        assertThat(employer.contacts().get(1).phone()).isNull();
        employer.removeContact(1);
        assertThat(employer.speaksFor(42L)).isFalse();
        assertThatThrownBy(() -> employer.removeContact(5)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void groupsEnrolmentStatusesTheWayAnEmployerSeesThem() {
        assertThat(MentorGroup.of(EnrolmentStatus.NOMINATED)).isEqualTo(MentorGroup.ENROLLED);
        assertThat(MentorGroup.of(EnrolmentStatus.INTAKE_DONE)).isEqualTo(MentorGroup.ENROLLED);
        assertThat(MentorGroup.of(EnrolmentStatus.READY_TO_MATCH)).isEqualTo(MentorGroup.TRAINED);
        assertThat(MentorGroup.of(EnrolmentStatus.MATCHED)).isEqualTo(MentorGroup.MATCHED);
        assertThat(MentorGroup.of(EnrolmentStatus.ACTIVE)).isEqualTo(MentorGroup.ACTIVE);
        assertThat(MentorGroup.of(EnrolmentStatus.COMPLETED)).isEqualTo(MentorGroup.COMPLETED);
        assertThat(MentorGroup.of(EnrolmentStatus.WITHDRAWN)).isEqualTo(MentorGroup.STOPPED);
    }
}
