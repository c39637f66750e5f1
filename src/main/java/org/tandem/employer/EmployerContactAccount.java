package org.tandem.employer;

/** An employer's contact person who has a Tandem account (role employer contact), for modules that mail them. */
public record EmployerContactAccount(long employerId, long userId, String name, String email) {
}
