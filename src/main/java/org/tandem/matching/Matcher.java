package org.tandem.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.matching.solver.AssignmentSolver;
import org.tandem.matching.solver.Instance;
import org.tandem.participant.MatchCandidate;

/**
 * Scoring meets solving: scores every pair of a pool, forces the locked pairs (their mentees leave the pool, their
 * mentors lose a place), lets the exact solver assign the rest, and explains the outcome: runner-up mentors per
 * mentee, and for each unmatched mentee what ruled mentors out and which single relaxation would match them,
 * found by solving again with that criterion off.
 */
public final class Matcher {

    static final int ALTERNATIVES = 3;

    public enum Origin { SOLVER, LOCKED, MANUAL }

    public record Alternative(long mentorId, int score) {
    }

    public record Proposal(long mentorId, long menteeId, int score, Origin origin, List<Reason> reasons,
            List<Alternative> alternatives) {
    }

    public record Unmatched(long menteeId, Map<String, Integer> ruledOut, List<Criterion> relaxations) {
    }

    public record Result(List<Proposal> proposals, List<Unmatched> unmatched) {

        public int matched() {
            return proposals.size();
        }

        public long totalScore() {
            return proposals.stream().mapToLong(Proposal::score).sum();
        }
    }

    private final AssignmentSolver solver = new AssignmentSolver();

    public Result match(Scoring scoring, List<MatchCandidate> mentors, List<MatchCandidate> mentees,
            Set<PairKey> locks) {
        int[][] scores = scoreAll(scoring, mentors, mentees);
        Map<Long, Long> assignment = solve(scores, mentors, mentees, locks);
        var mentorIndex = new HashMap<Long, Integer>();
        for (int m = 0; m < mentors.size(); m++) {
            mentorIndex.put(mentors.get(m).enrolmentId(), m);
        }
        var proposals = new ArrayList<Proposal>();
        var unmatched = new ArrayList<Unmatched>();
        var lockedMentees = new HashSet<Long>();
        locks.forEach(l -> lockedMentees.add(l.menteeId()));
        var open = new ArrayList<Integer>();
        for (int e = 0; e < mentees.size(); e++) {
            long menteeId = mentees.get(e).enrolmentId();
            Long mentorId = assignment.get(menteeId);
            if (mentorId == null) {
                open.add(e);
                continue;
            }
            // the words only for the pairs the coordinator will read
            PairScore s = scoring.score(mentors.get(mentorIndex.get(mentorId)), mentees.get(e));
            proposals.add(new Proposal(mentorId, menteeId, s.score(),
                    lockedMentees.contains(menteeId) ? Origin.LOCKED : Origin.SOLVER, s.reasons(),
                    alternatives(scores[e], mentors, mentorId)));
        }
        if (!open.isEmpty()) {
            var hardCriteria = scoring.rules().hardCriteria();
            // one solve per relaxed criterion, each independent of the others: side by side on the cores
            var matchedPerCriterion = hardCriteria.parallelStream().map(criterion -> {
                var relaxed = new Scoring(scoring.rules().relaxed(criterion), scoring.today(), scoring.declined(),
                        scoring.excluded());
                // turning a hard criterion off keeps every allowed pair's score: only ruled-out pairs are scored again
                return solve(relaxed.scoreAll(mentors, mentees, scores), mentors, mentees, locks).keySet();
            }).toList();
            var matchedWhenRelaxed = new LinkedHashMap<Criterion, Set<Long>>();
            for (int c = 0; c < hardCriteria.size(); c++) {
                matchedWhenRelaxed.put(hardCriteria.get(c), matchedPerCriterion.get(c));
            }
            var ruledOutByMentee = scoring.ruledOut(mentors, mentees, open);
            for (int i = 0; i < open.size(); i++) {
                int e = open.get(i);
                long menteeId = mentees.get(e).enrolmentId();
                var ruledOut = ruledOutByMentee.get(i);
                var relaxations = matchedWhenRelaxed.entrySet().stream()
                        .filter(entry -> entry.getValue().contains(menteeId)).map(Map.Entry::getKey).toList();
                unmatched.add(new Unmatched(menteeId, ruledOut, relaxations));
            }
        }
        return new Result(proposals, unmatched);
    }

