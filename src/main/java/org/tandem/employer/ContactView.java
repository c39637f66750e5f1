package org.tandem.employer;

/** A contact person; index is its place in the employer's list, used to remove it. */
public record ContactView(int index, String name, String email, String phone, String role, Long userId) {
}
