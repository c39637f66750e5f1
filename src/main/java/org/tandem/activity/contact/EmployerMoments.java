package org.tandem.activity.contact;

import java.util.List;

/** An employer of the programme with its released mentors' contact moments; overdue steps counted. */
public record EmployerMoments(long employerId, String name, String city, List<MentorMoments> mentors) {

    public long overdue() {
        return mentors.stream().mapToLong(MentorMoments::overdue).sum();
    }

    public long held() {
        return mentors.stream().flatMap(m -> m.moments().stream()).filter(v -> v.state() == MomentState.HELD)
                .count();
    }
}
