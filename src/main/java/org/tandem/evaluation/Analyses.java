package org.tandem.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.account.CurrentUser;
import org.tandem.employer.EmployerDirectory;
import org.tandem.evaluation.AnalysisViews.Comparison;
import org.tandem.evaluation.AnalysisViews.Group;
import org.tandem.evaluation.AnalysisViews.GroupChange;
import org.tandem.evaluation.AnalysisViews.ScaleChange;
import org.tandem.evaluation.AnalysisViews.ScaleFigures;
import org.tandem.evaluation.AnalysisViews.WaveAnalysis;
import org.tandem.evaluation.AnalysisViews.WaveRef;
import org.tandem.evaluation.QuestionnaireDefinition.Scale;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.SiteView;
import org.tandem.shared.DomainException;
import org.tandem.shared.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analyses of a programme's waves, for its coordinators and the researchers assigned to it: scale figures per
 * wave, and before/after between two waves of the same people, overall and by site and employer. Responses are read by
 * respondent key only: no analysis touches a person. A researcher sees research waves only.
 */
@Service
public class Analyses {

    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private final SurveyWaveRepository waves;
    private final SurveyResponseRepository responses;
    private final QuestionnaireRepository questionnaires;
    private final ProgrammeCatalogue catalogue;
    private final EmployerDirectory employers;
    private final AccountService accounts;
    private final RespondentLinkRepository links;
    private final org.tandem.participant.ParticipantQueries participants;
    private final JsonMapper json = JsonMapper.builder().build();

    Analyses(SurveyWaveRepository waves, SurveyResponseRepository responses, QuestionnaireRepository questionnaires,
            ProgrammeCatalogue catalogue, EmployerDirectory employers, AccountService accounts,
            RespondentLinkRepository links, org.tandem.participant.ParticipantQueries participants) {
        this.links = links;
        this.participants = participants;
        this.waves = waves;
        this.responses = responses;
        this.questionnaires = questionnaires;
        this.catalogue = catalogue;
        this.employers = employers;
        this.accounts = accounts;
    }

    /** The waves of a programme the current user may analyse, oldest first. */
    @Transactional(readOnly = true)
    public List<WaveRef> waves(long programmeId) {
        CurrentUser user = requireAnalyst(programmeId, "programme", programmeId);
        return waves.findByProgrammeIdOrderByCreatedAt(programmeId).stream()
                .filter(wave -> visible(user, wave))
                .map(wave -> ref(wave, questionnaire(wave)))
                .toList();
    }

    @Transactional(readOnly = true)
    public WaveAnalysis wave(long waveId) {
        SurveyWave wave = wave(waveId, requireUser());
        Questionnaire questionnaire = questionnaire(wave);
        QuestionnaireDefinition definition = definition(questionnaire);
        List<Answered> answered = answered(wave);
        List<ScaleFigures> overall = figures(definition, answered);
        List<Group> groups = new ArrayList<>();
        groups.addAll(waveGroups("site", answered, Answered::siteId, siteNames(wave.programmeId()), definition));
        groups.addAll(waveGroups("employer", answered, Answered::employerId, employerNames(answered), definition));
        return new WaveAnalysis(ref(wave, questionnaire), answered.size(), overall, groups);
    }

