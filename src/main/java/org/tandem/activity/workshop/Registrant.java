package org.tandem.activity.workshop;

/** Who registers: a participant by enrolment, or an employer contact by account (with the name shown in lists). */
record Registrant(Long enrolmentId, Long accountId, String accountName) {

    Registrant {
        if ((enrolmentId == null) == (accountId == null)) {
            throw new IllegalArgumentException("a registrant is an enrolment or an account");
        }
    }

    static Registrant participant(long enrolmentId) {
        return new Registrant(enrolmentId, null, null);
    }

    static Registrant account(long accountId, String name) {
        return new Registrant(null, accountId, name);
    }
}
