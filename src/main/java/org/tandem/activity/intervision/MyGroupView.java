package org.tandem.activity.intervision;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A member's own view of their group: the others by first name, upcoming sessions, and past ones with the themes
 * discussed and whether they themselves were there ({@code attended} null until attendance is recorded). Nobody
 * else's attendance, no session notes.
 */
public record MyGroupView(long groupId, long programmeId, String programmeName, String name, String site,
        String facilitatorName, List<String> members, MySession next, List<MySession> upcoming,
        List<MySession> past) {

    public record MySession(long id, LocalDateTime startsAt, LocalDateTime endsAt, String place, String onlineLink,
            boolean cancelled, Boolean attended, Set<IntervisionTheme> themes, String otherTheme) {
    }
}
