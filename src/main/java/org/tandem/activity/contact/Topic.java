package org.tandem.activity.contact;

/** What a contact moment between an employer and its released mentor was about (one or more). */
public enum Topic {
    ROLE_IN_COMPANY, WHAT_MENTOR_LEARNED, WHAT_EMPLOYER_SEES, TIME_AND_RELEASE
}
