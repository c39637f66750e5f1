package org.tandem.employer;

import jakarta.persistence.Embeddable;
import org.tandem.shared.Text;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/** Somebody who speaks for the employer; one may be a Tandem user (an employer contact) by user id. */
@Embeddable
class ContactPerson {

    @PersonalData(Kind.NAME)
    private String name;
    @PersonalData(value = Kind.CONTACT, purpose = Purpose.COMMUNICATION)
    private String email;
    @PersonalData(value = Kind.CONTACT, purpose = Purpose.COMMUNICATION)
    private String phone;
    private String role;
    private Long userId;

    protected ContactPerson() {
    }

    ContactPerson(ContactDetails details, Long userId) {
        this.name = details.name().trim();
        this.email = details.email().trim().toLowerCase(java.util.Locale.ROOT);
        this.phone = Text.orNull(details.phone());
        this.role = Text.orNull(details.role());
        this.userId = userId;
    }


    String name() {
        return name;
    }

    String email() {
        return email;
    }

    String phone() {
        return phone;
    }

    String role() {
        return role;
    }

    Long userId() {
        return userId;
    }
}
