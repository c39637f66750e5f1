package org.tandem.participant;

public enum ParticipantRole {
    MENTOR, MENTEE
}
