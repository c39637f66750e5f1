package org.tandem.employer;

/** A contact person; userEmail, when given, links the contact to the Tandem user with that e-mail. */
public record ContactDetails(String name, String email, String phone, String role, String userEmail) {
}
