package org.tandem.activity.workshop;

import org.tandem.participant.ParticipantRole;

/** A participant of the programme a coordinator may register or let in at the door, found by name. */
public record Candidate(long enrolmentId, String name, ParticipantRole role) {
}
