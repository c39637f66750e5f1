package org.tandem.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.account.CurrentUser;
import org.tandem.account.Role;
import org.tandem.activity.workshop.WorkshopService;
import org.tandem.duo.DuoWorkload;
import org.tandem.duo.HealthService;
import org.tandem.duo.OutcomeService;
import org.tandem.evaluation.WaveService;
import org.tandem.evaluation.WaveStatus;
import org.tandem.notification.OutboxService;
import org.tandem.participant.ParticipantQueries;
import org.tandem.programme.CohortView;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeSummary;

/**
 * The coordinator's day: each module's small read counts its part, this composes them for the programmes the user
 * manages (all of them for an admin). The number of queries depends on the programmes and cohorts, not on the number
 * of participants or duos. "This week" is today and the six days after it.
 */
@Service
@Transactional(readOnly = true)
public class CoordinatorDayService {

    static final int WEEK_DAYS = 7;

    private final AccountService accounts;
    private final ProgrammeCatalogue catalogue;
    private final ParticipantQueries participants;
    private final DuoWorkload duos;
    private final HealthService health;
    private final OutcomeService outcomes;
    private final WorkshopService workshops;
    private final WaveService waves;
    private final OutboxService outbox;
    private final List<DayItemSource> sources;
    private final Clock clock;

    CoordinatorDayService(AccountService accounts, ProgrammeCatalogue catalogue, ParticipantQueries participants,
            DuoWorkload duos, HealthService health, OutcomeService outcomes, WorkshopService workshops,
            WaveService waves, OutboxService outbox, List<DayItemSource> sources, Clock clock) {
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.participants = participants;
        this.duos = duos;
        this.health = health;
        this.outcomes = outcomes;
        this.workshops = workshops;
        this.waves = waves;
        this.outbox = outbox;
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    /** Whether the signed-in user has a day to show (admins and coordinators). */
    public boolean applies() {
        return accounts.current().map(u -> u.has(Role.ADMIN) || u.has(Role.COORDINATOR)).orElse(false);
    }

    public CoordinatorDay today() {
        CurrentUser user = accounts.requireCurrent();
        LocalDate today = LocalDate.now(clock);
        LocalDate weekEnds = today.plusDays(WEEK_DAYS - 1L);
        var programmes = catalogue.all().stream().filter(p -> user.mayManageProgramme(p.id())).toList();
        var items = new ArrayList<DayItem>();
        if (!programmes.isEmpty()) {
            var ids = programmes.stream().map(ProgrammeSummary::id).toList();
            Map<Long, CohortView> cohorts = new HashMap<>();
            programmes.forEach(p -> catalogue.cohorts(p.id()).forEach(c -> cohorts.put(c.id(), c)));
            intake(programmes, cohorts, today, items);
            for (var programme : programmes) {
                duos(programme, cohorts, items);
                activities(programme, today, items);
                surveys(programme, items);
            }
            long failed = outbox.failedCount();
            if (failed > 0) {
                items.add(new DayItem(DayItemKind.FAILED_MAILS, 0, "", null, failed, failed, null, null, "/outbox"));
            }
            sources.forEach(s -> items.addAll(s.items(programmes, today)));
        }
        items.sort(DayItem.URGENCY);
        return new CoordinatorDay(today, weekEnds, programmes.size(), items);
    }

    private void intake(List<ProgrammeSummary> programmes, Map<Long, CohortView> cohorts, LocalDate today,
            List<DayItem> items) {
        var work = participants.workload(programmes.stream().map(ProgrammeSummary::id).toList(),
                today.atStartOfDay(), today.plusDays(WEEK_DAYS).atStartOfDay());
        for (var p : programmes) {
            long applied = work.applied().getOrDefault(p.id(), 0L);
            if (applied > 0) {
                items.add(new DayItem(DayItemKind.APPLICATIONS_TO_SCREEN, p.id(), p.name(), null, applied, 0, null,
                        null, "/participants?status=APPLIED&sort=APPLIED&programmeId=" + p.id()));
            }
            long intakes = work.intakesPlanned().getOrDefault(p.id(), 0L);
            if (intakes > 0) {
                items.add(new DayItem(DayItemKind.INTAKES_THIS_WEEK, p.id(), p.name(), null, intakes, 0, null, null,
                        "/participants?status=INTAKE_PLANNED&programmeId=" + p.id()));
            }
        }
        var names = new HashMap<Long, String>();
        programmes.forEach(p -> names.put(p.id(), p.name()));
        work.mentorsReady().forEach((cohortId, count) -> {
            var cohort = cohorts.get(cohortId);
            if (cohort != null && count > 0) {
                items.add(new DayItem(DayItemKind.MENTORS_READY_TO_MATCH, cohort.programmeId(),
                        names.get(cohort.programmeId()), cohort.name(), count, 0, null, null,
                        "/matching/cohorts/" + cohortId));
            }
        });
    }

    private void duos(ProgrammeSummary p, Map<Long, CohortView> cohorts, List<DayItem> items) {
        for (var proposals : duos.proposals(p.id())) {
            var cohort = cohorts.get(proposals.cohortId());
            items.add(new DayItem(DayItemKind.PROPOSALS_WAITING, p.id(), p.name(), cohort == null ? null
                    : cohort.name(), proposals.waiting(), proposals.overdue(), null, null,
                    "/duos/cohorts/" + proposals.cohortId()));
        }
        for (var cohort : cohorts.values()) {
            if (cohort.programmeId() != p.id()) {
                continue;
            }
            long atRisk = health.atRiskCount(cohort.id());
            if (atRisk > 0) {
                items.add(new DayItem(DayItemKind.AT_RISK_DUOS, p.id(), p.name(), cohort.name(), atRisk, atRisk,
                        null, null, "/duos/cohorts/" + cohort.id() + "/at-risk"));
            }
            var due = outcomes.followUpsDueCount(cohort.id());
            if (due.due() > 0) {
                items.add(new DayItem(DayItemKind.FOLLOW_UPS_DUE, p.id(), p.name(), cohort.name(), due.due(),
                        due.overdue(), null, null, "/duos/cohorts/" + cohort.id() + "/outcomes"));
            }
        }
    }

    private void activities(ProgrammeSummary p, LocalDate today, List<DayItem> items) {
        for (var w : workshops.starting(p.id(), today.atStartOfDay(), today.plusDays(WEEK_DAYS).atStartOfDay())) {
            if (!w.cancelled()) {
                items.add(new DayItem(DayItemKind.ACTIVITIES_THIS_WEEK, p.id(), p.name(), w.title(), w.registered(),
                        0, w.waiting(), w.startsAt(), "/workshops/" + w.id()));
            }
        }
    }

    private void surveys(ProgrammeSummary p, List<DayItem> items) {
        for (var wave : waves.list(p.id())) {
            if (wave.status() == WaveStatus.OPEN) {
                items.add(new DayItem(DayItemKind.SURVEY_WAVES_OPEN, p.id(), p.name(), wave.name(), wave.answered(),
                        0, (long) wave.rate(), null, "/waves/" + wave.id() + "/monitor"));
            }
        }
    }
}
