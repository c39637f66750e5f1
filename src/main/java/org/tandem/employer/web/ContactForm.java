package org.tandem.employer.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.tandem.employer.ContactDetails;

record ContactForm(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @Size(max = 80) String role,
        @Email @Size(max = 254) String userEmail) {

    static ContactForm empty() {
        return new ContactForm("", "", "", "", "");
    }

    ContactDetails toDetails() {
        return new ContactDetails(name, email, phone, role, userEmail);
    }
}
