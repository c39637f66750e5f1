package org.tandem.duo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.programme.Metric;
import org.tandem.programme.MetricProvider;

/**
 * The programme targets about duos.
 * <ul>
 * <li>Duos formed: duos both sides confirmed, whatever became of them since (confirmed, active, paused, completed,
 * ended early); proposals and declined proposals do not count.</li>
 * <li>Duos completed: duos that reached their planned end.</li>
 * <li>Positive-exit rate: per mentee enrolment that has a closed duo (completed or ended early) and no open one
 * (a mentee rematched after an early end counts once their new duo ends), the percentage with a job, internship,
 * education or training, teacher training or a start as a teacher recorded at any moment (at the end, 3 or 12
 * months later) of any of their closed duos. A mentee without any recorded outcome counts as not positive, so the
 * rate never looks better for outcomes left unrecorded. Not measured while no mentee is in the denominator.</li>
 * <li>Mentors starting another duo: per mentor enrolment with a closed duo whose answer is known, the percentage
 * whose latest known answer (of their most recently ended duo) is yes. Not measured while no answer is known.</li>
 * </ul>
 */
@Component
class DuoMetrics implements MetricProvider {

    private static final Set<DuoState> FORMED = EnumSet.complementOf(EnumSet.of(DuoState.PROPOSED,
            DuoState.DECLINED));

    /** Orders a mentor's answers by when their duo ended: end date, then closing time, then id. */
    private static final Comparator<Object[]> LATEST_END = Comparator
            .comparing((Object[] a) -> (LocalDate) a[1], Comparator.nullsFirst(LocalDate::compareTo))
            .thenComparing(a -> (Instant) a[2], Comparator.nullsFirst(Instant::compareTo))
            .thenComparing(a -> (Long) a[3]);

    private final DuoRepository duos;

    DuoMetrics(DuoRepository duos) {
        this.duos = duos;
    }

    @Override
    public boolean fromStoredDataOnly() {
        return true;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.DUOS_FORMED, Metric.DUOS_COMPLETED, Metric.POSITIVE_EXIT_RATE,
                Metric.MENTORS_STARTING_ANOTHER_DUO);
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalDouble measure(long programmeId, Metric metric) {
        return switch (metric) {
            case DUOS_FORMED -> OptionalDouble.of(duos.countByProgrammeIdAndStateIn(programmeId, FORMED));
            case DUOS_COMPLETED -> OptionalDouble.of(duos.countByProgrammeIdAndStateIn(programmeId,
                    EnumSet.of(DuoState.COMPLETED)));
            case POSITIVE_EXIT_RATE -> positiveExitRate(programmeId);
            case MENTORS_STARTING_ANOTHER_DUO -> mentorsContinuing(programmeId);
            default -> OptionalDouble.empty();
        };
    }

    private OptionalDouble positiveExitRate(long programmeId) {
        var counts = duos.countClosedMentees(programmeId, OutcomeService.CLOSED, DuoState.OPEN, OutcomeKind.POSITIVE)
                .get(0);
        long mentees = ((Number) counts[0]).longValue();
        if (mentees == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100.0 * ((Number) counts[1]).longValue() / mentees);
    }

    private OptionalDouble mentorsContinuing(long programmeId) {
        Map<Long, Object[]> latest = new HashMap<>();
        for (var answer : duos.mentorAnswers(programmeId, OutcomeService.CLOSED)) {
            latest.merge((Long) answer[0], answer, (a, b) -> LATEST_END.compare(a, b) >= 0 ? a : b);
        }
        if (latest.isEmpty()) {
            return OptionalDouble.empty();
        }
        long yes = latest.values().stream().filter(answer -> (Boolean) answer[4]).count();
        return OptionalDouble.of(100.0 * yes / latest.size());
    }
}
