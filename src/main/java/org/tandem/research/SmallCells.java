package org.tandem.research;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps every combination of the quasi-identifiers (site, role, age band, gender) shared by at least {@link #K}
 * people. A row in a smaller group climbs a ladder, one step per pass, until its group is big enough: the 5-year age
 * band widened to 10, then to 20 years, the site shown as "other", the gender suppressed, the age band suppressed,
 * and last the person left out of the export altogether (all their rows, so the passes repeat until nothing
 * changes). The migration background (a separate file) is checked the same way on top of the generalised values, and
 * a person in a small group is left out of that file.
 */
final class SmallCells {

    static final int K = 5;
    static final String OTHER = "other";
    static final String SUPPRESSED = "suppressed";
    static final String UNKNOWN = "unknown";
    static final String NONE = "none";

    /** The exact values of one row (one enrolment of one person). */
    record Row(String person, String site, String role, Integer birthYear, String gender) {
    }

    /** A row as exported, or left out. */
    record Generalised(String person, String site, String role, String ageBand, String gender, int level) {

        boolean dropped() {
            return level >= DROPPED;
        }

        List<Object> key() {
            return List.of(site, role, ageBand, gender);
        }
    }

    /** What was generalised and suppressed, counted per step, for the notes of the export. */
    record Outcome(List<Generalised> rows, Set<String> droppedPeople, int[] rowsPerLevel) {
    }

    static final int DROPPED = 6;

    private SmallCells() {
    }

    static String band(Integer birthYear, int width) {
        if (birthYear == null) {
            return UNKNOWN;
        }
        int from = Math.floorDiv(birthYear, width) * width;
        return from + "-" + (from + width - 1);
    }

    static Generalised at(Row row, int level) {
        String site = row.site() == null ? NONE : row.site();
        String gender = row.gender() == null ? UNKNOWN : row.gender();
        int width = level == 0 ? 5 : level == 1 ? 10 : 20;
        String age = level >= 5 ? SUPPRESSED : band(row.birthYear(), width);
        return new Generalised(row.person(), level >= 3 ? OTHER : site, row.role(), age,
                level >= 4 ? SUPPRESSED : gender, level);
    }

    static Outcome apply(List<Row> rows) {
        int[] levels = new int[rows.size()];
        Set<String> dropped = new HashSet<>();
        while (true) {
            List<Generalised> current = new ArrayList<>(rows.size());
            Map<List<Object>, Set<String>> groups = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                var g = at(rows.get(i), levels[i]);
                current.add(g);
                if (!dropped.contains(g.person())) {
                    groups.computeIfAbsent(g.key(), k -> new HashSet<>()).add(g.person());
                }
            }
            boolean changed = false;
            for (int i = 0; i < rows.size(); i++) {
                var g = current.get(i);
                if (!dropped.contains(g.person()) && groups.get(g.key()).size() < K) {
                    levels[i]++;
                    changed = true;
                    if (levels[i] >= DROPPED) {
                        dropped.add(g.person());
                    }
                }
            }
            if (!changed) {
                int[] perLevel = new int[DROPPED + 1];
                List<Generalised> result = new ArrayList<>(rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    var g = current.get(i);
                    int level = dropped.contains(g.person()) ? DROPPED : levels[i];
                    perLevel[level]++;
                    result.add(level == DROPPED ? new Generalised(g.person(), null, null, null, null, DROPPED) : g);
                }
                return new Outcome(result, dropped, perLevel);
            }
        }
    }

    /**
     * The people whose migration background may be exported: each of their kept rows, with the background added,
     * shares its combination with at least {@link #K} people of the file. Repeats until nobody else has to go.
     */
    static Set<String> sensitiveKept(List<Generalised> kept, Map<String, String> background) {
        Set<String> people = new HashSet<>(background.keySet());
        people.retainAll(kept.stream().filter(g -> !g.dropped()).map(Generalised::person).toList());
        while (true) {
            Map<List<Object>, Set<String>> groups = new HashMap<>();
            for (var g : kept) {
                if (!g.dropped() && people.contains(g.person())) {
                    groups.computeIfAbsent(withBackground(g, background), k -> new HashSet<>()).add(g.person());
                }
            }
            Set<String> small = new HashSet<>();
            for (var g : kept) {
                if (!g.dropped() && people.contains(g.person())
                        && groups.get(withBackground(g, background)).size() < K) {
                    small.add(g.person());
                }
            }
            if (small.isEmpty()) {
                return people;
            }
            people.removeAll(small);
        }
    }

    private static List<Object> withBackground(Generalised g, Map<String, String> background) {
        List<Object> key = new ArrayList<>(g.key());
        key.add(Objects.requireNonNull(background.get(g.person())));
        return key;
    }
}
