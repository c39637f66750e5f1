package org.tandem.activity.contact;

import java.time.LocalDate;
import java.util.Set;

/**
 * A contact moment as held: the day, who took part (the mentor always; {@code others} names anybody else), the topics
 * discussed and a short note. Mentor and step are read only for a moment recorded without being planned first.
 */
public record MomentRecording(Long mentorEnrolmentId, Integer step, LocalDate heldOn, Set<Taker> tookPart,
        String others, Set<Topic> topics, String note, Long version) {

    public MomentRecording {
        tookPart = tookPart == null ? Set.of() : Set.copyOf(tookPart);
        topics = topics == null ? Set.of() : Set.copyOf(topics);
    }
}
