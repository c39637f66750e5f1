package org.tandem.programme;

public enum MeetingFrequency {
    WEEKLY, FORTNIGHTLY, MONTHLY
}
