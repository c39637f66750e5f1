package org.tandem.participant;

public enum MeetingMode {
    IN_PERSON, ONLINE, BOTH
}
