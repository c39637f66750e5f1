package org.tandem.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.account.AccountService;
import org.tandem.evaluation.LikertLabels;
import org.tandem.evaluation.Origin;
import org.tandem.evaluation.QuestionType;
import org.tandem.evaluation.QuestionnaireDefinition;
import org.tandem.evaluation.QuestionnaireDefinition.Choice;
import org.tandem.evaluation.QuestionnaireDefinition.Question;
import org.tandem.evaluation.QuestionnaireDefinition.Scale;
import org.tandem.evaluation.QuestionnaireDefinition.Section;
import org.tandem.evaluation.QuestionnaireDocument;
import org.tandem.evaluation.QuestionnaireService;
import org.tandem.evaluation.SurveyAnswering;
import org.tandem.evaluation.Texts;
import org.tandem.evaluation.WaveKind;
import org.tandem.evaluation.WavePlan;
import org.tandem.evaluation.WavePurpose;
import org.tandem.evaluation.WaveRole;
import org.tandem.evaluation.WaveService;
import org.tandem.participant.CohortMember;
import org.tandem.employer.EmployerDirectory;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.ConsentService;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.CohortView;
import org.tandem.programme.ProgrammeCatalogue;

/**
 * The demo's surveys, all programme-made (not validated) and answered with synthetic data, through the services on the
 * demo clock. Programme A: an experience questionnaire for mentors and mentees at the end of each pilot, with open
 * answers. Programme B: baseline and end waves for the running round's mentors on three scales (self-confidence as a
 * mentor, competences, sustainable employability; some items reverse-coded) that rise between the two, a few
 * missing; the end wave is still open. And an employer questionnaire at baseline and end. Answers collected by the
 * story are entered as paper questionnaires (the only way to answer without the mailed link). A programme that has
 * questionnaires already is left as it is.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoSurveys implements ApplicationRunner {

    private final AccountService accounts;
    private final ProgrammeCatalogue catalogue;
    private final ParticipantQueries participants;
    private final ConsentService consents;
    private final QuestionnaireService questionnaires;
    private final WaveService waves;
    private final SurveyAnswering answering;
    private final DemoClock clock;
    private final EmployerDirectory employers;
    private final Random random = new Random(11);

    DemoSurveys(AccountService accounts, ProgrammeCatalogue catalogue, ParticipantQueries participants,
            ConsentService consents, QuestionnaireService questionnaires, WaveService waves,
            SurveyAnswering answering, DemoClock clock, EmployerDirectory employers) {
        this.employers = employers;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.participants = participants;
        this.consents = consents;
        this.questionnaires = questionnaires;
        this.waves = waves;
        this.answering = answering;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.callAs(DemoData.COORDINATOR, () -> {
            for (var programme : catalogue.all()) {
                boolean demo = programme.name().equals(DemoData.PROGRAMME_A)
                        || programme.name().equals(DemoData.PROGRAMME_B);
                // another programme is not the demo coordinator's: asking for its questionnaires would be refused
                if (!demo || !questionnaires.list(programme.id()).isEmpty()) {
                    continue;
                }
                if (programme.name().equals(DemoData.PROGRAMME_A)) {
                    careerSwitch(programme.id());
                } else if (programme.name().equals(DemoData.PROGRAMME_B)) {
                    intergenerational(programme.id());
                }
            }
            return null;
        });
    }

    // --- programme A: the pilots' experience

    private static final String[] WORKED = {
            "De gesprekken over lesgeven in de praktijk, en dat ik mocht meelopen op school.",
            "Mijn mentor nam de tijd en was eerlijk over de zwaarte van het vak.",
            "Het netwerk van de mentor: via haar kwam ik aan een stageplek.",
            "Samen de opleidingen en de financiering op een rij zetten.",
            "Een vaste afspraak om de twee weken hield ons op koers.",
            "Ik leerde zelf weer scherp kijken naar mijn eigen lessen."};
    private static final String[] BETTER = {
            "Eerder duidelijkheid over de bevoegdheden per sector.",
            "Meer contact met de andere duo's, bijvoorbeeld een terugkomdag.",
            "De planning van de meeloopdagen liep soms stroef.",
            "Een korte handleiding voor mentoren aan het begin.",
            "", ""};

    private void careerSwitch(long programmeId) {
        var pilots = catalogue.cohorts(programmeId);
        if (pilots.isEmpty()) {
            return;
        }
        Instant made = story(pilots.get(0).endDate().minusDays(30));
        long questionnaireId = clock.at(made, () -> questionnaires.create(programmeId,
                new QuestionnaireDocument("Ervaringen met de pilot", Origin.PROGRAMME_MADE, experience())).id());
        for (CohortView pilot : pilots) {
            for (var role : List.of(WaveRole.MENTOR, WaveRole.MENTEE)) {
                var members = participants.cohortMembers(pilot.id(), role == WaveRole.MENTOR
                        ? ParticipantRole.MENTOR : ParticipantRole.MENTEE);
                consent(members, pilot.startDate().minusMonths(2));
                LocalDate opens = pilot.endDate().minusDays(7);
                long waveId = clock.at(story(opens.minusDays(3)), () -> waves.plan(programmeId, new WavePlan(
                        pilot.id(), questionnaireId, "Ervaringen " + pilot.name() + " – "
                                + (role == WaveRole.MENTOR ? "mentoren" : "mentees"), role, WaveKind.END,
                        WavePurpose.RESEARCH, false, opens, pilot.endDate().plusDays(21), null, null, null)).id());
                clock.at(story(opens), () -> waves.open(waveId));
                for (int i = 0; i < members.size(); i++) {
                    if (i % 6 == 5) {
                        continue; // one in six did not answer
                    }
                    var answers = new HashMap<String, List<String>>();
                    int tone = 3 + random.nextInt(3);
                    for (String item : List.of("e1", "e2", "e3", "e4")) {
                        answers.put(item, List.of(String.valueOf(clamp(tone + random.nextInt(3) - 1))));
                    }
                    answers.put("again", List.of(tone >= 4 ? "yes" : random.nextBoolean() ? "maybe" : "no"));
                    answers.put("nps", List.of(String.valueOf(Math.min(10, 4 + tone + random.nextInt(3)))));
                    answers.put("worked", List.of(WORKED[random.nextInt(WORKED.length)]));
                    answers.put("better", List.of(BETTER[random.nextInt(BETTER.length)]));
                    String invitee = "enrolment:" + members.get(i).enrolmentId();
                    clock.at(story(opens.plusDays(1 + random.nextInt(14))),
                            () -> answering.recordOnPaper(waveId, invitee, answers));
                }
                clock.at(story(pilot.endDate().plusDays(22)), () -> waves.close(waveId));
            }
        }
    }

    private static QuestionnaireDefinition experience() {
        var likert = LikertLabels.agreement(5);
        return new QuestionnaireDefinition(
                new Texts("Ervaringen met de pilot", "Experiences with the pilot", "Expériences avec le projet pilote"),
                new Texts("Terugkijken op de pilot: wat werkte en wat kan beter?",
                        "Looking back on the pilot: what worked and what could be better?",
                        "Retour sur le projet pilote : ce qui a marché et ce qui peut être amélioré."),
                List.of(new Section("ervaring", new Texts("Uw ervaring", "Your experience", "Votre expérience"),
                                List.of(likert("e1", "Het duo paste goed bij elkaar.", "Our duo was a good match.",
                                                "Notre duo était bien assorti.", likert),
                                        likert("e2", "De gesprekken hielpen bij de overstap naar het onderwijs.",
                                                "The conversations helped the move into teaching.",
                                                "Les échanges ont aidé la reconversion vers l'enseignement.", likert),
                                        likert("e3", "Ik had genoeg tijd voor het mentoraat.",
                                                "I had enough time for the mentoring.",
                                                "J'avais assez de temps pour le mentorat.", likert),
                                        likert("e4", "De coördinator ondersteunde ons goed.",
                                                "The coordinator supported us well.",
                                                "Le coordinateur nous a bien soutenus.", likert),
                                        new Question("again", QuestionType.SINGLE_CHOICE, new Texts(
                                                "Zou u opnieuw meedoen?", "Would you take part again?",
                                                "Participeriez-vous à nouveau ?"), List.of(
                                                        new Choice("yes", new Texts("Ja", "Yes", "Oui")),
                                                        new Choice("maybe", new Texts("Misschien", "Maybe",
                                                                "Peut-être")),
                                                        new Choice("no", new Texts("Nee", "No", "Non"))),
                                                true, null, null),
                                        new Question("nps", QuestionType.RECOMMENDATION, new Texts(
                                                "Hoe waarschijnlijk is het dat u de pilot aanbeveelt aan een collega?",
                                                "How likely are you to recommend the pilot to a colleague?",
                                                "Quelle est la probabilité que vous recommandiez le projet à un collègue ?"),
                                                List.of(), false, null, null))),
                        new Section("open", new Texts("In uw eigen woorden", "In your own words",
                                "Avec vos propres mots"), List.of(
                                        new Question("worked", QuestionType.OPEN_TEXT, new Texts(
                                                "Wat werkte goed?", "What worked well?", "Qu'est-ce qui a bien marché ?"),
                                                List.of(), false, null, null),
                                        new Question("better", QuestionType.OPEN_TEXT, new Texts(
                                                "Wat kan beter?", "What could be better?",
                                                "Qu'est-ce qui pourrait être amélioré ?"),
                                                List.of(), false, null, null)))),
                List.of(new Scale("ervaring", new Texts("Ervaring met de pilot", "Experience of the pilot",
                        "Expérience du projet pilote"), List.of("e1", "e2", "e3", "e4"), List.of(), 3)));
    }

    // --- programme B: the mentors' change, and their employers

    /** Per scale: its items, which are reverse-coded, and the mean rise between baseline and end. */
    private record Measure(String key, Texts name, List<Question> items, List<String> reversed, double rise) {
    }

    private void intergenerational(long programmeId) {
        var round = catalogue.cohorts(programmeId).stream().filter(c -> c.name().equals("Ronde 2026")).findFirst()
                .orElse(null);
        if (round == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate baselineOpens = today.minusMonths(6);
        LocalDate endOpens = today.minusDays(14);
        var measures = measures();
        long mentorForm = clock.at(story(baselineOpens.minusDays(10)), () -> questionnaires.create(programmeId,
                new QuestionnaireDocument("Mentoren 50+: zelfvertrouwen, competenties en inzetbaarheid",
                        Origin.PROGRAMME_MADE, mentorDefinition(measures))).id());
        long employerForm = clock.at(story(baselineOpens.minusDays(10)), () -> questionnaires.create(programmeId,
                new QuestionnaireDocument("Werkgevers: vrijgemaakte mentoren", Origin.PROGRAMME_MADE,
                        employerDefinition())).id());

        var mentors = participants.cohortMembers(round.id(), ParticipantRole.MENTOR).stream().limit(20).toList();
        consent(mentors, baselineOpens.minusDays(20));
        employerProgress(round.id(), baselineOpens.minusDays(20));
        // each mentor's level on each scale at baseline, and how much it changes
        Map<Long, double[]> level = new HashMap<>();
        for (var mentor : mentors) {
            double[] values = new double[measures.size() * 2];
            for (int m = 0; m < measures.size(); m++) {
                values[m * 2] = 2.8 + random.nextGaussian() * 0.5;
                values[m * 2 + 1] = measures.get(m).rise() + random.nextGaussian() * 0.35;
            }
            level.put(mentor.enrolmentId(), values);
        }
        long baseline = wave(programmeId, round, mentorForm, "Nulmeting mentoren Ronde 2026", WaveRole.MENTOR,
                WaveKind.BASELINE, WavePurpose.RESEARCH, baselineOpens, baselineOpens.plusDays(20));
        long end = wave(programmeId, round, mentorForm, "Eindmeting mentoren Ronde 2026", WaveRole.MENTOR,
                WaveKind.END, WavePurpose.RESEARCH, endOpens, endOpens.plusDays(27));
        for (int i = 0; i < mentors.size(); i++) {
            long enrolmentId = mentors.get(i).enrolmentId();
            String invitee = "enrolment:" + enrolmentId;
            if (i != 7) {
                var answers = mentorAnswers(measures, level.get(enrolmentId), false);
                clock.at(story(baselineOpens.plusDays(1 + random.nextInt(15))),
                        () -> answering.recordOnPaper(baseline, invitee, answers));
            }
            if (i != 3 && i != 12 && i != 16) {
                var answers = mentorAnswers(measures, level.get(enrolmentId), true);
                clock.at(story(endOpens.plusDays(1 + random.nextInt(12))),
                        () -> answering.recordOnPaper(end, invitee, answers));
            }
        }
        clock.at(story(baselineOpens.plusDays(21)), () -> waves.close(baseline));

        long employersBaseline = wave(programmeId, round, employerForm, "Werkgevers bij de start",
                WaveRole.EMPLOYER_CONTACT, WaveKind.BASELINE, WavePurpose.FEEDBACK, baselineOpens,
                baselineOpens.plusDays(20));
        long employersEnd = wave(programmeId, round, employerForm, "Werkgevers aan het einde",
                WaveRole.EMPLOYER_CONTACT, WaveKind.END, WavePurpose.FEEDBACK, endOpens, endOpens.plusDays(27));
        var contact = "account:" + accounts.findByEmail(DemoEmployers.EMPLOYER_CONTACT).orElseThrow().id();
        clock.at(story(baselineOpens.plusDays(4)), () -> answering.recordOnPaper(employersBaseline, contact, Map.of(
                "w1", List.of("3"), "w2", List.of("4"), "w3", List.of("3"), "hours", List.of("16"),
                "remarks", List.of("Planning van de vrijgemaakte uren is nog zoeken met de ploegendiensten."))));
        clock.at(story(endOpens.plusDays(5)), () -> answering.recordOnPaper(employersEnd, contact, Map.of(
                "w1", List.of("4"), "w2", List.of("5"), "w3", List.of("4"), "hours", List.of("14"),
                "remarks", List.of("Onze mentoren komen enthousiast terug; twee willen een tweede duo."))));
        clock.at(story(baselineOpens.plusDays(21)), () -> waves.close(employersBaseline));
    }

    private long wave(long programmeId, CohortView round, long questionnaireId, String name, WaveRole role,
            WaveKind kind, WavePurpose purpose, LocalDate opens, LocalDate closes) {
        long id = clock.at(story(opens.minusDays(5)), () -> waves.plan(programmeId, new WavePlan(round.id(),
                questionnaireId, name, role, kind, purpose, false, opens, closes, null, null, null)).id());
        clock.at(story(opens), () -> waves.open(id));
        return id;
    }

    private Map<String, List<String>> mentorAnswers(List<Measure> measures, double[] level, boolean atEnd) {
        var answers = new HashMap<String, List<String>>();
        for (int m = 0; m < measures.size(); m++) {
            var measure = measures.get(m);
            double mean = level[m * 2] + (atEnd ? level[m * 2 + 1] : 0);
            for (var item : measure.items()) {
                if (random.nextInt(40) == 0) {
                    continue; // an item left open now and then
                }
                int v = clamp((int) Math.round(mean + random.nextGaussian() * 0.6));
                answers.put(item.key(), List.of(String.valueOf(measure.reversed().contains(item.key()) ? 6 - v : v)));
            }
        }
        if (atEnd && random.nextInt(3) == 0) {
            answers.put("toelichting", List.of(random.nextBoolean()
                    ? "Ik merk dat ik op mijn eigen werk ook meer uitleg en rust geef."
                    : "Fijn om mijn ervaring door te geven; ik denk nu vaker na over wat ik na mijn 60e wil."));
        }
        return answers;
    }

    private static List<Measure> measures() {
        var likert = LikertLabels.agreement(5);
        // items may be left open: a scale still scores with all items but one answered
        return List.of(
                new Measure("zelfvertrouwen", new Texts("Zelfvertrouwen als mentor", "Self-confidence as a mentor",
                        "Confiance en soi comme mentor"), List.of(
                                optional("zv1", "Ik kan een jongere goed helpen bij het zoeken naar werk.",
                                        "I can help a young person well in finding work.",
                                        "Je peux bien aider un jeune à trouver du travail.", likert),
                                optional("zv2", "Ik weet hoe ik een lastig gesprek aanga.",
                                        "I know how to start a difficult conversation.",
                                        "Je sais engager une conversation difficile.", likert),
                                optional("zv3", "Ik twijfel of ik een goede mentor ben.",
                                        "I doubt whether I am a good mentor.",
                                        "Je doute d'être un bon mentor.", likert),
                                optional("zv4", "Mijn levenservaring is waardevol voor een mentee.",
                                        "My life experience is valuable to a mentee.",
                                        "Mon expérience de vie est précieuse pour un mentoré.", likert),
                                optional("zv5", "Ik voel me onzeker als mijn mentee iets anders wil dan ik adviseer.",
                                        "I feel unsure when my mentee wants something else than I advise.",
                                        "Je me sens incertain quand mon mentoré veut autre chose que ce que je conseille.",
                                        likert)),
                        List.of("zv3", "zv5"), 0.6),
                new Measure("competenties", new Texts("Competenties", "Competences", "Compétences"), List.of(
                        optional("co1", "Ik luister zonder meteen een oplossing te geven.",
                                "I listen without offering a solution straight away.",
                                "J'écoute sans proposer tout de suite une solution.", likert),
                        optional("co2", "Ik kan feedback geven die de ander helpt.",
                                "I can give feedback that helps the other person.",
                                "Je sais donner un retour qui aide l'autre.", likert),
                        optional("co3", "Ik kan omgaan met verschillen in cultuur en taal.",
                                "I can deal with differences in culture and language.",
                                "Je sais gérer les différences de culture et de langue.", likert),
                        optional("co4", "Ik vind het moeilijk om mijn netwerk in te zetten voor een ander.",
                                "I find it hard to use my network for someone else.",
                                "J'ai du mal à mobiliser mon réseau pour quelqu'un d'autre.", likert),
                        optional("co5", "Ik help mijn mentee concrete doelen te stellen.",
                                "I help my mentee set concrete goals.",
                                "J'aide mon mentoré à fixer des objectifs concrets.", likert)),
                        List.of("co4"), 0.4),
                new Measure("inzetbaarheid", new Texts("Duurzame inzetbaarheid", "Sustainable employability",
                        "Employabilité durable"), List.of(
                                optional("di1", "Ik haal energie uit mijn werk.", "My work gives me energy.",
                                        "Mon travail me donne de l'énergie.", likert),
                                optional("di2", "Ik zie op tegen de jaren tot mijn pensioen.",
                                        "I dread the years until my retirement.",
                                        "J'appréhende les années jusqu'à ma retraite.", likert),
                                optional("di3", "Ik leer nog steeds nieuwe dingen in mijn werk.",
                                        "I still learn new things in my work.",
                                        "J'apprends encore de nouvelles choses dans mon travail.", likert),
                                optional("di4", "Mijn werkgever waardeert wat ik kan.",
                                        "My employer values what I can do.",
                                        "Mon employeur apprécie ce que je sais faire.", likert)),
                        List.of("di2"), 0.3));
    }

    private static QuestionnaireDefinition mentorDefinition(List<Measure> measures) {
        var sections = new ArrayList<Section>();
        var scales = new ArrayList<Scale>();
        for (var m : measures) {
            sections.add(new Section(m.key(), m.name(), m.items()));
            scales.add(new Scale(m.key(), m.name(), m.items().stream().map(Question::key).toList(), m.reversed(),
                    m.items().size() - 1));
        }
        sections.add(new Section("tot-slot", new Texts("Tot slot", "Finally", "Pour finir"), List.of(
                new Question("toelichting", QuestionType.OPEN_TEXT, new Texts("Wilt u nog iets toelichten?",
                        "Anything you would like to add?", "Souhaitez-vous ajouter quelque chose ?"), List.of(),
                        false, null, null))));
        return new QuestionnaireDefinition(new Texts("Mentoren 50+: hoe gaat het met u?",
                "Mentors over 50: how are you doing?", "Mentors de plus de 50 ans : comment allez-vous ?"),
                new Texts("Deze vragenlijst is door het programma gemaakt en niet gevalideerd.",
                        "This questionnaire was made by the programme and is not validated.",
                        "Ce questionnaire a été conçu par le programme et n'est pas validé."), sections, scales);
    }

    private static QuestionnaireDefinition employerDefinition() {
        var likert = LikertLabels.agreement(5);
        return new QuestionnaireDefinition(new Texts("Werkgevers en hun mentoren", "Employers and their mentors",
                "Les employeurs et leurs mentors"), null, List.of(new Section("werkgever", new Texts(
                        "Uw organisatie", "Your organisation", "Votre organisation"), List.of(
                                likert("w1", "Het mentorschap past in de organisatie van het werk.",
                                        "The mentoring fits the organisation of the work.",
                                        "Le mentorat s'intègre dans l'organisation du travail.", likert),
                                likert("w2", "Onze mentoren groeien door het programma.",
                                        "Our mentors grow through the programme.",
                                        "Nos mentors progressent grâce au programme.", likert),
                                likert("w3", "Het programma helpt ons oudere medewerkers te behouden.",
                                        "The programme helps us keep our older employees.",
                                        "Le programme nous aide à garder nos salariés seniors.", likert),
                                new Question("hours", QuestionType.NUMBER, new Texts(
                                        "Uren per maand vrijgemaakt per mentor", "Hours a month released per mentor",
                                        "Heures par mois libérées par mentor"), List.of(), false, 0, 80),
                                new Question("remarks", QuestionType.OPEN_TEXT, new Texts("Opmerkingen", "Remarks",
                                        "Remarques"), List.of(), false, null, null)))),
                List.of());
    }

    private static Question likert(String key, String nl, String en, String fr, List<Choice> labels) {
        return new Question(key, QuestionType.LIKERT_5, new Texts(nl, en, fr), labels, true, null, null);
    }

    private static Question optional(String key, String nl, String en, String fr, List<Choice> labels) {
        return new Question(key, QuestionType.LIKERT_5, new Texts(nl, en, fr), labels, false, null, null);
    }

    private void consent(List<CohortMember> members, LocalDate on) {
        clock.at(story(on), () -> members.stream().filter(m -> !m.researchConsent())
                .forEach(m -> consents.give(m.enrolmentId(), ConsentPurpose.RESEARCH)));
    }

    /**
     * Three of the demo employer's released employees let it see their progress: fewer than five, so the employer's
     * home says why it shows no results (the consent and group rules are what the demo should show).
     */
    private void employerProgress(long roundId, LocalDate on) {
        var employer = accounts.findByEmail(DemoEmployers.EMPLOYER_CONTACT)
                .flatMap(contact -> employers.ofContactAccount(contact.id()));
        if (employer.isEmpty()) {
            return;
        }
        clock.at(story(on), () -> participants.cohortMembers(roundId, ParticipantRole.MENTOR).stream()
                .filter(m -> java.util.Objects.equals(m.employerId(), employer.get().id())).limit(3)
                .forEach(m -> consents.give(m.enrolmentId(), ConsentPurpose.EMPLOYER_PROGRESS)));
    }

    private static int clamp(int v) {
        return Math.max(1, Math.min(5, v));
    }

    private static Instant story(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }
}