    @Transactional(readOnly = true)
    public Comparison compare(long beforeWaveId, long afterWaveId) {
        CurrentUser user = requireUser();
        SurveyWave before = wave(beforeWaveId, user);
        SurveyWave after = wave(afterWaveId, user);
        if (before.programmeId() != after.programmeId()) {
            throw new NotFoundException("survey wave", afterWaveId);
        }
        if (beforeWaveId == afterWaveId) {
            throw new DomainException("evaluation.analysis.sameWave");
        }
        Questionnaire qBefore = questionnaire(before);
        Questionnaire qAfter = questionnaire(after);
        List<Answered> answeredBefore = answered(before);
        List<Answered> answeredAfter = answered(after);
        boolean pairable = !before.anonymous() && !after.anonymous() && before.role() == after.role();
        if (!pairable) {
            return new Comparison(ref(before, qBefore), ref(after, qAfter), false, answeredBefore.size(),
                    answeredAfter.size(), List.of(), List.of());
        }
        QuestionnaireDefinition dBefore = definition(qBefore);
        QuestionnaireDefinition dAfter = definition(qAfter);
        List<Scale> shared = dAfter.scales().stream()
                .filter(scale -> dBefore.scales().stream().anyMatch(s -> s.key().equals(scale.key())))
                .toList();
        Map<String, Answered> byKey = new HashMap<>();
        answeredBefore.forEach(a -> byKey.put(a.respondentKey(), a));
        List<Pair> pairs = new ArrayList<>();
        List<Answered> onlyAfter = new ArrayList<>();
        for (Answered a : answeredAfter) {
            Answered b = byKey.remove(a.respondentKey());
            if (b == null) {
                onlyAfter.add(a);
            } else {
                pairs.add(new Pair(b, a));
            }
        }
        List<Pair> all = new ArrayList<>(pairs);
        byKey.values().forEach(b -> all.add(new Pair(b, null)));
        onlyAfter.forEach(a -> all.add(new Pair(null, a)));
        List<ScaleChange> overall = changes(shared, dBefore, dAfter, all);
        List<GroupChange> groups = new ArrayList<>();
        groups.addAll(groupChanges("site", pairs, Answered::siteId, siteNames(after.programmeId()), shared,
                dBefore, dAfter));
        groups.addAll(groupChanges("employer", pairs, Answered::employerId, employerNames(answeredAfter), shared,
                dBefore, dAfter));
        return new Comparison(ref(before, qBefore), ref(after, qAfter), true, answeredBefore.size(),
                answeredAfter.size(), overall, groups);
    }

    /**
     * Before/after of these enrolments only, in one programme: its first baseline wave for the role against its
     * latest later wave for that role that has opened, both named (not anonymous), paired by respondent. This reads
     * the respondent links of exactly these people; the caller decides whose answers may be shown and to whom (the
     * employer's view passes the employees who consented to share their progress with it) and this method keeps
     * groups under {@link AnalysisViews#MIN_GROUP} pairs without figures. Empty when the programme has no such waves.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<AnalysisViews.SubsetComparison> compareFor(long programmeId, WaveRole role,
            java.util.Collection<Long> enrolmentIds) {
        List<SurveyWave> named = waves.findByProgrammeIdOrderByCreatedAt(programmeId).stream()
                .filter(w -> w.role() == role && !w.anonymous() && w.status() != WaveStatus.PLANNED).toList();
        var before = named.stream().filter(w -> w.kind() == WaveKind.BASELINE).findFirst();
        if (before.isEmpty()) {
            return java.util.Optional.empty();
        }
        var after = named.subList(named.indexOf(before.get()) + 1, named.size()).stream()
                .filter(w -> w.kind() != WaveKind.BASELINE).reduce((first, second) -> second);
        if (after.isEmpty()) {
            return java.util.Optional.empty();
        }
        var keys = enrolmentIds.isEmpty() ? java.util.Set.<String>of()
                : links.findAll(programmeId, enrolmentIds.stream().map(RespondentLink::enrolment).toList()).stream()
                        .map(RespondentLink::respondentKey).collect(java.util.stream.Collectors.toSet());
        Map<String, Answered> byKey = new HashMap<>();
        answered(before.get()).stream().filter(a -> keys.contains(a.respondentKey()))
                .forEach(a -> byKey.put(a.respondentKey(), a));
        java.util.Set<String> people = new java.util.HashSet<>(byKey.keySet());
        List<Pair> pairs = new ArrayList<>();
        for (Answered a : answered(after.get())) {
            if (keys.contains(a.respondentKey())) {
                people.add(a.respondentKey());
                Answered b = byKey.get(a.respondentKey());
                if (b != null) {
                    pairs.add(new Pair(b, a));
                }
            }
        }
        Questionnaire qBefore = questionnaire(before.get());
        Questionnaire qAfter = questionnaire(after.get());
        boolean suppressed = pairs.size() < AnalysisViews.MIN_GROUP;
        List<ScaleChange> scales = List.of();
        if (!suppressed) {
            QuestionnaireDefinition dBefore = definition(qBefore);
            QuestionnaireDefinition dAfter = definition(qAfter);
            List<Scale> shared = dAfter.scales().stream()
                    .filter(scale -> dBefore.scales().stream().anyMatch(x -> x.key().equals(scale.key())))
                    .toList();
            scales = changes(shared, dBefore, dAfter, pairs);
        }
        return java.util.Optional.of(new AnalysisViews.SubsetComparison(ref(before.get(), qBefore),
                ref(after.get(), qAfter), people.size(), pairs.size(), suppressed, scales));
    }

    /** One submitted response: its key, its groups and its answers. */
    record Answered(String respondentKey, Long siteId, Long employerId, Map<String, Object> answers) {
    }

