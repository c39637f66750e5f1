package org.tandem.evaluation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * Where a person meets their respondent key: one random key per person per programme, so that the waves of a
 * programme pair up. The invitations read this, the employer's before/after of the employees who consented to share
 * their progress with it (a chosen set of people, figures only), and the research waves' analyses, which keep only the
 * keys of people whose research consent still holds; no other analysis or export joins it.
 */
@Entity
@Table(name = "respondent_link")
class RespondentLink {

    @Embeddable
    record Ref(long programmeId, String invitee) {
    }

    @EmbeddedId
    private Ref ref;

    private String respondentKey;

    protected RespondentLink() {
    }

    RespondentLink(long programmeId, String invitee) {
        this.ref = new Ref(programmeId, invitee);
        this.respondentKey = UUID.randomUUID().toString();
    }

    /** {@code enrolment:<id>} for a participant, {@code account:<id>} for an employer contact. */
    static String enrolment(long enrolmentId) {
        return "enrolment:" + enrolmentId;
    }

    /** The enrolment of a participant's invitee string, none for an employer contact. */
    static java.util.Optional<Long> enrolmentId(String invitee) {
        return invitee.startsWith("enrolment:") ? java.util.Optional.of(Long.parseLong(invitee.substring(10)))
                : java.util.Optional.empty();
    }

    static String account(long accountId) {
        return "account:" + accountId;
    }

    String invitee() {
        return ref.invitee();
    }

    String respondentKey() {
        return respondentKey;
    }
}
