package org.tandem.activity.calendar;

/** What an entry in a calendar is. */
public enum ActivityKind { TRAINING, INTERVISION, WORKSHOP, CONTACT_MOMENT, DUO_MEETING }
