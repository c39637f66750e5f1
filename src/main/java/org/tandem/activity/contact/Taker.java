package org.tandem.activity.contact;

/** Who took part in a contact moment; the mentor always does. */
public enum Taker {
    MENTOR, EMPLOYER_CONTACT, MANAGER, COORDINATOR
}
