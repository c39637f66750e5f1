package org.tandem.activity.workshop;

/** Where a registration stands: a place, a place on the waiting list, or given up. */
public enum RegistrationStatus { REGISTERED, WAITING, CANCELLED }
