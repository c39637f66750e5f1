package org.tandem.employer;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tandem.shared.Country;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Text;
import org.tandem.shared.Versions;
import org.tandem.shared.NotPersonal;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;

/**
 * An employer with its contact persons and its recruitment per programme. Name and city together identify it
 * (case-insensitive), kept as a normalised natural key.
 */
@Entity
@Table(name = "employer")
class Employer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employer_seq")
    @SequenceGenerator(name = "employer_seq", sequenceName = "employer_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotPersonal("an organisation's name")
    private String name;
    private String naturalKey;

    @Enumerated(EnumType.STRING)
    private EmployerSector sector;

    private boolean heavyProfession;

    @Enumerated(EnumType.STRING)
    private SizeBand sizeBand;

    @Enumerated(EnumType.STRING)
    @NotPersonal("an organisation's country")
    private Country country;

    @NotPersonal("an organisation's city")
    private String city;
    @PersonalData(Kind.FREE_TEXT)
    private String notes;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "employer_contact", joinColumns = @JoinColumn(name = "employer_id"))
    @OrderColumn(name = "position")
    private List<ContactPerson> contacts = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "employer_id", nullable = false, updatable = false)
    @OrderBy("programmeId")
    private List<Recruitment> recruitments = new ArrayList<>();

    protected Employer() {
    }

    Employer(EmployerDetails details, Instant now) {
        describe(details);
        this.createdAt = now;
    }

    static String naturalKey(String name, String city) {
        return name.trim().toLowerCase(Locale.ROOT) + "|" + city.trim().toLowerCase(Locale.ROOT);
    }

    void describe(EmployerDetails details) {
        this.name = details.name().trim();
        this.city = details.city().trim();
        this.naturalKey = naturalKey(name, city);
        this.sector = details.sector();
        this.heavyProfession = details.heavyProfession();
        this.sizeBand = details.sizeBand();
        this.country = details.country();
        this.notes = Text.orNull(details.notes());
    }

    Recruitment recruitFor(long programmeId, Instant now, String by) {
        if (recruitment(programmeId).isPresent()) {
            throw new FieldException("programmeId", "recruitment.exists");
        }
        var recruitment = new Recruitment(programmeId, now, by);
        recruitments.add(recruitment);
        return recruitment;
    }

    void moveTo(long programmeId, PipelineStage stage, String reason, Instant now, String by) {
        requireRecruitment(programmeId).moveTo(stage, reason, now, by);
    }

    /** A pledge changed on what was read at {@code version} of the recruitment (null: not compared). */
    void pledge(long programmeId, int mentors, int hours, Long version) {
        var recruitment = requireRecruitment(programmeId);
        Versions.require(version, recruitment.version());
        recruitment.pledge(mentors, hours);
    }

    /** Mentors may be nominated only for programmes the employer committed to. */
    boolean committedTo(long programmeId) {
        return recruitment(programmeId).map(r -> r.stage().isCommitted()).orElse(false);
    }

    void addContact(ContactDetails details, Long userId) {
        if (contacts.stream().anyMatch(c -> c.email().equalsIgnoreCase(details.email().trim()))) {
            throw new FieldException("email", "employer.contact.duplicate");
        }
        contacts.add(new ContactPerson(details, userId));
    }

    void removeContact(int index) {
        if (index < 0 || index >= contacts.size()) {
            throw new NotFoundException("contact", index);
        }
        contacts.remove(index);
    }

    boolean speaksFor(long userId) {
        return contacts.stream().anyMatch(c -> c.userId() != null && c.userId() == userId);
    }

    Optional<Recruitment> recruitment(long programmeId) {
        return recruitments.stream().filter(r -> r.programmeId() == programmeId).findFirst();
    }

    private Recruitment requireRecruitment(long programmeId) {
        return recruitment(programmeId).orElseThrow(() -> new NotFoundException("recruitment", programmeId));
    }

    long version() {
        return version;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    EmployerSector sector() {
        return sector;
    }

    boolean heavyProfession() {
        return heavyProfession;
    }

    SizeBand sizeBand() {
        return sizeBand;
    }

    Country country() {
        return country;
    }

    String city() {
        return city;
    }

    String notes() {
        return notes;
    }

    List<ContactPerson> contacts() {
        return List.copyOf(contacts);
    }

    List<Recruitment> recruitments() {
        return List.copyOf(recruitments);
    }
}
