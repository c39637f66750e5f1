package org.tandem.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: times what an analysis computes once the responses are read, for a baseline and an end wave of N
 * respondents each with three 5-item scales: parsing every stored answer document, the wave figures (n, mean, sd,
 * alpha) and the before/after of all scales with Holm. Run it with
 * {@code mvn test-compile exec:java -Dexec.mainClass=org.tandem.evaluation.AnalysisBenchmark} and optionally
 * {@code -Dexec.args="respondents=5000 runs=9 warmup=5"}. Prints the median and the fastest run.
 */
public final class AnalysisBenchmark {

    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] parts = arg.split("=", 2);
            options.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        int respondents = Integer.parseInt(options.getOrDefault("respondents", "5000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "9"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        JsonMapper json = JsonMapper.builder().build();
        QuestionnaireDefinition definition = definition();
        Random random = new Random(1);
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (int i = 0; i < respondents; i++) {
            before.add(json.writeValueAsString(answers(random, 0)));
            after.add(json.writeValueAsString(answers(random, 1)));
        }
        double[] millis = new double[runs];
        for (int run = -warmup; run < runs; run++) {
            long start = System.nanoTime();
            List<Analyses.Answered> b = new ArrayList<>();
            List<Analyses.Answered> a = new ArrayList<>();
            for (int i = 0; i < respondents; i++) {
                b.add(new Analyses.Answered("k" + i, 1L, null, json.readValue(before.get(i), ANSWERS)));
                a.add(new Analyses.Answered("k" + i, 1L, null, json.readValue(after.get(i), ANSWERS)));
            }
            var figures = Analyses.figures(definition, b);
            List<Analyses.Pair> pairs = new ArrayList<>();
            for (int i = 0; i < respondents; i++) {
                pairs.add(new Analyses.Pair(b.get(i), a.get(i)));
            }
            var changes = Analyses.changes(definition.scales(), definition, definition, pairs);
            long elapsed = System.nanoTime() - start;
            if (figures.size() != 3 || changes.get(0).figures().n() < respondents * 0.99) {
                throw new IllegalStateException("unexpected analysis");
            }
            if (run >= 0) {
                millis[run] = elapsed / 1e6;
            }
        }
        Arrays.sort(millis);
        System.out.printf("respondents=%d per wave, 2 waves, 3 scales of 5 items: median %.1f ms, fastest %.1f ms"
                + " over %d runs%n", respondents, millis[runs / 2], millis[0], runs);
    }

    private static QuestionnaireDefinition definition() {
        List<QuestionnaireDefinition.Question> questions = new ArrayList<>();
        List<QuestionnaireDefinition.Scale> scales = new ArrayList<>();
        for (String scale : List.of("a", "b", "c")) {
            List<String> items = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                String key = scale + i;
                items.add(key);
                questions.add(new QuestionnaireDefinition.Question(key, QuestionType.LIKERT_5,
                        EvaluationFixture.texts(key), EvaluationFixture.likertLabels(), true, null, null));
            }
            scales.add(new QuestionnaireDefinition.Scale(scale, EvaluationFixture.texts(scale), items,
                    List.of(scale + "5"), 3));
        }
        return new QuestionnaireDefinition(EvaluationFixture.texts("bench"), null,
                List.of(new QuestionnaireDefinition.Section("main", EvaluationFixture.texts("main"), questions)),
                scales);
    }

    private static Map<String, Object> answers(Random random, int lift) {
        Map<String, Object> answers = new HashMap<>();
        for (String scale : List.of("a", "b", "c")) {
            for (int i = 1; i <= 5; i++) {
                if (random.nextInt(20) > 0) {
                    answers.put(scale + i, Math.max(1, Math.min(5, 2 + random.nextInt(3) + lift)));
                }
            }
        }
        answers.put("remarks", "free text that the analysis skips");
        return answers;
    }
}