    /** Before and after of one respondent; either side null when they answered one wave only. */
    record Pair(Answered before, Answered after) {
    }

    private List<Answered> answered(SurveyWave wave) {
        return withResearchConsent(wave, responses.findByWaveIdAndStatus(wave.id(), SurveyResponse.Status.SUBMITTED)
                .stream().map(r -> new Answered(r.respondentKey(), r.siteId(), r.employerId(),
                        json.readValue(r.answers(), ANSWERS)))
                .toList());
    }

    /**
     * A research wave counts only the participants whose research consent still holds when the analysis runs: who
     * withdrew it leaves every later analysis (GDPR Art. 7(3)), while a research wave only ever invited consenting
     * people. The keys go through the respondent links to enrolments and back, and nothing else of the person is
     * read. A key that leads to no enrolment is nobody's to withdraw; an anonymous wave's answers cannot be traced to
     * anyone, so they stay; employer contacts give no research consent.
     */
    private List<Answered> withResearchConsent(SurveyWave wave, List<Answered> answered) {
        if (wave.purpose() != WavePurpose.RESEARCH || wave.anonymous() || wave.role() == WaveRole.EMPLOYER_CONTACT
                || answered.isEmpty()) {
            return answered;
        }
        var keys = answered.stream().map(Answered::respondentKey).distinct().toList();
        Map<Long, String> keyOfEnrolment = new HashMap<>();
        for (int from = 0; from < keys.size(); from += 1000) {
            for (var link : links.findByKeys(wave.programmeId(), keys.subList(from, Math.min(keys.size(),
                    from + 1000)))) {
                RespondentLink.enrolmentId(link.invitee())
                        .ifPresent(enrolment -> keyOfEnrolment.put(enrolment, link.respondentKey()));
            }
        }
        var withdrawn = participants.notConsenting(keyOfEnrolment.keySet(),
                org.tandem.participant.ConsentPurpose.RESEARCH).stream().map(keyOfEnrolment::get)
                .collect(java.util.stream.Collectors.toSet());
        return withdrawn.isEmpty() ? answered
                : answered.stream().filter(a -> !withdrawn.contains(a.respondentKey())).toList();
    }

    static List<ScaleFigures> figures(QuestionnaireDefinition definition, List<Answered> answered) {
        List<ScaleFigures> figures = new ArrayList<>();
        for (Scale scale : definition.scales()) {
            List<Double> scores = new ArrayList<>();
            List<double[]> complete = new ArrayList<>();
            int points = points(definition, scale);
            for (Answered a : answered) {
                Double score = definition.score(scale, a.answers());
                if (score != null) {
                    scores.add(score);
                }
                double[] items = new double[scale.items().size()];
                boolean all = true;
                for (int i = 0; i < items.length && all; i++) {
                    String item = scale.items().get(i);
                    if (a.answers().get(item) instanceof Number number) {
                        double v = number.doubleValue();
                        items[i] = scale.reversed().contains(item) ? points + 1 - v : v;
                    } else {
                        all = false;
                    }
                }
                if (all) {
                    complete.add(items);
                }
            }
            double[] values = scores.stream().mapToDouble(Double::doubleValue).toArray();
            Double mean = values.length == 0 ? null : java.util.Arrays.stream(values).average().orElseThrow();
            Double sd = values.length < 2 ? null : Math.sqrt(Reliability.variance(values));
            var alpha = Reliability.cronbach(complete.toArray(double[][]::new));
            figures.add(new ScaleFigures(scale.key(), scale.name(), points, values.length, mean, sd,
                    alpha.alpha(), alpha.n()));
        }
        return figures;
    }

    static List<ScaleChange> changes(List<Scale> scales, QuestionnaireDefinition dBefore,
            QuestionnaireDefinition dAfter, List<Pair> pairs) {
        List<PairedComparison> results = new ArrayList<>();
        for (Scale scale : scales) {
            Scale beforeScale = dBefore.scales().stream().filter(s -> s.key().equals(scale.key())).findFirst()
                    .orElseThrow();
            Double[] before = new Double[pairs.size()];
            Double[] after = new Double[pairs.size()];
            for (int i = 0; i < pairs.size(); i++) {
                Pair pair = pairs.get(i);
                before[i] = pair.before() == null ? null : dBefore.score(beforeScale, pair.before().answers());
                after[i] = pair.after() == null ? null : dAfter.score(scale, pair.after().answers());
            }
            results.add(PairedComparison.of(before, after));
        }
        Double[] holmT = Holm.adjust(results.stream().map(PairedComparison::pT).toArray(Double[]::new));
        Double[] holmW = Holm.adjust(results.stream().map(PairedComparison::pWilcoxon).toArray(Double[]::new));
        List<ScaleChange> changes = new ArrayList<>();
        for (int i = 0; i < scales.size(); i++) {
            Scale scale = scales.get(i);
            changes.add(new ScaleChange(scale.key(), scale.name(), points(dAfter, scale), results.get(i),
                    holmT[i], holmW[i]));
        }
        return changes;
    }

