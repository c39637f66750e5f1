package org.tandem.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.DomainException;
import org.tandem.shared.NotFoundException;

/**
 * A programme's questionnaires: made, changed (in place while no wave used the version, else as its next version),
 * imported and exported as JSON or XLSX. Only the programme's coordinators reach them.
 */
@Service
public class QuestionnaireService {

    private final QuestionnaireRepository questionnaires;
    private final SurveyAccess access;
    private final ProgrammeCatalogue catalogue;
    private final Clock clock;

    QuestionnaireService(QuestionnaireRepository questionnaires, SurveyAccess access, ProgrammeCatalogue catalogue,
            Clock clock) {
        this.questionnaires = questionnaires;
        this.access = access;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<QuestionnaireView> list(long programmeId) {
        requireProgramme(programmeId);
        return questionnaires.findByProgrammeIdOrderByNameAscNumberDesc(programmeId).stream().map(this::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public QuestionnaireView get(long id) {
        return view(manageable(id));
    }

    @Transactional
    public QuestionnaireView create(long programmeId, QuestionnaireDocument document) {
        requireProgramme(programmeId);
        var checked = QuestionnaireFiles.checked(document, Map.of());
        return view(questionnaires.save(new Questionnaire(programmeId, checked.name(), checked.origin(),
                QuestionnaireFiles.definitionJson(checked.definition()), Instant.now(clock))));
    }

    /**
     * Changes the version in place while no wave used it; a frozen version stays as it is and the change becomes the
     * next version of the same questionnaire (the answer says which).
     */
    @Transactional
    public QuestionnaireView change(long id, QuestionnaireDocument document, Long expectedVersion) {
        var questionnaire = manageable(id);
        if (expectedVersion != null && expectedVersion != questionnaire.version()) {
            throw new DomainException("error.concurrent");
        }
        var checked = QuestionnaireFiles.checked(document, Map.of());
        String json = QuestionnaireFiles.definitionJson(checked.definition());
        if (!questionnaire.frozen()) {
            questionnaire.change(checked.name(), checked.origin(), json);
            questionnaires.flush();
            return view(questionnaire);
        }
        int next = questionnaires.latestNumber(questionnaire.family()).orElse(questionnaire.number());
        if (next != questionnaire.number()) {
            throw new DomainException("evaluation.questionnaire.notLatest", next);
        }
        return view(questionnaires.save(questionnaire.next(checked.name(), checked.origin(), json,
                Instant.now(clock))));
    }

    @Transactional
    public QuestionnaireView importFile(long programmeId, String filename, byte[] bytes) {
        requireProgramme(programmeId);
        var document = isXlsx(filename) ? QuestionnaireFiles.fromXlsx(bytes) : QuestionnaireFiles.fromJson(bytes);
        return create(programmeId, document);
    }

    @Transactional(readOnly = true)
    public byte[] exportJson(long id) {
        return QuestionnaireFiles.toJson(document(manageable(id)));
    }

    @Transactional(readOnly = true)
    public byte[] exportXlsx(long id) {
        return QuestionnaireFiles.toXlsx(document(manageable(id)));
    }

    static boolean isXlsx(String filename) {
        return filename != null && filename.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    private static QuestionnaireDocument document(Questionnaire q) {
        return new QuestionnaireDocument(q.name(), q.origin(), QuestionnaireFiles.definition(q.definition()));
    }

    Questionnaire manageable(long id) {
        var questionnaire = questionnaires.findById(id).orElseThrow(() -> new NotFoundException("questionnaire", id));
        try {
            access.requireManage(questionnaire.programmeId());
        } catch (NotFoundException e) {
            throw new NotFoundException("questionnaire", id);
        }
        return questionnaire;
    }

    private void requireProgramme(long programmeId) {
        access.requireManage(programmeId);
        if (catalogue.rules(programmeId).isEmpty()) {
            throw new NotFoundException("programme", programmeId);
        }
    }

    QuestionnaireView view(Questionnaire q) {
        return new QuestionnaireView(q.id(), q.programmeId(), q.family(), q.number(), q.name(), q.origin(),
                q.frozen(), QuestionnaireFiles.definition(q.definition()), q.createdAt(), q.version());
    }
}