    /** The best allowed partners for one person, without solving: for somebody who joins late. */
    public List<Proposal> suggestions(Scoring scoring, MatchCandidate person, List<MatchCandidate> others, int limit) {
        boolean mentor = person.role() == org.tandem.participant.ParticipantRole.MENTOR;
        return others.stream().filter(o -> o.role() != person.role()).map(o -> {
            PairScore s = mentor ? scoring.score(person, o) : scoring.score(o, person);
            long mentorId = mentor ? person.enrolmentId() : o.enrolmentId();
            long menteeId = mentor ? o.enrolmentId() : person.enrolmentId();
            return s.allowed() ? new Proposal(mentorId, menteeId, s.score(), Origin.SOLVER, s.reasons(), List.of())
                    : null;
        }).filter(p -> p != null).sorted(Comparator.comparingInt(Proposal::score).reversed()
                .thenComparingLong(p -> mentor ? p.menteeId() : p.mentorId())).limit(limit).toList();
    }

    /** Every pair's score, -1 where a hard rule rules the pair out. */
    static int[][] scoreAll(Scoring scoring, List<MatchCandidate> mentors, List<MatchCandidate> mentees) {
        return scoring.scoreAll(mentors, mentees);
    }

    /** Mentee id → mentor id: the locked pairs plus the solver's optimum for everybody else. */
    Map<Long, Long> solve(int[][] scores, List<MatchCandidate> mentors, List<MatchCandidate> mentees,
            Set<PairKey> locks) {
        var result = new HashMap<Long, Long>();
        int[] capacity = mentors.stream().mapToInt(MatchCandidate::capacity).toArray();
        for (PairKey lock : locks) {
            int m = indexOf(mentors, lock.mentorId());
            if (m >= 0 && indexOf(mentees, lock.menteeId()) >= 0 && capacity[m] > 0
                    && !result.containsKey(lock.menteeId())) {
                capacity[m]--;
                result.put(lock.menteeId(), lock.mentorId());
            }
        }
        var free = new ArrayList<Integer>();
        for (int e = 0; e < mentees.size(); e++) {
            if (!result.containsKey(mentees.get(e).enrolmentId())) {
                free.add(e);
            }
        }
        int pairs = 0;
        for (int e : free) {
            for (int score : scores[e]) {
                pairs += score >= 0 ? 1 : 0;
            }
        }
        int[] menteeIdx = new int[pairs];
        int[] mentorIdx = new int[pairs];
        int[] score = new int[pairs];
        int k = 0;
        for (int i = 0; i < free.size(); i++) {
            int[] row = scores[free.get(i)];
            for (int m = 0; m < row.length; m++) {
                if (row[m] >= 0) {
                    menteeIdx[k] = i;
                    mentorIdx[k] = m;
                    score[k++] = row[m];
                }
            }
        }
        var instance = Instance.of(mentors.stream().map(c -> String.valueOf(c.enrolmentId())).toList(), capacity,
                free.stream().map(e -> String.valueOf(mentees.get(e).enrolmentId())).toList(), menteeIdx, mentorIdx,
                score);
        var solution = solver.solve(instance);
        for (int i = 0; i < free.size(); i++) {
            int m = solution.mentorOf(i);
            if (m >= 0) {
                result.put(mentees.get(free.get(i)).enrolmentId(), mentors.get(m).enrolmentId());
            }
        }
        return result;
    }

    /** The best allowed mentors but the chosen one, highest score first, then lowest id: one pass, no sorting. */
    private static List<Alternative> alternatives(int[] row, List<MatchCandidate> mentors, long chosen) {
        var best = new Alternative[ALTERNATIVES];
        int found = 0;
        for (int m = 0; m < row.length; m++) {
            if (row[m] < 0) {
                continue;
            }
            long id = mentors.get(m).enrolmentId();
            if (id == chosen || found == ALTERNATIVES && !better(row[m], id, best[found - 1])) {
                continue;
            }
            int at = found == ALTERNATIVES ? found - 1 : found++;
            while (at > 0 && better(row[m], id, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = new Alternative(id, row[m]);
        }
        return List.of(Arrays.copyOf(best, found));
    }

    private static boolean better(int score, long mentorId, Alternative than) {
        return score > than.score() || score == than.score() && mentorId < than.mentorId();
    }

    private static int indexOf(List<MatchCandidate> candidates, long id) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).enrolmentId() == id) {
                return i;
            }
        }
        return -1;
    }
}
