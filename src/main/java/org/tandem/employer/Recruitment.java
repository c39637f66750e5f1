package org.tandem.employer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.Text;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;

/** An employer's recruitment for one programme: its stage, its dated steps and its pledge. */
@Entity
@Table(name = "recruitment")
class Recruitment {

    static final int MAX_MENTORS = 500;
    static final int MAX_HOURS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recruitment_seq")
    @SequenceGenerator(name = "recruitment_seq", sequenceName = "recruitment_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long programmeId;

    @Enumerated(EnumType.STRING)
    private PipelineStage stage;

    private int pledgedMentors;
    private int hoursPerMonth;
    @PersonalData(Kind.FREE_TEXT)
    private String declineReason;

    @ElementCollection
    @CollectionTable(name = "recruitment_step", joinColumns = @JoinColumn(name = "recruitment_id"))
    @OrderColumn(name = "position")
    private List<RecruitmentStep> history = new ArrayList<>();

    protected Recruitment() {
    }

    Recruitment(long programmeId, Instant now, String by) {
        this.programmeId = programmeId;
        this.stage = PipelineStage.PROSPECT;
        history.add(new RecruitmentStep(stage, now, by, null));
    }

    /** One step along the pipeline; a decline needs a reason. */
    void moveTo(PipelineStage target, String reason, Instant now, String by) {
        if (!stage.next().contains(target)) {
            throw new DomainException("recruitment.step.illegal", stage.name(), target.name());
        }
        String why = Text.orNull(reason);
        if (target == PipelineStage.DECLINED && why == null) {
            throw new FieldException("reason", "recruitment.decline.reason");
        }
        stage = target;
        declineReason = target == PipelineStage.DECLINED ? why : null;
        history.add(new RecruitmentStep(target, now, by, why));
    }

    void pledge(int mentors, int hours) {
        if (stage.isFinal()) {
            throw new DomainException("recruitment.pledge.closed");
        }
        if (mentors < 0 || mentors > MAX_MENTORS) {
            throw new FieldException("mentors", "recruitment.pledge.mentors", MAX_MENTORS);
        }
        if (hours < 0 || hours > MAX_HOURS) {
            throw new FieldException("hoursPerMonth", "recruitment.pledge.hours", MAX_HOURS);
        }
        pledgedMentors = mentors;
        hoursPerMonth = hours;
    }

    long version() {
        return version;
    }

    Long id() {
        return id;
    }

    long programmeId() {
        return programmeId;
    }

    PipelineStage stage() {
        return stage;
    }

    int pledgedMentors() {
        return pledgedMentors;
    }

    int hoursPerMonth() {
        return hoursPerMonth;
    }

    String declineReason() {
        return declineReason;
    }

    List<RecruitmentStep> history() {
        return List.copyOf(history);
    }
}
