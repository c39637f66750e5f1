package org.tandem.matching;

import org.springframework.boot.test.context.TestComponent;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantRole;
import org.tandem.participant.PersonData;
import org.tandem.participant.Profile;

/** People taken through intake to ready to match, as a coordinator would (import with ParticipantFixture). */
@TestComponent
public class MatchingFixture {

    private final ParticipantFixture participants;

    MatchingFixture(ParticipantFixture participants) {
        this.participants = participants;
    }

    public long ready(String coordinator, long cohortId, ParticipantRole role, int capacity, Long siteId,
            Profile profile) {
        return participants.ready(coordinator, cohortId, role, capacity, siteId, profile);
    }

    public long ready(String coordinator, long cohortId, ParticipantRole role, PersonData person, int capacity,
            Long siteId, Profile profile) {
        return participants.ready(coordinator, cohortId, role, person, capacity, siteId, profile);
    }
}
