package org.tandem.matching.solver;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded random instances for tests and the benchmark, kept as raw triples so they can be written as JSON. */
final class GeneratedInstance {
    enum Family {
        /** Scores uniform in 0..1000. */
        UNIFORM,
        /** 5% popular mentors scored 800..1000 by everyone, the rest 0..400. */
        POPULAR,
        /** Scores from {0, 500, 1000}: many ties. */
        TIES,
        /** Uniform scores, but every third mentee only accepts the first 2% of mentors: locally scarce. */
        PICKY,
        /**
         * Every mentor has an overall appeal that dominates the score:
         * {@code round(1000 * (0.6 * appeal + 0.4 * fit))}, appeal per mentor and fit per pair uniform in 0..1.
         */
        APPEAL
    }

    final String[] mentorIds;
    final int[] capacities;
    final String[] menteeIds;
    final int[] menteeIdx;
    final int[] mentorIdx;
    final int[] score;
    final int pairCount;

    private GeneratedInstance(String[] mentorIds, int[] capacities, String[] menteeIds,
                              int[] menteeIdx, int[] mentorIdx, int[] score, int pairCount) {
        this.mentorIds = mentorIds;
        this.capacities = capacities;
        this.menteeIds = menteeIds;
        this.menteeIdx = menteeIdx;
        this.mentorIdx = mentorIdx;
        this.score = score;
        this.pairCount = pairCount;
    }

    static GeneratedInstance random(long seed, Family family, int mentees, int mentors, double density,
                                    int minCapacity, int maxCapacity) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] mentorIds = new String[mentors];
        int[] caps = new int[mentors];
        for (int j = 0; j < mentors; j++) {
            mentorIds[j] = "m" + (j + 1);
            caps[j] = minCapacity + rnd.nextInt(maxCapacity - minCapacity + 1);
        }
        String[] menteeIds = new String[mentees];
        for (int i = 0; i < mentees; i++) {
            menteeIds[i] = "e" + (i + 1);
        }
        int popular = Math.max(1, mentors / 20);
        double[] appeal = new double[mentors];
        if (family == Family.APPEAL) {
            for (int j = 0; j < mentors; j++) {
                appeal[j] = rnd.nextDouble();
            }
        }
        long expected = (long) (density * mentees * mentors * 1.02) + 16;
        int[] me = new int[(int) Math.min(expected, Integer.MAX_VALUE - 8)];
        int[] mo = new int[me.length];
        int[] sc = new int[me.length];
        int n = 0;
        int threshold = (int) (density * (1 << 24));
        for (int i = 0; i < mentees; i++) {
            for (int j = 0; j < mentors; j++) {
                if ((rnd.nextInt() >>> 8) >= threshold
                        || (family == Family.PICKY && i % 3 == 0 && j >= Math.max(1, mentors / 50))) {
                    continue;
                }
                if (n == me.length) {
                    int grown = me.length + (me.length >> 2) + 16;
                    me = Arrays.copyOf(me, grown);
                    mo = Arrays.copyOf(mo, grown);
                    sc = Arrays.copyOf(sc, grown);
                }
                me[n] = i;
                mo[n] = j;
                sc[n] = switch (family) {
                    case UNIFORM, PICKY -> rnd.nextInt(1001);
                    case POPULAR -> j < popular ? 800 + rnd.nextInt(201) : rnd.nextInt(401);
                    case TIES -> 500 * rnd.nextInt(3);
                    case APPEAL -> (int) Math.round(1000 * (0.6 * appeal[j] + 0.4 * rnd.nextDouble()));
                };
                n++;
            }
        }
        return new GeneratedInstance(mentorIds, caps, menteeIds, me, mo, sc, n);
    }

    Instance instance() {
        return Instance.of(mentorIds.clone(), capacities.clone(), menteeIds.clone(), menteeIdx, mentorIdx, score, pairCount);
    }

    void writeJson(Path file) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
            w.write("{\"mentors\":[");
            for (int j = 0; j < mentorIds.length; j++) {
                w.write((j > 0 ? "," : "") + "{\"id\":\"" + mentorIds[j] + "\",\"capacity\":" + capacities[j] + "}");
            }
            w.write("],\n\"mentees\":[");
            for (int i = 0; i < menteeIds.length; i++) {
                w.write((i > 0 ? "," : "") + "{\"id\":\"" + menteeIds[i] + "\"}");
            }
            w.write("],\n\"pairs\":[");
            StringBuilder sb = new StringBuilder(64);
            for (int k = 0; k < pairCount; k++) {
                sb.setLength(0);
                if (k > 0) {
                    sb.append(k % 8 == 0 ? ",\n" : ",");
                }
                sb.append('[').append(menteeIdx[k]).append(',').append(mentorIdx[k]).append(',').append(score[k]).append(']');
                w.append(sb);
            }
            w.write("]}\n");
        }
    }
}
