package org.tandem.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmallCellsTests {

    private static List<SmallCells.Row> group(List<SmallCells.Row> rows, int count, String site, String role,
            int year, String gender) {
        for (int i = 0; i < count; i++) {
            rows.add(new SmallCells.Row("p" + rows.size(), site, role, year, gender));
        }
        return rows;
    }

    private static void assertNoSmallCell(SmallCells.Outcome outcome) {
        Map<List<Object>, Set<String>> groups = new HashMap<>();
        outcome.rows().stream().filter(g -> !g.dropped())
                .forEach(g -> groups.computeIfAbsent(g.key(), k -> new HashSet<>()).add(g.person()));
        assertThat(groups.values()).allSatisfy(p -> assertThat(p).hasSizeGreaterThanOrEqualTo(SmallCells.K));
    }

    @Test
    void aBigEnoughGroupKeepsItsExactValues() {
        var outcome = SmallCells.apply(group(new ArrayList<>(), 5, "Rotterdam", "MENTOR", 1971, "FEMALE"));
        assertThat(outcome.rows()).allSatisfy(g -> {
            assertThat(g.key()).containsExactly("Rotterdam", "MENTOR", "1970-1974", "FEMALE");
            assertThat(g.level()).isZero();
        });
        assertThat(outcome.droppedPeople()).isEmpty();
    }

    @Test
    void smallGroupsAreWidenedFirstThenGeneralisedAndOnlyThenLeftOut() {
        var rows = new ArrayList<SmallCells.Row>();
        group(rows, 3, "Rotterdam", "MENTOR", 1966, "FEMALE");
        group(rows, 2, "Rotterdam", "MENTOR", 1961, "FEMALE");
        group(rows, 1, "Paris", "MENTEE", 2001, "MALE");
        var outcome = SmallCells.apply(rows);
        assertNoSmallCell(outcome);
        // 3 + 2 become one group of 5 with a 10-year band; the lone mentee cannot be hidden and is left out
        assertThat(outcome.rows().subList(0, 5)).allSatisfy(g -> assertThat(g.ageBand()).isEqualTo("1960-1969"));
        assertThat(outcome.droppedPeople()).containsExactly("p5");
    }

    @Test
    void aPersonWithTwoEnrolmentsCountsOnceAndLeavesAllTheirRowsWhenLeftOut() {
        var rows = new ArrayList<SmallCells.Row>();
        group(rows, 4, "Rotterdam", "MENTOR", 1960, "MALE");
        rows.add(new SmallCells.Row("p0", "Rotterdam", "MENTOR", 1960, "MALE"));
        var outcome = SmallCells.apply(rows);
        assertThat(outcome.droppedPeople()).hasSize(4);
        assertThat(outcome.rows()).allMatch(SmallCells.Generalised::dropped);
    }

    @Test
    void randomCohortsNeverKeepASmallCellAndTheSensitiveFileNeither() {
        Random random = new Random(7);
        String[] sites = {"Amsterdam", "Rotterdam", "Brussel", "Paris", null};
        String[] genders = {"FEMALE", "MALE", "NON_BINARY", null};
        String[] backgrounds = {"FIRST_GENERATION", "SECOND_GENERATION", "NONE"};
        for (int run = 0; run < 50; run++) {
            var rows = new ArrayList<SmallCells.Row>();
            Map<String, String> background = new HashMap<>();
            int n = 20 + random.nextInt(400);
            for (int i = 0; i < n; i++) {
                String person = "p" + random.nextInt(n);
                rows.add(new SmallCells.Row(person, sites[random.nextInt(sites.length)],
                        random.nextBoolean() ? "MENTOR" : "MENTEE",
                        random.nextInt(10) == 0 ? null : 1950 + random.nextInt(55),
                        genders[random.nextInt(genders.length)]));
                if (random.nextBoolean()) {
                    background.put(person, backgrounds[random.nextInt(3)]);
                }
            }
            var outcome = SmallCells.apply(rows);
            assertNoSmallCell(outcome);
            Set<String> kept = SmallCells.sensitiveKept(outcome.rows(), background);
            Map<List<Object>, Set<String>> groups = new HashMap<>();
            for (var g : outcome.rows()) {
                if (!g.dropped() && kept.contains(g.person())) {
                    var key = new ArrayList<>(g.key());
                    key.add(background.get(g.person()));
                    groups.computeIfAbsent(key, k -> new HashSet<>()).add(g.person());
                }
            }
            assertThat(groups.values()).allSatisfy(p -> assertThat(p).hasSizeGreaterThanOrEqualTo(SmallCells.K));
            assertThat(kept).allMatch(background::containsKey).noneMatch(outcome.droppedPeople()::contains);
        }
    }
}
