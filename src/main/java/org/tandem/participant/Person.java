package org.tandem.participant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.tandem.shared.Country;
import org.tandem.shared.Language;
import org.tandem.shared.Text;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/**
 * Somebody who takes part in a programme, as that programme knows them: the e-mail address identifies them within
 * the programme. A person in two programmes has a record in each, holding what each programme was told, so that a
 * coordinator never sees nor reuses what another programme holds (consents and sensitive data were per programme
 * already). The person themselves, signed in, sees all their records' enrolments (they meet on the address).
 */
@Entity
@Table(name = "person")
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @PersonalData(Kind.NAME)
    private String firstName;
    @PersonalData(Kind.NAME)
    private String lastName;
    @PersonalData(value = Kind.CONTACT, purpose = {Purpose.COMMUNICATION, Purpose.SECURITY})
    private String email;
    @PersonalData(value = Kind.CONTACT, purpose = Purpose.COMMUNICATION)
    private String phone;
    @PersonalData(value = Kind.BIRTH, purpose = {Purpose.PROGRAMME, Purpose.MATCHING, Purpose.REPORTING})
    private Integer birthYear;

    @Enumerated(EnumType.STRING)
    @PersonalData(value = Kind.PROFILE, purpose = Purpose.COMMUNICATION)
    private Language preferredLanguage;

    @PersonalData(value = Kind.LOCATION, purpose = {Purpose.PROGRAMME, Purpose.MATCHING})
    private String city;
    @PersonalData(Kind.LOCATION)
    private String postcode;

    @Enumerated(EnumType.STRING)
    @PersonalData(Kind.LOCATION)
    private Country country;

    private Long userId;
    private Long programmeId;
    private Instant createdAt;
    /** When this record was erased (GDPR Art. 17 or the programme's retention term); its fields are placeholders. */
    private Instant erasedAt;

    protected Person() {
    }

    Person(PersonData data, long programmeId, Instant createdAt) {
        this.email = normalise(data.email());
        this.programmeId = programmeId;
        this.createdAt = createdAt;
        update(data);
    }

    static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    void update(PersonData data) {
        if (!normalise(data.email()).equals(email)) {
            throw new IllegalArgumentException("the e-mail address identifies a person and does not change here");
        }
        this.firstName = data.firstName().trim();
        this.lastName = data.lastName().trim();
        this.phone = Text.orNull(data.phone());
        this.birthYear = data.birthYear();
        this.preferredLanguage = data.preferredLanguage() == null ? Language.NL : data.preferredLanguage();
        this.city = Text.orNull(data.city());
        this.postcode = Text.orNull(data.postcode());
        this.country = data.country();
    }

    boolean sameAs(PersonData data) {
        return Objects.equals(firstName, data.firstName().trim()) && Objects.equals(lastName, data.lastName().trim())
                && Objects.equals(phone, Text.orNull(data.phone())) && Objects.equals(birthYear, data.birthYear())
                && Objects.equals(city, Text.orNull(data.city()))
                && Objects.equals(postcode, Text.orNull(data.postcode())) && country == data.country()
                && (data.preferredLanguage() == null || preferredLanguage == data.preferredLanguage());
    }

    void linkUser(long userId) {
        this.userId = userId;
    }


    PersonData data() {
        return new PersonData(firstName, lastName, email, phone, birthYear, preferredLanguage, city, postcode, country);
    }

    long version() {
        return version;
    }

    Long id() {
        return id;
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    String fullName() {
        return firstName + " " + lastName;
    }

    String email() {
        return email;
    }

    String phone() {
        return phone;
    }

    Integer birthYear() {
        return birthYear;
    }

    Long userId() {
        return userId;
    }

    Long programmeId() {
        return programmeId;
    }

    Instant erasedAt() {
        return erasedAt;
    }

    @Override
    public String toString() {
        return "Person[" + id + "]";
    }
}
