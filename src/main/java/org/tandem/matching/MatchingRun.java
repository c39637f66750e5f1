package org.tandem.matching;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.shared.DomainException;
import org.tandem.shared.Text;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/**
 * One matching of a cohort, kept for the record: the profile as it was, who was in the pool, the coordinator's
 * locks and exclusions, and the proposed pairs with their breakdowns. Until it is published, the coordinator steers
 * it: locks and exclusions carry over to a re-run, manual pairs join its proposals. A run is published once.
 */
@Entity
@Table(name = "matching_run")
class MatchingRun {

    enum DecisionKind { LOCK, EXCLUDE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matching_run_seq")
    @SequenceGenerator(name = "matching_run_seq", sequenceName = "matching_run_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long programmeId;
    private long cohortId;
    private Long previousRunId;
    private Instant createdAt;
    private String createdBy;

    @Column(length = 20000)
    private String profileSnapshot;

    @Column(length = 200000)
    private String mentorIds;

    @Column(length = 200000)
    private String menteeIds;

    @Column(length = 1000000)
    private String unmatched;

    private Instant publishedAt;

    /** Set when somebody in the run changed status after it was made (withdrawn, matched elsewhere, ...). */
    private Instant outdatedAt;

    @ElementCollection
    @CollectionTable(name = "matching_run_pair", joinColumns = @JoinColumn(name = "run_id"))
    private List<Pair> pairs = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "matching_run_decision", joinColumns = @JoinColumn(name = "run_id"))
    private List<Decision> decisions = new ArrayList<>();

    @Embeddable
    static class Pair {
        private long mentorId;
        private long menteeId;
        private int score;
        @Enumerated(EnumType.STRING)
        private Matcher.Origin origin;
        @Column(length = 20000)
        private String breakdown;
        @Column(length = 2000)
        private String alternatives;
        @PersonalData(value = Kind.FREE_TEXT, purpose = Purpose.MATCHING)
        private String overrideReason;

        protected Pair() {
        }

        Pair(long mentorId, long menteeId, int score, Matcher.Origin origin, String breakdown, String alternatives,
                String overrideReason) {
            this.mentorId = mentorId;
            this.menteeId = menteeId;
            this.score = score;
            this.origin = origin;
            this.breakdown = breakdown;
            this.alternatives = alternatives;
            this.overrideReason = overrideReason;
        }

        long mentorId() {
            return mentorId;
        }

        long menteeId() {
            return menteeId;
        }

        int score() {
            return score;
        }

        Matcher.Origin origin() {
            return origin;
        }

        String breakdown() {
            return breakdown;
        }

        String alternatives() {
            return alternatives;
        }

        String overrideReason() {
            return overrideReason;
        }

        PairKey key() {
            return new PairKey(mentorId, menteeId);
        }
    }

    @Embeddable
    static class Decision {
        @Enumerated(EnumType.STRING)
        private DecisionKind kind;
        private long mentorId;
        private long menteeId;
        private Instant decidedAt;
        @PersonalData(value = Kind.FREE_TEXT, purpose = Purpose.MATCHING)
        private String reason;

        protected Decision() {
        }

        Decision(DecisionKind kind, PairKey pair, Instant decidedAt, String reason) {
            this.kind = kind;
            this.mentorId = pair.mentorId();
            this.menteeId = pair.menteeId();
            this.decidedAt = decidedAt;
            this.reason = reason;
        }

        DecisionKind kind() {
            return kind;
        }

        PairKey key() {
            return new PairKey(mentorId, menteeId);
        }

        String reason() {
            return reason;
        }

        Decision copy() {
            return new Decision(kind, key(), decidedAt, reason);
        }
    }

    protected MatchingRun() {
    }

    MatchingRun(long programmeId, long cohortId, Long previousRunId, String createdBy, String profileSnapshot,
            List<Long> mentorIds, List<Long> menteeIds, List<Decision> decisions, Instant now) {
        this.programmeId = programmeId;
        this.cohortId = cohortId;
        this.previousRunId = previousRunId;
        this.createdBy = createdBy;
        this.profileSnapshot = profileSnapshot;
        this.mentorIds = join(mentorIds);
        this.menteeIds = join(menteeIds);
        this.decisions.addAll(decisions);
        this.createdAt = now;
        this.unmatched = "[]";
    }

    void recordResult(List<Pair> proposed, String unmatchedJson) {
        pairs.clear();
        pairs.addAll(proposed);
        unmatched = unmatchedJson;
    }

    /** Keeps a proposed pair in every re-run. */
    void lock(PairKey pair, Instant now) {
        requireOpen();
        if (pairs.stream().noneMatch(p -> p.key().equals(pair))) {
            throw new DomainException("matching.lock.notProposed");
        }
        decisions.removeIf(d -> d.key().equals(pair));
        decisions.add(new Decision(DecisionKind.LOCK, pair, now, null));
    }

    /** Keeps a pair out of this run's publication and out of every re-run. */
    void exclude(PairKey pair, Instant now) {
        requireOpen();
        if (!mentorIds().contains(pair.mentorId()) || !menteeIds().contains(pair.menteeId())) {
            throw new DomainException("matching.pair.notInPool");
        }
        decisions.removeIf(d -> d.key().equals(pair));
        decisions.add(new Decision(DecisionKind.EXCLUDE, pair, now, null));
    }

