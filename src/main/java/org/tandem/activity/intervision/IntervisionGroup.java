package org.tandem.activity.intervision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotPersonal;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/**
 * An intervision group of a programme's mentors, with its facilitator (a name and an e-mail address; their Tandem
 * account when one has that address). Groups of 4 to 8 are advised; more than {@link #MAX_MEMBERS} is refused, the
 * same in every programme.
 */
@Entity
@Table(name = "intervision_group")
class IntervisionGroup {

    static final int ADVISED_MIN = 4;
    static final int ADVISED_MAX = 8;
    static final int MAX_MEMBERS = 12;
    static final int MAX_NAME = 120;
    static final int MAX_TEXT = 200;
    static final int MAX_EMAIL = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intervision_group_seq")
    @SequenceGenerator(name = "intervision_group_seq", sequenceName = "intervision_group_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long programmeId;
    @NotPersonal("the name of an intervision group")
    private String name;
    private Long siteId;
    private Long cohortId;
    @PersonalData(Kind.NAME)
    private String facilitatorName;
    @PersonalData(value = Kind.CONTACT, purpose = Purpose.COMMUNICATION)
    private String facilitatorEmail;
    private Long facilitatorAccountId;

    @ElementCollection
    @CollectionTable(name = "intervision_member", joinColumns = @JoinColumn(name = "group_id"))
    private Set<Membership> members = new HashSet<>();

    protected IntervisionGroup() {
    }

    IntervisionGroup(long programmeId, GroupDetails details, Long facilitatorAccountId) {
        this.programmeId = programmeId;
        apply(details, facilitatorAccountId);
    }

    void change(GroupDetails details, Long facilitatorAccountId) {
        apply(details, facilitatorAccountId);
    }

    /** The address as stored and compared: trimmed, lower case. */
    static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private void apply(GroupDetails details, Long accountId) {
        String nameText = blankToNull(details.name());
        if (nameText == null) {
            throw new FieldException("name", "intervision.group.name.required");
        }
        if (nameText.length() > MAX_NAME) {
            throw new FieldException("name", "intervision.text.long", MAX_NAME);
        }
        String facilitator = blankToNull(details.facilitatorName());
        if (facilitator == null) {
            throw new FieldException("facilitatorName", "intervision.group.facilitator.required");
        }
        if (facilitator.length() > MAX_TEXT) {
            throw new FieldException("facilitatorName", "intervision.text.long", MAX_TEXT);
        }
        String email = normalise(blankToNull(details.facilitatorEmail()));
        if (email == null || email.length() > MAX_EMAIL || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new FieldException("facilitatorEmail", "intervision.group.facilitator.email");
        }
        name = nameText;
        siteId = details.siteId();
        cohortId = details.cohortId();
        facilitatorName = facilitator;
        facilitatorEmail = email;
        facilitatorAccountId = accountId;
    }

    /** Adds a mentor of the programme; a second time, or beyond the maximum, is refused. */
    void add(long enrolmentId) {
        if (hasMember(enrolmentId)) {
            throw new FieldException("enrolmentId", "intervision.member.already");
        }
        if (members.size() >= MAX_MEMBERS) {
            throw new FieldException("enrolmentId", "intervision.member.full", MAX_MEMBERS);
        }
        members.add(new Membership(programmeId, enrolmentId));
    }

    void remove(long enrolmentId) {
        if (!members.remove(new Membership(programmeId, enrolmentId))) {
            throw new FieldException("enrolmentId", "intervision.member.notInGroup");
        }
    }

    boolean hasMember(long enrolmentId) {
        return members.contains(new Membership(programmeId, enrolmentId));
    }

    boolean facilitatedBy(String email) {
        return email != null && facilitatorEmail.equals(normalise(email));
    }

    /** Whether the group's size is outside the advised 4 to 8: "SMALL", "LARGE", or null when it is fine. */
    String sizeAdvice() {
        if (members.size() < ADVISED_MIN) {
            return "SMALL";
        }
        return members.size() > ADVISED_MAX ? "LARGE" : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    long programmeId() {
        return programmeId;
    }

    String name() {
        return name;
    }

    Long siteId() {
        return siteId;
    }

    Long cohortId() {
        return cohortId;
    }

    String facilitatorName() {
        return facilitatorName;
    }

    String facilitatorEmail() {
        return facilitatorEmail;
    }

    Long facilitatorAccountId() {
        return facilitatorAccountId;
    }

    Set<Long> memberIds() {
        return members.stream().map(Membership::enrolmentId).collect(Collectors.toUnmodifiableSet());
    }
}
