package org.tandem.duo;

/** How a coordinator followed a health signal up. */
public enum FollowUpKind {
    CALL, VISIT, NOTE
}
