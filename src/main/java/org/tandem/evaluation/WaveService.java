package org.tandem.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.SiteView;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

/**
 * Survey waves: planned by a coordinator (which freezes the questionnaire version), opened (invitations by mail go
 * out to everybody whose window has begun), reminded at most twice, closed; and once a day the same on a schedule
 * (fixed windows open and close by their dates, relative windows invite each person when their own moment comes).
 */
@Service
public class WaveService {

    /** Days after the invitation (or the first reminder) that the daily run reminds whoever has not answered. */
    static final int REMINDER_AFTER_DAYS = 7;

    private final SurveyWaveRepository waves;
    private final QuestionnaireRepository questionnaires;
    private final SurveyInvitationRepository invitations;
    private final SurveyResponseRepository responses;
    private final RespondentLinkRepository links;
    private final QuestionnaireService questionnaireService;
    private final Invitees invitees;
    private final SurveyMails mails;
    private final SurveyAccess access;
    private final ProgrammeCatalogue catalogue;
    private final Clock clock;

    WaveService(SurveyWaveRepository waves, QuestionnaireRepository questionnaires,
            SurveyInvitationRepository invitations, SurveyResponseRepository responses, RespondentLinkRepository links,
            QuestionnaireService questionnaireService, Invitees invitees, SurveyMails mails, SurveyAccess access,
            ProgrammeCatalogue catalogue, Clock clock) {
        this.waves = waves;
        this.questionnaires = questionnaires;
        this.invitations = invitations;
        this.responses = responses;
        this.links = links;
        this.questionnaireService = questionnaireService;
        this.invitees = invitees;
        this.mails = mails;
        this.access = access;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Transactional
    public WaveView plan(long programmeId, WavePlan plan) {
        access.requireManage(programmeId);
        if (catalogue.rules(programmeId).isEmpty()) {
            throw new NotFoundException("programme", programmeId);
        }
        if (plan.cohortId() == null || catalogue.cohort(plan.cohortId())
                .filter(c -> c.programmeId() == programmeId).isEmpty()) {
            throw new FieldException("cohortId", "evaluation.wave.cohort.required");
        }
        var questionnaire = plan.questionnaireId() == null ? null
                : questionnaires.findById(plan.questionnaireId()).filter(q -> q.programmeId() == programmeId)
                        .orElse(null);
        if (questionnaire == null) {
            throw new FieldException("questionnaireId", "evaluation.wave.questionnaire.required");
        }
        if (plan.name() == null || plan.name().isBlank()) {
            throw new FieldException("name", "evaluation.wave.name.required");
        }
        if (plan.name().trim().length() > 200) {
            throw new FieldException("name", "evaluation.wave.name.long", 200);
        }
        if (plan.role() == null) {
            throw new FieldException("role", "evaluation.wave.role.required");
        }
        if (plan.kind() == null) {
            throw new FieldException("kind", "evaluation.wave.kind.required");
        }
        if (plan.purpose() == null) {
            throw new FieldException("purpose", "evaluation.wave.purpose.required");
        }
        if (plan.role() == WaveRole.EMPLOYER_CONTACT && plan.purpose() == WavePurpose.RESEARCH) {
            throw new FieldException("purpose", "evaluation.wave.purpose.employer");
        }
        if (plan.role() == WaveRole.EMPLOYER_CONTACT && plan.anchor() != null) {
            throw new FieldException("anchor", "evaluation.wave.anchor.employer");
        }
        var window = new SurveyWave.Window(plan.opensOn(), plan.closesOn(), plan.anchor(), plan.offsetDays(),
                plan.openDays());
        var wave = waves.save(new SurveyWave(programmeId, plan.cohortId(), questionnaire.id(), plan.name().trim(),
                plan.role(), plan.kind(), plan.purpose(), plan.anonymous(), window, Instant.now(clock)));
        questionnaire.freeze();
        return view(wave);
    }

    @Transactional(readOnly = true)
    public List<WaveView> list(long programmeId) {
        access.requireManage(programmeId);
        return waves.findByProgrammeIdOrderByCreatedAtDescIdDesc(programmeId).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public WaveView get(long waveId) {
        return view(manageable(waveId));
    }

    /** Opens the wave and invites everybody whose window has begun; the answer says how many were invited. */
    @Transactional
    public int open(long waveId) {
        var wave = manageable(waveId);
        wave.open();
        return invite(wave, Instant.now(clock));
    }

    @Transactional
    public void close(long waveId) {
        manageable(waveId).close();
    }

    /** Reminds now everybody who has not answered and had fewer than two reminders; the answer says how many. */
    @Transactional
    public int remind(long waveId) {
        var wave = manageable(waveId);
        if (wave.status() != WaveStatus.OPEN) {
            throw new org.tandem.shared.DomainException("evaluation.wave.notOpen");
        }
        return remind(wave, Instant.now(clock), 0);
    }

    @Transactional(readOnly = true)
    public MonitorView monitor(long waveId) {
        var wave = manageable(waveId);
        Map<Long, String> siteNames = new HashMap<>();
        catalogue.sites(wave.programmeId()).forEach(s -> siteNames.put(s.id(), s.city()));
        var sites = new ArrayList<MonitorView.SiteRate>();
        for (Object[] row : invitations.countsPerSite(waveId)) {
            Long siteId = (Long) row[0];
            sites.add(new MonitorView.SiteRate(siteId, siteId == null ? null : siteNames.get(siteId),
                    (Long) row[1], (Long) row[2]));
        }
        sites.sort(java.util.Comparator.comparing(s -> s.site() == null ? "\uffff" : s.site()));
        var pendingInvitations = invitations.findByWaveIdAndAnsweredAtIsNullOrderById(waveId);
        var targets = pendingInvitations.isEmpty() ? Map.<String, Invitees.Target>of()
                : invitees.of(wave, clock.getZone());
        var drafts = pendingInvitations.isEmpty() ? java.util.Set.<String>of() : responses.draftKeys(waveId);
        var pending = pendingInvitations.stream().map(i -> {
            var target = targets.get(i.invitee());
            boolean started = i.responseKey() != null && drafts.contains(i.responseKey());
            return new MonitorView.Pending(target == null ? null : target.name(),
                    i.siteId() == null ? null : siteNames.get(i.siteId()), i.reminders(), i.expiresAt(), started);
        }).sorted(java.util.Comparator.comparing(p -> p.name() == null ? "\uffff" : p.name())).toList();
        return new MonitorView(view(wave), sites, pending);
    }

    /**
     * The daily run: opens fixed windows that began, invites whoever's window began in open waves, reminds (at most
     * twice, a week apart) whoever has not answered, and closes fixed windows that ended. Returns mails queued.
     */
    @Transactional
    public int daily(Instant now) {
        LocalDate today = now.atZone(clock.getZone()).toLocalDate();
        for (var wave : waves.dueToOpen(today)) {
            wave.open();
        }
        int mails = 0;
        for (var wave : waves.findByStatus(WaveStatus.OPEN)) {
            var window = wave.window();
            if (window.anchor() == null && window.closesOn().isBefore(today)) {
                wave.close();
                continue;
            }
            mails += invite(wave, now);
            mails += remind(wave, now, REMINDER_AFTER_DAYS);
        }
        return mails;
    }

    /** Invites the wave's people whose window is open today and who have no invitation yet. */
    int invite(SurveyWave wave, Instant now) {
        var zone = clock.getZone();
        LocalDate today = now.atZone(zone).toLocalDate();
        var already = new java.util.HashSet<>(invitations.invitees(wave.id()));
        var due = new ArrayList<Invitees.Target>();
        var days = new HashMap<String, LocalDate[]>();
        for (var target : invitees.of(wave, zone).values()) {
            if (already.contains(target.invitee()) || target.email() == null) {
                continue;
            }
            if (wave.window().anchor() != null && target.moment() == null) {
                continue;
            }
            LocalDate[] window = wave.window().forPerson(target.moment());
            if (!window[0].isAfter(today) && !window[1].isBefore(today)) {
                due.add(target);
                days.put(target.invitee(), window);
            }
        }
        if (due.isEmpty()) {
            return 0;
        }
        Map<String, String> keys = wave.anonymous() ? Map.of() : respondentKeys(wave.programmeId(), due);
        String title = title(wave);
        for (var target : due) {
            LocalDate[] window = days.get(target.invitee());
            Instant expiresAt = window[1].plusDays(1).atStartOfDay(zone).toInstant();
            String token = SurveyTokens.newToken();
            var invitation = invitations.save(new SurveyInvitation(wave.id(), target.invitee(),
                    keys.get(target.invitee()), SurveyTokens.hash(token), target.siteId(), target.employerId(),
                    target.locale().getLanguage(), window[0], expiresAt));
            invitation.sent(now);
            mails.send(target, wave, titleIn(title, target), token, expiresAt, zone, false);
        }
        return due.size();
    }

    /** Reminders get a new link (only a link's hash is kept, so the first cannot be mailed again); drafts stay. */
    private int remind(SurveyWave wave, Instant now, int afterDays) {
        var candidates = invitations.unanswered(wave.id()).stream().filter(i -> i.reminderDue(now, afterDays))
                .toList();
        if (candidates.isEmpty()) {
            return 0;
        }
        var targets = invitees.of(wave, clock.getZone());
        String title = title(wave);
        int sent = 0;
        for (var invitation : candidates) {
            var target = targets.get(invitation.invitee());
            if (target == null || target.email() == null) {
                continue;
            }
            String token = SurveyTokens.newToken();
            invitation.newToken(SurveyTokens.hash(token));
            invitation.remind(now);
            mails.send(target, wave, titleIn(title, target), token, invitation.expiresAt(), clock.getZone(), true);
            sent++;
        }
        return sent;
    }

    private Map<String, String> respondentKeys(long programmeId, List<Invitees.Target> due) {
        var keys = new HashMap<String, String>();
        links.findAll(programmeId, due.stream().map(Invitees.Target::invitee).toList())
                .forEach(l -> keys.put(l.invitee(), l.respondentKey()));
        for (var target : due) {
            if (!keys.containsKey(target.invitee())) {
                var link = links.save(new RespondentLink(programmeId, target.invitee()));
                keys.put(target.invitee(), link.respondentKey());
            }
        }
        return keys;
    }

    private String title(SurveyWave wave) {
        return questionnaires.findById(wave.questionnaireId()).map(Questionnaire::definition).orElseThrow();
    }

    private static String titleIn(String definitionJson, Invitees.Target target) {
        return QuestionnaireFiles.definition(definitionJson).title().in(target.locale());
    }

    SurveyWave manageable(long waveId) {
        var wave = waves.findById(waveId).orElseThrow(() -> new NotFoundException("wave", waveId));
        try {
            access.requireManage(wave.programmeId());
        } catch (NotFoundException e) {
            throw new NotFoundException("wave", waveId);
        }
        return wave;
    }

    WaveView view(SurveyWave wave) {
        var questionnaire = questionnaires.findById(wave.questionnaireId()).orElseThrow();
        var cohort = catalogue.cohort(wave.cohortId()).orElseThrow();
        var window = wave.window();
        long invited = invitations.countByWaveId(wave.id());
        long answered = responses.countByWaveAndStatus(wave.id(), SurveyResponse.Status.SUBMITTED);
        long started = responses.countByWaveAndStatus(wave.id(), SurveyResponse.Status.DRAFT);
        return new WaveView(wave.id(), wave.programmeId(), wave.cohortId(), cohort.name(), questionnaire.id(),
                questionnaire.name(), questionnaire.number(), wave.name(), wave.role(), wave.kind(), wave.purpose(),
                wave.anonymous(), !wave.anonymous(), window.opensOn(), window.closesOn(), window.anchor(),
                window.offsetDays(), window.openDays(), wave.status(), invited, answered, started, wave.version());
    }

    static String siteName(List<SiteView> sites, Long siteId) {
        return sites.stream().filter(s -> siteId != null && s.id() == siteId).map(SiteView::city).findFirst()
                .orElse(null);
    }
}