    private static List<Group> waveGroups(String dimension, List<Answered> answered,
            Function<Answered, Long> groupOf, Map<Long, String> names, QuestionnaireDefinition definition) {
        Map<Long, List<Answered>> byGroup = new LinkedHashMap<>();
        for (Answered a : answered) {
            Long group = groupOf.apply(a);
            if (group != null) {
                byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(a);
            }
        }
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((group, members) -> {
            boolean suppressed = members.size() < AnalysisViews.MIN_GROUP;
            groups.add(new Group(dimension, names.getOrDefault(group, "#" + group), members.size(), suppressed,
                    suppressed ? List.of() : figures(definition, members)));
        });
        groups.sort(java.util.Comparator.comparing(Group::name));
        return groups;
    }

    private static List<GroupChange> groupChanges(String dimension, List<Pair> pairs,
            Function<Answered, Long> groupOf, Map<Long, String> names, List<Scale> scales,
            QuestionnaireDefinition dBefore, QuestionnaireDefinition dAfter) {
        Map<Long, List<Pair>> byGroup = new LinkedHashMap<>();
        for (Pair pair : pairs) {
            Long group = groupOf.apply(pair.after());
            if (group != null) {
                byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(pair);
            }
        }
        List<GroupChange> groups = new ArrayList<>();
        byGroup.forEach((group, members) -> {
            boolean suppressed = members.size() < AnalysisViews.MIN_GROUP;
            groups.add(new GroupChange(dimension, names.getOrDefault(group, "#" + group), members.size(), suppressed,
                    suppressed ? List.of() : changes(scales, dBefore, dAfter, members)));
        });
        groups.sort(java.util.Comparator.comparing(GroupChange::name));
        return groups;
    }

    private static int points(QuestionnaireDefinition definition, Scale scale) {
        return scale.items().stream().map(definition::question).flatMap(java.util.Optional::stream)
                .mapToInt(q -> q.type().points()).max().orElse(0);
    }

    private Map<Long, String> siteNames(long programmeId) {
        Map<Long, String> names = new HashMap<>();
        for (SiteView site : catalogue.sites(programmeId)) {
            names.put(site.id(), site.city());
        }
        return names;
    }

    private Map<Long, String> employerNames(List<Answered> answered) {
        var ids = answered.stream().map(Answered::employerId).filter(Objects::nonNull).distinct().toList();
        return employers.names(ids);
    }

    private QuestionnaireDefinition definition(Questionnaire questionnaire) {
        return json.readValue(questionnaire.definition(), QuestionnaireDefinition.class);
    }

    private Questionnaire questionnaire(SurveyWave wave) {
        return questionnaires.findById(wave.questionnaireId()).orElseThrow();
    }

    private static WaveRef ref(SurveyWave wave, Questionnaire questionnaire) {
        return new WaveRef(wave.id(), wave.name(), wave.kind(), wave.role(), wave.purpose(), wave.anonymous(),
                wave.cohortId(), questionnaire.name(), questionnaire.number());
    }

    private SurveyWave wave(long waveId, CurrentUser user) {
        return waves.findById(waveId)
                .filter(wave -> user.mayAnalyse(wave.programmeId()) && visible(user, wave))
                .orElseThrow(() -> new NotFoundException("survey wave", waveId));
    }

    /** A researcher sees research waves only; feedback stays with the programme's coordinators. */
    private static boolean visible(CurrentUser user, SurveyWave wave) {
        return wave.purpose() == WavePurpose.RESEARCH || user.mayManageProgramme(wave.programmeId());
    }

    private CurrentUser requireAnalyst(long programmeId, String what, Object id) {
        CurrentUser user = requireUser();
        if (!user.mayAnalyse(programmeId) || catalogue.rules(programmeId).isEmpty()) {
            throw new NotFoundException(what, id);
        }
        return user;
    }

    private CurrentUser requireUser() {
        return accounts.requireCurrent();
    }
}
