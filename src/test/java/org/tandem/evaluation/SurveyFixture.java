package org.tandem.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.test.context.TestComponent;
import org.tandem.account.AccountService;
import org.tandem.evaluation.QuestionnaireDefinition.Choice;
import org.tandem.evaluation.QuestionnaireDefinition.Question;
import org.tandem.evaluation.QuestionnaireDefinition.Scale;
import org.tandem.evaluation.QuestionnaireDefinition.Section;
import org.tandem.notification.OutboxService;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.ConsentService;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantMother;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.ProgrammeKind;

/**
 * A programme whose cohort has three mentors (two gave the research consent) and a mentee, a questionnaire with every
 * type of question and a scale, and the personal links as the mails carry them.
 */
@TestComponent
public class SurveyFixture {

    public record World(long programmeId, long cohortId, long siteId, long researchMentor, long otherResearchMentor,
            long mentorWithoutConsent, long mentee) {
    }

    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{20,})");

    private final ParticipantFixture participants;
    private final ConsentService consents;
    private final QuestionnaireService questionnaires;
    private final WaveService waves;
    private final OutboxService outbox;
    private final AccountService accounts;

    SurveyFixture(ParticipantFixture participants, ConsentService consents, QuestionnaireService questionnaires,
            WaveService waves, OutboxService outbox, AccountService accounts) {
        this.participants = participants;
        this.consents = consents;
        this.questionnaires = questionnaires;
        this.waves = waves;
        this.outbox = outbox;
        this.accounts = accounts;
    }

    public World world(String coordinator) {
        var setup = participants.recruitingProgramme(coordinator, ProgrammeKind.INTERGENERATIONAL);
        long a = mentor(coordinator, setup, true);
        long b = mentor(coordinator, setup, true);
        long c = mentor(coordinator, setup, false);
        long mentee = participants.ready(coordinator, setup.cohortId(), ParticipantRole.MENTEE, 1, setup.siteId(),
                ParticipantMother.profile());
        return new World(setup.programmeId(), setup.cohortId(), setup.siteId(), a, b, c, mentee);
    }

    private long mentor(String coordinator, ParticipantFixture.Setup setup, boolean research) {
        long id = participants.ready(coordinator, setup.cohortId(), ParticipantRole.MENTOR, 1, setup.siteId(),
                ParticipantMother.profile());
        if (research) {
            accounts.callAs(coordinator, () -> {
                consents.give(id, ConsentPurpose.RESEARCH);
                return null;
            });
        }
        return id;
    }

    public long questionnaire(String coordinator, World world) {
        return accounts.callAs(coordinator, () -> questionnaires.create(world.programmeId(),
                new QuestionnaireDocument("Mentor experience", Origin.PROGRAMME_MADE, definition())).id());
    }

    /** A fixed window from today for two weeks, research, mentors, not anonymous unless asked. */
    public WaveView openWave(String coordinator, World world, long questionnaireId, boolean anonymous) {
        return accounts.callAs(coordinator, () -> {
            var wave = waves.plan(world.programmeId(), new WavePlan(world.cohortId(), questionnaireId, "Baseline",
                    WaveRole.MENTOR, WaveKind.BASELINE, WavePurpose.RESEARCH, anonymous, LocalDate.now(),
                    LocalDate.now().plusDays(14), null, null, null));
            waves.open(wave.id());
            return waves.get(wave.id());
        });
    }

    /** The personal links mailed (newest first) to the people whose mails the coordinator can read. */
    public List<String> links(String coordinator, World world, String kind) {
        return accounts.callAs(coordinator, () -> outbox.list().stream()
                .filter(m -> kind.equals(m.kind()) && m.programmeId() == world.programmeId())
                .map(m -> outbox.get(m.id()).body())
                .map(body -> {
                    var matcher = LINK.matcher(body);
                    return matcher.find() ? matcher.group(1) : null;
                }).toList());
    }

    public static QuestionnaireDefinition definition() {
        var likert = LikertLabels.agreement(5);
        return new QuestionnaireDefinition(new Texts("Ervaring als mentor", "Experience as a mentor",
                "Expérience de mentor"), new Texts("Inleiding", "Introduction", "Introduction"), List.of(
                        new Section("confidence", new Texts("Zelfvertrouwen", "Self-confidence", "Confiance"), List.of(
                                new Question("c1", QuestionType.LIKERT_5, new Texts("Ik kan een mentee helpen",
                                        "I can help a mentee", "Je peux aider un mentoré"), likert, true, null, null),
                                new Question("c2", QuestionType.LIKERT_5, new Texts("Ik weet wat ik doe",
                                        "I know what I do", "Je sais ce que je fais"), likert, true, null, null),
                                new Question("c3", QuestionType.LIKERT_5, new Texts("Ik twijfel vaak",
                                        "I often doubt", "Je doute souvent"), likert, true, null, null))),
                        new Section("about", new Texts("Over u", "About you", "Vous"), List.of(
                                new Question("hours", QuestionType.NUMBER, new Texts("Uren per maand",
                                        "Hours a month", "Heures par mois"), List.of(), false, 0, 100),
                                new Question("started", QuestionType.DATE, new Texts("Startdatum", "Start date",
                                        "Date de début"), List.of(), false, null, null),
                                new Question("mode", QuestionType.SINGLE_CHOICE, new Texts("Hoe", "How",
                                        "Comment"), List.of(new Choice("live", new Texts("Live", "In person",
                                                "En personne")), new Choice("online", new Texts("Online",
                                                        "Online", "En ligne"))), false, null, null),
                                new Question("topics", QuestionType.MULTIPLE_CHOICE, new Texts("Onderwerpen",
                                        "Topics", "Sujets"), List.of(new Choice("cv", new Texts("Cv", "CV", "CV")),
                                                new Choice("network", new Texts("Netwerk", "Network", "Réseau"))),
                                        false, null, null),
                                new Question("nps", QuestionType.RECOMMENDATION, new Texts("Aanbevelen",
                                        "Recommend", "Recommander"), List.of(), false, null, null),
                                new Question("remarks", QuestionType.OPEN_TEXT, new Texts("Opmerkingen",
                                        "Remarks", "Remarques"), List.of(), false, null, null)))),
                List.of(new Scale("confidence", new Texts("Zelfvertrouwen", "Self-confidence", "Confiance"),
                        List.of("c1", "c2", "c3"), List.of("c3"), 2)));
    }
}