    /**
     * The coordinator's own pair, for a mentee without a pair, with a mentor who has room. It is locked for re-runs.
     * A pair that breaks a hard rule needs the coordinator's reason, which is kept.
     */
    void addManual(PairKey pair, int mentorCapacity, int score, String breakdown, List<String> violations,
            String overrideReason, Instant now) {
        requireOpen();
        if (!mentorIds().contains(pair.mentorId()) || !menteeIds().contains(pair.menteeId())) {
            throw new DomainException("matching.pair.notInPool");
        }
        if (accepted().stream().anyMatch(p -> p.menteeId() == pair.menteeId())) {
            throw new DomainException("matching.manual.menteeTaken");
        }
        if (accepted().stream().filter(p -> p.mentorId() == pair.mentorId()).count() >= mentorCapacity) {
            throw new DomainException("matching.manual.mentorFull", mentorCapacity);
        }
        String reason = Text.orNull(overrideReason);
        if (!violations.isEmpty() && reason == null) {
            throw new DomainException("matching.manual.overrideRequired", String.join(", ", violations));
        }
        pairs.removeIf(p -> p.menteeId() == pair.menteeId());
        pairs.add(new Pair(pair.mentorId(), pair.menteeId(), score, Matcher.Origin.MANUAL, breakdown, "[]",
                violations.isEmpty() ? null : reason));
        decisions.removeIf(d -> d.key().equals(pair));
        decisions.add(new Decision(DecisionKind.LOCK, pair, now, violations.isEmpty() ? null : reason));
    }

    /** One of the two pairs a swap makes, scored under the run's rules. */
    record SwapPair(PairKey key, int score, String breakdown, List<String> violations) {
        SwapPair {
            violations = List.copyOf(violations);
        }
    }

    /**
     * Swaps the partners of two proposed pairs, mentor A–mentee X and mentor B–mentee Y, into A–Y and B–X. The new
     * pairs are the coordinator's own, locked for re-runs; the old ones leave the proposals with their decisions.
     * A new pair that breaks a hard rule needs the coordinator's reason, which is kept with that pair.
     */
    void swap(long menteeId, long otherMenteeId, SwapPair toOtherMentee, SwapPair toMentee, String overrideReason,
            Instant now) {
        requireOpen();
        Pair first = acceptedPairOf(menteeId);
        Pair second = acceptedPairOf(otherMenteeId);
        if (menteeId == otherMenteeId || first.mentorId() == second.mentorId()) {
            throw new DomainException("matching.swap.sameMentor");
        }
        if (!toOtherMentee.key().equals(new PairKey(first.mentorId(), second.menteeId()))
                || !toMentee.key().equals(new PairKey(second.mentorId(), first.menteeId()))) {
            throw new IllegalArgumentException("swap pairs do not match the run's pairs");
        }
        String reason = Text.orNull(overrideReason);
        var violations = new java.util.LinkedHashSet<String>(toOtherMentee.violations());
        violations.addAll(toMentee.violations());
        if (!violations.isEmpty() && reason == null) {
            throw new DomainException("matching.swap.overrideRequired", String.join(", ", violations));
        }
        var old = Set.of(first.key(), second.key());
        pairs.removeIf(p -> old.contains(p.key()));
        decisions.removeIf(d -> old.contains(d.key()));
        for (SwapPair s : List.of(toOtherMentee, toMentee)) {
            String kept = s.violations().isEmpty() ? null : reason;
            pairs.add(new Pair(s.key().mentorId(), s.key().menteeId(), s.score(), Matcher.Origin.MANUAL,
                    s.breakdown(), "[]", kept));
            decisions.removeIf(d -> d.key().equals(s.key()));
            decisions.add(new Decision(DecisionKind.LOCK, s.key(), now, kept));
        }
    }

    /** The mentee's proposed pair that the coordinator has not excluded. */
    Pair acceptedPairOf(long menteeId) {
        return accepted().stream().filter(p -> p.menteeId() == menteeId).findFirst()
                .orElseThrow(() -> new DomainException("matching.swap.notProposed"));
    }

    /** Marks the run published; false when it already was, so publishing twice does nothing twice. */
    boolean publish(Instant now) {
        if (publishedAt != null) {
            return false;
        }
        if (outdatedAt != null) {
            throw new DomainException("matching.run.outdated.refused");
        }
        publishedAt = now;
        return true;
    }

    /** The pool changed under an unpublished run: it must be run again before it is published. */
    void outdate(long enrolmentId, Instant now) {
        if (publishedAt == null && outdatedAt == null
                && (mentorIds().contains(enrolmentId) || menteeIds().contains(enrolmentId))) {
            outdatedAt = now;
        }
    }

    Instant outdatedAt() {
        return outdatedAt;
    }

    private void requireOpen() {
        if (publishedAt != null) {
            throw new DomainException("matching.run.closed");
        }
    }

    /** The proposed pairs the coordinator has not excluded: what publishing turns into duos. */
    List<Pair> accepted() {
        Set<PairKey> excluded = keys(DecisionKind.EXCLUDE);
        return pairs.stream().filter(p -> !excluded.contains(p.key())).toList();
    }

    Set<PairKey> keys(DecisionKind kind) {
        return decisions.stream().filter(d -> d.kind() == kind).map(Decision::key).collect(Collectors.toSet());
    }

    List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> split(String ids) {
        return ids == null || ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }

    Long id() {
        return id;
    }

    long programmeId() {
        return programmeId;
    }

    long cohortId() {
        return cohortId;
    }

    Long previousRunId() {
        return previousRunId;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    String profileSnapshot() {
        return profileSnapshot;
    }

    List<Long> mentorIds() {
        return split(mentorIds);
    }

    List<Long> menteeIds() {
        return split(menteeIds);
    }

    String unmatched() {
        return unmatched;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    List<Pair> pairs() {
        return List.copyOf(pairs);
    }
}
