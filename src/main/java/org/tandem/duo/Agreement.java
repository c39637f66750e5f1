package org.tandem.duo;

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
import java.util.List;
import java.util.Objects;
import org.tandem.programme.MeetingFrequency;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.Text;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;

/**
 * One version of a duo's agreement. Its content may change only while nobody has signed it; after a signature a
 * change is a new version, which both sign again. Each member signs for themselves.
 */
@Entity
@Table(name = "duo_agreement")
class Agreement {

    static final int MAX_GOALS = 10;
    static final int MAX_DURATION_MONTHS = 36;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duo_agreement_seq")
    @SequenceGenerator(name = "duo_agreement_seq", sequenceName = "duo_agreement_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long duoId;
    private int versionNo;
    @PersonalData(Kind.FREE_TEXT)
    private String goals;

    @Enumerated(EnumType.STRING)
    private MeetingFrequency frequency;

    @Enumerated(EnumType.STRING)
    private AgreedMode mode;

    private int durationMonths;
    private String meetingPlace;
    private String meetingTime;
    private String codeOfConduct;
    private int codeOfConductVersion;
    private boolean confidentiality;
    private Instant createdAt;
    private String createdBy;
    private Instant mentorSignedAt;
    private String mentorSignedBy;
    private Instant menteeSignedAt;
    private String menteeSignedBy;

    protected Agreement() {
    }

    /** A first version, or the next one after {@code previous}. */
    static Agreement draft(long duoId, Agreement previous, AgreementChange terms, String codeOfConduct,
            int codeOfConductVersion, String who, Instant now) {
        var agreement = new Agreement();
        agreement.duoId = duoId;
        agreement.versionNo = previous == null ? 1 : previous.versionNo + 1;
        agreement.fill(terms, codeOfConduct, codeOfConductVersion);
        agreement.createdAt = now;
        agreement.createdBy = who;
        return agreement;
    }

    /** Changes this version in place, which only an unsigned version allows. */
    void change(AgreementChange terms, String codeOfConduct, int codeOfConductVersion, String who, Instant now) {
        if (signedByAnyone()) {
            throw new DomainException("agreement.signed.readOnly");
        }
        fill(terms, codeOfConduct, codeOfConductVersion);
        createdAt = now;
        createdBy = who;
    }

    /** Whether the change (with this code of conduct) says exactly what this version says. */
    boolean sameAs(AgreementChange terms, int codeOfConductVersion) {
        return this.codeOfConductVersion == codeOfConductVersion && goals.equals(String.join("\n", goalList(terms)))
                && frequency == terms.frequency() && mode == terms.mode()
                && Objects.equals(durationMonths, terms.durationMonths())
                && Objects.equals(meetingPlace, Text.orNull(terms.meetingPlace()))
                && Objects.equals(meetingTime, Text.orNull(terms.meetingTime()))
                && confidentiality == Boolean.TRUE.equals(terms.confidentiality());
    }

    private void fill(AgreementChange terms, String codeOfConduct, int codeOfConductVersion) {
        var goalList = goalList(terms);
        if (goalList.isEmpty()) {
            throw new FieldException("goals", "agreement.goals.required");
        }
        if (goalList.size() > MAX_GOALS) {
            throw new FieldException("goals", "agreement.goals.tooMany", MAX_GOALS);
        }
        String joined = String.join("\n", goalList);
        if (joined.length() > 2000) {
            throw new FieldException("goals", "agreement.tooLong", 2000);
        }
        if (terms.frequency() == null) {
            throw new FieldException("frequency", "agreement.frequency.required");
        }
        if (terms.mode() == null) {
            throw new FieldException("mode", "agreement.mode.required");
        }
        if (terms.durationMonths() == null || terms.durationMonths() < 1
                || terms.durationMonths() > MAX_DURATION_MONTHS) {
            throw new FieldException("durationMonths", "agreement.duration.range", 1, MAX_DURATION_MONTHS);
        }
        String place = Text.orNull(terms.meetingPlace());
        if (place != null && place.length() > 300) {
            throw new FieldException("meetingPlace", "agreement.tooLong", 300);
        }
        String time = Text.orNull(terms.meetingTime());
        if (time != null && time.length() > 300) {
            throw new FieldException("meetingTime", "agreement.tooLong", 300);
        }
        if (!Boolean.TRUE.equals(terms.confidentiality())) {
            throw new FieldException("confidentiality", "agreement.confidentiality.required");
        }
        goals = joined;
        frequency = terms.frequency();
        mode = terms.mode();
        durationMonths = terms.durationMonths();
        meetingPlace = place;
        meetingTime = time;
        this.codeOfConduct = codeOfConduct;
        this.codeOfConductVersion = codeOfConductVersion;
        confidentiality = true;
    }

    /** One member signs for their own side. */
    void sign(DuoSide side, String who, Instant now) {
        if (signedAt(side) != null) {
            throw new DomainException("agreement.sign.already");
        }
        if (side == DuoSide.MENTOR) {
            mentorSignedAt = now;
            mentorSignedBy = who;
        } else {
            menteeSignedAt = now;
            menteeSignedBy = who;
        }
    }

    /** This version as the change that would write it again. */
    AgreementChange asChange() {
        return new AgreementChange(goals, frequency, mode, durationMonths, meetingPlace, meetingTime,
                confidentiality, versionNo, version);
    }

    private static List<String> goalList(AgreementChange terms) {
        return DuoSettings.lines(terms.goals());
    }


    boolean signedByAnyone() {
        return mentorSignedAt != null || menteeSignedAt != null;
    }

    boolean signedByBoth() {
        return mentorSignedAt != null && menteeSignedAt != null;
    }

    Instant signedAt(DuoSide side) {
        return side == DuoSide.MENTOR ? mentorSignedAt : menteeSignedAt;
    }

    AgreementView view(boolean current) {
        return new AgreementView(id, versionNo, current, DuoSettings.lines(goals), frequency, mode, durationMonths,
                meetingPlace, meetingTime, codeOfConduct, codeOfConductVersion, confidentiality, createdAt, createdBy,
                mentorSignedAt == null ? null : new AgreementView.Signature(mentorSignedAt, mentorSignedBy),
                menteeSignedAt == null ? null : new AgreementView.Signature(menteeSignedAt, menteeSignedBy), version);
    }

    Long id() {
        return id;
    }

    long duoId() {
        return duoId;
    }

    int versionNo() {
        return versionNo;
    }

    MeetingFrequency frequency() {
        return frequency;
    }

    long version() {
        return version;
    }
}
