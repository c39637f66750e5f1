package org.tandem.duo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
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

    private final DuoRepository duos;
    private final DuoOutcomeRepository outcomes;

    DuoMetrics(DuoRepository duos, DuoOutcomeRepository outcomes) {
        this.duos = duos;
        this.outcomes = outcomes;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.DUOS_FORMED, Metric.DUOS_COMPLETED, Metric.POSITIVE_EXIT_RATE,
                Metric.MENTORS_STARTING_ANOTHER_DUO);
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalDouble measure(long programmeId, Metric metric) {
        var all = duos.findByProgrammeIdOrderById(programmeId);
        return switch (metric) {
            case DUOS_FORMED -> OptionalDouble.of(all.stream().filter(d -> d.state() != DuoState.PROPOSED
                    && d.state() != DuoState.DECLINED).count());
            case DUOS_COMPLETED -> OptionalDouble.of(all.stream().filter(d -> d.state() == DuoState.COMPLETED)
                    .count());
            case POSITIVE_EXIT_RATE -> positiveExitRate(all);
            case MENTORS_STARTING_ANOTHER_DUO -> mentorsContinuing(all);
            default -> OptionalDouble.empty();
        };
    }

    private OptionalDouble positiveExitRate(List<Duo> all) {
        Set<Long> stillMatched = all.stream().filter(d -> d.state().isOpen()).map(Duo::menteeEnrolmentId)
                .collect(Collectors.toSet());
        var closed = all.stream().filter(d -> OutcomeService.CLOSED.contains(d.state())
                && !stillMatched.contains(d.menteeEnrolmentId())).toList();
        if (closed.isEmpty()) {
            return OptionalDouble.empty();
        }
        Map<Long, Long> menteeOf = new HashMap<>();
        closed.forEach(d -> menteeOf.put(d.id(), d.menteeEnrolmentId()));
        Set<Long> positive = new HashSet<>();
        outcomes.findByDuoIdIn(menteeOf.keySet()).stream().filter(o -> o.kind().positive())
                .forEach(o -> positive.add(menteeOf.get(o.duoId())));
        long mentees = closed.stream().map(Duo::menteeEnrolmentId).distinct().count();
        return OptionalDouble.of(100.0 * positive.size() / mentees);
    }

    private static OptionalDouble mentorsContinuing(List<Duo> all) {
        Map<Long, Duo> latest = new HashMap<>();
        Comparator<Duo> byEnd = Comparator.comparing(Duo::endedOn, Comparator.nullsFirst(LocalDate::compareTo))
                .thenComparing(Duo::closedAt, Comparator.nullsFirst(Instant::compareTo))
                .thenComparing(Duo::id);
        all.stream().filter(d -> OutcomeService.CLOSED.contains(d.state()) && d.mentorContinues() != null)
                .forEach(d -> latest.merge(d.mentorEnrolmentId(), d, (a, b) -> byEnd.compare(a, b) >= 0 ? a : b));
        if (latest.isEmpty()) {
            return OptionalDouble.empty();
        }
        long yes = latest.values().stream().filter(d -> d.mentorContinues()).count();
        return OptionalDouble.of(100.0 * yes / latest.size());
    }
}
