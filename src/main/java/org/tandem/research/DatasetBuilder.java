package org.tandem.research;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.tandem.activity.AttendanceFacts;
import org.tandem.duo.ContractType;
import org.tandem.duo.DuoResearchFacts;
import org.tandem.duo.DuoState;
import org.tandem.duo.EndReason;
import org.tandem.duo.OutcomeKind;
import org.tandem.duo.OutcomeMoment;
import org.tandem.evaluation.ResearchAnswers;
import org.tandem.evaluation.WaveKind;
import org.tandem.participant.EducationSector;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.Gender;
import org.tandem.participant.MigrationBackground;
import org.tandem.participant.ParticipantRole;
import org.tandem.participant.ResearchCohort;
import org.tandem.participant.ResearchSubjects;
import org.tandem.participant.Sector;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.SiteView;
import org.tandem.research.Dataset.Column;
import org.tandem.research.Dataset.Table;
import org.tandem.research.Dataset.Type;

/**
 * Builds the export of a programme for a project from each module's research read: only people with the research
 * consent (checked at the source), under the project's pseudonyms, with the quasi-identifiers generalised until no
 * small cell is left ({@link SmallCells}). A duo and its meetings appear only when both members are in the export; an
 * outcome when its mentee is. No names, contact details, exact dates or free text are read at all.
 */
@Component
class DatasetBuilder {

    static final String ENROLMENTS = "enrolments";
    static final String DUOS = "duos";
    static final String MEETINGS = "meetings";
    static final String ACTIVITIES = "activities";
    static final String OUTCOMES = "outcomes";
    static final String SURVEY_QUESTIONS = "survey_questions";
    static final String SURVEY_ANSWERS = "survey_answers";
    static final String SENSITIVE = "sensitive";

    private final ResearchSubjects subjects;
    private final DuoResearchFacts duos;
    private final AttendanceFacts attendance;
    private final ResearchAnswers answers;
    private final ProgrammeCatalogue catalogue;
    private final Clock clock;

