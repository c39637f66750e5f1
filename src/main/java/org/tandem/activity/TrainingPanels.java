package org.tandem.activity;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tandem.participant.EnrolmentPanels;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.EnrolmentSummary;
import org.tandem.participant.ParticipantRole;

/** A mentor's training path on their participant page: each module done or missing, and how far they are. */
@Component
class TrainingPanels implements EnrolmentPanels {

    private final TrainingService training;

    TrainingPanels(TrainingService training) {
        this.training = training;
    }

    @Override
    public List<Panel> panels(EnrolmentSummary enrolment) {
        if (enrolment.role() != ParticipantRole.MENTOR) {
            return List.of();
        }
        return training.pathOf(enrolment.id(), enrolment.programmeId()).map(mine -> List.of(new Panel(
                "training-path", "training.path.title", "training.path.progress",
                List.of(mine.requiredDone(), mine.threshold()),
                mine.path().modules().stream().map(m -> {
                    boolean done = mine.completedModules().contains(m.id());
                    return new Line(m.name(), done ? "training.module.done"
                            : m.required() ? "training.module.missing" : "training.module.optional", done);
                }).toList(),
                "/programmes/" + enrolment.programmeId() + "/training", Set.of(EnrolmentStatus.TRAINED))))
                .orElse(List.of());
    }
}