    DatasetBuilder(ResearchSubjects subjects, DuoResearchFacts duos, AttendanceFacts attendance,
            ResearchAnswers answers, ProgrammeCatalogue catalogue, Clock clock) {
        this.subjects = subjects;
        this.duos = duos;
        this.attendance = attendance;
        this.answers = answers;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The main files (no sensitive data), or, with {@code sensitive}, the separate migration-background file. */
    Dataset build(long programmeId, Pseudonyms pseudonyms, boolean sensitive) {
        ResearchCohort cohort = subjects.of(programmeId);
        Map<Long, String> siteNames = new HashMap<>();
        for (SiteView site : catalogue.sites(programmeId)) {
            siteNames.put(site.id(), site.city());
        }
        List<SmallCells.Row> rows = new ArrayList<>();
        Map<Long, String> personOfEnrolment = new HashMap<>();
        for (var s : cohort.subjects()) {
            String person = pseudonyms.person(s.personId());
            personOfEnrolment.put(s.enrolmentId(), person);
            rows.add(new SmallCells.Row(person, s.siteId() == null ? null : siteNames.get(s.siteId()),
                    s.role().name(), s.birthYear(), s.gender() == null ? null : s.gender().name()));
        }
        SmallCells.Outcome cells = SmallCells.apply(rows);
        Set<String> kept = new HashSet<>();
        cells.rows().stream().filter(g -> !g.dropped()).forEach(g -> kept.add(g.person()));
        List<String> notes = new ArrayList<>();
        notes(cells, notes);
        List<String> siteValues = Stream.concat(siteNames.values().stream().sorted(),
                Stream.of(SmallCells.OTHER, SmallCells.NONE)).toList();
        if (sensitive) {
            return sensitive(programmeId, pseudonyms, cohort, cells, kept, siteValues, notes);
        }
        List<Table> tables = new ArrayList<>();
        tables.add(enrolments(cohort, cells, siteValues));
        var facts = duos.of(programmeId);
        Map<Long, String> duoCodes = new HashMap<>();
        List<List<String>> duoRows = new ArrayList<>();
        List<List<String>> meetingRows = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (var d : facts.duos()) {
            String mentor = keptPerson(personOfEnrolment, kept, d.mentorEnrolmentId());
            String mentee = keptPerson(personOfEnrolment, kept, d.menteeEnrolmentId());
            if (mentor == null || mentee == null) {
                continue;
            }
            String code = pseudonyms.duo(d.duoId());
            duoCodes.put(d.duoId(), code);
            LocalDate started = d.activatedAt() == null ? null : d.activatedAt().atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate until = d.endedOn() != null ? d.endedOn() : today;
            duoRows.add(List.of(code, mentor, mentee, d.state().name(),
                    started == null ? "" : String.valueOf(started.getYear()),
                    started == null || until.isBefore(started) ? ""
                            : String.valueOf(ChronoUnit.MONTHS.between(started, until)),
                    d.endReason() == null ? "" : d.endReason().name()));
            meetingRows.add(List.of(code, String.valueOf(d.meetings()), String.valueOf(d.meetingMinutes())));
        }
        tables.add(new Table(DUOS, List.of(Column.of("duo", Type.TEXT, null), Column.of("mentor", Type.TEXT, null),
                Column.of("mentee", Type.TEXT, null), Column.of("state", Type.CODE, names(DuoState.values())),
                Column.of("start_year", Type.INTEGER, null), Column.of("months_active", Type.INTEGER, null),
                Column.of("end_reason", Type.CODE, names(EndReason.values()))), duoRows));
        tables.add(new Table(MEETINGS, List.of(Column.of("duo", Type.TEXT, null),
                Column.of("meetings", Type.INTEGER, null), Column.of("minutes", Type.INTEGER, null)), meetingRows));
        List<List<String>> activityRows = new ArrayList<>();
        for (var a : attendance.of(programmeId)) {
            String person = keptPerson(personOfEnrolment, kept, a.enrolmentId());
            if (person != null) {
                activityRows.add(List.of(person, a.kind().name(), String.valueOf(a.count())));
            }
        }
        tables.add(new Table(ACTIVITIES, List.of(Column.of("person", Type.TEXT, null),
                Column.of("kind", Type.CODE, names(AttendanceFacts.Kind.values())),
                Column.of("attended", Type.INTEGER, null)), activityRows));
        List<List<String>> outcomeRows = new ArrayList<>();
        for (var o : facts.outcomes()) {
            String mentee = keptPerson(personOfEnrolment, kept, o.menteeEnrolmentId());
            if (mentee != null) {
                outcomeRows.add(List.of(mentee, o.moment().name(), o.kind().name(), text(o.sector()),
                        o.hoursPerWeek() == null ? "" : String.valueOf(o.hoursPerWeek()),
                        o.contractType() == null ? "" : o.contractType().name(), text(o.educationSector())));
            }
        }
        tables.add(new Table(OUTCOMES, List.of(Column.of("mentee", Type.TEXT, null),
                Column.of("moment", Type.CODE, names(OutcomeMoment.values())),
                Column.of("kind", Type.CODE, names(OutcomeKind.values())),
                Column.of("sector", Type.CODE, names(Sector.values())),
                Column.of("hours_per_week", Type.INTEGER, null),
                Column.of("contract_type", Type.CODE, names(ContractType.values())),
                Column.of("education_sector", Type.CODE, names(EducationSector.values()))), outcomeRows));
        surveys(programmeId, personOfEnrolment, kept, tables);
        return new Dataset(tables, notes, kept.size(), cells.droppedPeople().size());
    }

    private void surveys(long programmeId, Map<Long, String> personOfEnrolment, Set<String> kept,
            List<Table> tables) {
        var found = answers.of(programmeId);
        Map<Long, String> waveCodes = new HashMap<>();
        List<List<String>> questionRows = new ArrayList<>();
        int n = 0;
        for (var wave : found.waves()) {
            String code = "W" + (++n);
            waveCodes.put(wave.waveId(), code);
            for (var q : wave.questions()) {
                questionRows.add(List.of(code, wave.kind().name(), wave.role().name(), q.key(), q.type().name(),
                        String.join("|", q.values())));
            }
        }
        tables.add(new Table(SURVEY_QUESTIONS, List.of(Column.of("wave", Type.TEXT, null),
                Column.of("wave_kind", Type.CODE, names(WaveKind.values())),
                Column.of("role", Type.CODE, names(ParticipantRole.values())), Column.of("question", Type.TEXT, null),
                Column.of("type", Type.CODE, null), Column.of("allowed_values", Type.TEXT, null)), questionRows));
        List<List<String>> answerRows = new ArrayList<>();
        for (var a : found.answers()) {
            String person = keptPerson(personOfEnrolment, kept, a.enrolmentId());
            if (person != null) {
                answerRows.add(List.of(person, waveCodes.get(a.waveId()), a.questionKey(), a.value()));
            }
        }
        tables.add(new Table(SURVEY_ANSWERS, List.of(Column.of("person", Type.TEXT, null),
                Column.of("wave", Type.TEXT, null), Column.of("question", Type.TEXT, null),
                Column.of("value", Type.TEXT, null)), answerRows));
    }

    private static Table enrolments(ResearchCohort cohort, SmallCells.Outcome cells, List<String> siteValues) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < cohort.subjects().size(); i++) {
            var g = cells.rows().get(i);
            if (g.dropped()) {
                continue;
            }
            var s = cohort.subjects().get(i);
            rows.add(List.of(g.person(), g.role(), g.site(), g.ageBand(), g.gender(), s.status().name(),
                    s.appliedAt() == null ? "" : String.valueOf(s.appliedAt().atZone(ZoneOffset.UTC).getYear())));
        }
        List<String> genders = new ArrayList<>(names(Gender.values()));
        genders.add(SmallCells.UNKNOWN);
        genders.add(SmallCells.SUPPRESSED);
        return new Table(ENROLMENTS, List.of(Column.of("person", Type.TEXT, null),
                Column.of("role", Type.CODE, names(ParticipantRole.values())),
                Column.of("site", Type.CODE, siteValues),
                Column.of("age_band", Type.CODE, List.of("YYYY-YYYY", SmallCells.UNKNOWN, SmallCells.SUPPRESSED)),
                Column.of("gender", Type.CODE, genders),
                Column.of("status", Type.CODE, names(EnrolmentStatus.values())),
                Column.of("applied_year", Type.INTEGER, null)), rows);
    }

    private static Dataset sensitive(long programmeId, Pseudonyms pseudonyms, ResearchCohort cohort,
            SmallCells.Outcome cells, Set<String> kept, List<String> siteValues, List<String> notes) {
        Map<String, String> background = new HashMap<>();
        cohort.migrationBackground().forEach((personId, value) -> background.put(pseudonyms.person(personId),
                value.name()));
        Set<String> allowed = SmallCells.sensitiveKept(cells.rows(), background);
        int consenting = (int) background.keySet().stream().filter(kept::contains).count();
        if (consenting > allowed.size()) {
            notes.add("sensitive.left-out:" + (consenting - allowed.size()));
        }
        List<List<String>> rows = allowed.stream().sorted().map(p -> List.of(p, background.get(p))).toList();
        var table = new Table(SENSITIVE, List.of(Column.of("person", Type.TEXT, null),
                Column.of("migration_background", Type.CODE, names(MigrationBackground.values()))), rows);
        return new Dataset(List.of(table), notes, allowed.size(), consenting - allowed.size());
    }

    /** Notes as "code:count", turned into sentences in the requester's language by the writer. */
    private static void notes(SmallCells.Outcome cells, List<String> notes) {
        int[] perLevel = cells.rowsPerLevel();
        String[] codes = {null, "age10", "age20", "site-other", "gender-suppressed", "age-suppressed"};
        for (int level = 1; level < SmallCells.DROPPED; level++) {
            if (perLevel[level] > 0) {
                notes.add(codes[level] + ":" + perLevel[level]);
            }
        }
        if (!cells.droppedPeople().isEmpty()) {
            notes.add("people-left-out:" + cells.droppedPeople().size());
        }
    }

    private static String keptPerson(Map<Long, String> personOfEnrolment, Set<String> kept, long enrolmentId) {
        String person = personOfEnrolment.get(enrolmentId);
        return person != null && kept.contains(person) ? person : null;
    }

    private static String text(String code) {
        return code == null ? "" : code;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
