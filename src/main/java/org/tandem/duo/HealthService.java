package org.tandem.duo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.participant.ParticipantQueries;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.DataVersion;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

/**
 * The health of duos: signals computed from their facts with their programme's thresholds, the at-risk list of a
 * cohort, coordinators' follow-ups, and the weekly reminders by mail to the duos themselves.
 */
@Service
@Transactional(readOnly = true)
public class HealthService {

    static final Duration REMINDER_INTERVAL = Duration.ofDays(7);

    /** Duos whose members get reminders: confirmed (agreement to sign) and active (meetings to log). */
    static final Set<DuoState> REMINDABLE = EnumSet.of(DuoState.CONFIRMED, DuoState.ACTIVE);

    /** Most severe signal first, then the one furthest past its threshold. */
    static final Comparator<AtRiskDuo> URGENCY = urgency(AtRiskDuo::signals, AtRiskDuo::duoId);

    private static <T> Comparator<T> urgency(Function<T, List<DuoSignal>> signals, ToLongFunction<T> id) {
        return Comparator.<T, HealthSignal>comparing(t -> signals.apply(t).get(0).signal())
                .thenComparing(t -> signals.apply(t).get(0).past(), Comparator.reverseOrder())
                .thenComparingLong(id);
    }

    private final DuoRepository duos;
    private final DuoAccess access;
    private final DuoSettingsService settings;
    private final HealthFacts facts;
    private final FollowUpRepository followUps;
    private final DuoReminderRepository reminders;
    private final ProgrammeCatalogue catalogue;
    private final ParticipantQueries participants;
    private final DuoNotices notices;
    private final Clock clock;
    /** A cohort's follow-ups of open duos, kept until the data changes; the signals they hide depend on the day. */
    private final DataVersion.Kept<Long, Map<Long, List<FollowUpMark>>> marks;
    private final DataVersion.Kept<CohortDay, DaySignals> days;

    HealthService(DuoRepository duos, DuoAccess access, DuoSettingsService settings, HealthFacts facts,
            FollowUpRepository followUps, DuoReminderRepository reminders, ProgrammeCatalogue catalogue,
            ParticipantQueries participants, DuoNotices notices, Clock clock, DataVersion version) {
        this.duos = duos;
        this.access = access;
        this.settings = settings;
        this.facts = facts;
        this.followUps = followUps;
        this.reminders = reminders;
        this.catalogue = catalogue;
        this.participants = participants;
        this.notices = notices;
        this.clock = clock;
        this.marks = version.keep(500);
        this.days = version.keep(500);
    }

    /** A cohort's open duos that need attention, most urgent first; for its programme's coordinators. */
    public List<AtRiskDuo> atRisk(long cohortId) {
        return atRisk(cohortId, Instant.now(clock), Integer.MAX_VALUE).duos();
    }

    /**
     * The most urgent {@code limit} of them and how many there are in all: the names are read for the duos shown
     * only (a cohort of 3,000 duos has about 1,500 on the list).
     */
    public AtRiskDuos atRisk(long cohortId, int limit) {
        return atRisk(cohortId, Instant.now(clock), limit);
    }

    List<AtRiskDuo> atRisk(long cohortId, Instant now) {
        return atRisk(cohortId, now, Integer.MAX_VALUE).duos();
    }

    AtRiskDuos atRisk(long cohortId, Instant now, int limit) {
        var cohort = catalogue.cohort(cohortId).orElseThrow(() -> new NotFoundException("cohort", cohortId));
        access.requireManage(cohort.programmeId());
        var signalled = signalled(cohortId, cohort.programmeId(), now);
        if (signalled.isEmpty()) {
            return new AtRiskDuos(List.of(), 0);
        }
        var shown = signalled.subList(0, Math.min(limit, signalled.size()));
        var names = shown.size() == signalled.size() ? participants.namesInCohort(cohortId)
                : participants.names(shown.stream().map(Signalled::duo)
                        .flatMap(d -> Stream.of(d.mentorEnrolmentId(), d.menteeEnrolmentId())).toList());
        var result = shown.stream().map(s -> new AtRiskDuo(s.duo().id(), names.get(s.duo().mentorEnrolmentId()),
                names.get(s.duo().menteeEnrolmentId()), s.duo().state(), s.signals())).toList();
        return new AtRiskDuos(result, signalled.size());
    }

    /**
     * How many of a cohort's open duos are on its at-risk list, as {@link #atRisk(long)} decides, without loading
     * the members' names: a fixed number of queries whatever the number of duos (the coordinator's day).
     */
    public long atRiskCount(long cohortId) {
        var cohort = catalogue.cohort(cohortId).orElseThrow(() -> new NotFoundException("cohort", cohortId));
        access.requireManage(cohort.programmeId());
        return signalled(cohortId, cohort.programmeId(), Instant.now(clock)).size();
    }

    /** An open duo and its signals not followed up. */
    private record Signalled(DuoVitals duo, List<DuoSignal> signals) {

        static final Comparator<Signalled> URGENCY = urgency(Signalled::signals, s -> s.duo().id());
    }

    /** A cohort on a day: its duos past their proposal have the same signals all day, until its data changes. */
    private record CohortDay(long cohortId, LocalDate today) {
    }

    /** Those duos' signals, most urgent first, and the proposed duos, whose signal depends on the hour. */
    private record DaySignals(List<Signalled> signalled, List<DuoFacts> proposed) {
    }

    /**
     * The cohort's open duos with at least one signal not followed up, with those signals, most urgent first; read
     * by cohort. Only a proposed duo's signal (its confirmation overdue) depends on the moment, the others on the day:
     * those are evaluated once a day and kept until the data changes ({@link DataVersion}), a cohort of 3,000 duos
     * took a third of an at-risk page to evaluate.
     */
    private List<Signalled> signalled(long cohortId, long programmeId, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        var day = days.get(new CohortDay(cohortId, today), () -> {
            var thresholds = settings.thresholds(programmeId);
            var done = followUpMarks(cohortId);
            var signalled = new ArrayList<Signalled>();
            var proposed = new ArrayList<DuoFacts>();
            for (var f : facts.ofCohort(cohortId, DuoState.OPEN)) {
                if (f.duo().state() == DuoState.PROPOSED) {
                    proposed.add(f);
                } else {
                    signalled(f, thresholds, done, now, today).ifPresent(signalled::add);
                }
            }
            signalled.sort(Signalled.URGENCY);
            return new DaySignals(List.copyOf(signalled), List.copyOf(proposed));
        });
        if (day.proposed().isEmpty()) {
            return day.signalled();
        }
        var thresholds = settings.thresholds(programmeId);
        var done = followUpMarks(cohortId);
        var result = new ArrayList<>(day.signalled());
        for (var f : day.proposed()) {
            signalled(f, thresholds, done, now, today).ifPresent(result::add);
        }
        result.sort(Signalled.URGENCY);
        return result;
    }

    private Optional<Signalled> signalled(DuoFacts f, HealthThresholds thresholds,
            Map<Long, List<FollowUpMark>> done, Instant now, LocalDate today) {
        var signals = visible(HealthRules.evaluate(f, thresholds, now, clock.getZone()),
                done.getOrDefault(f.duo().id(), List.of()), today);
        return signals.isEmpty() ? Optional.empty() : Optional.of(new Signalled(f.duo(), signals));
    }

    private Map<Long, List<FollowUpMark>> followUpMarks(long cohortId) {
        return marks.get(cohortId, () -> followUps.marksInCohort(cohortId, DuoState.OPEN).stream()
                .collect(Collectors.groupingBy(FollowUpMark::duoId)));
    }

    /** One duo's health, for its coordinators (with follow-ups) and its members (what they need to do). */
    public DuoHealth health(long duoId) {
        return health(duoId, Instant.now(clock));
    }

    DuoHealth health(long duoId, Instant now) {
        var seen = access.readable(duoId);
        var duo = seen.duo();
        var signals = current(duo, now);
        if (!seen.viewer().coordinator()) {
            return new DuoHealth(duoId, false, signals, List.of());
        }
        var history = followUps.findByDuoIdOrderByRecordedAtDescIdDesc(duoId);
        return new DuoHealth(duoId, true, visible(signals, history.stream().map(FollowUp::mark).toList(),
                LocalDate.ofInstant(now, clock.getZone())),
                history.stream().map(DuoHealth.FollowUpView::from).toList());
    }

    /** A coordinator follows a current signal up: clears its occurrence, or snoozes it until a date. */
    @Transactional
    public void followUp(long duoId, FollowUpEntry entry) {
        followUp(duoId, entry, Instant.now(clock));
    }

    @Transactional
    void followUp(long duoId, FollowUpEntry entry, Instant now) {
        var seen = access.manageable(duoId);
        if (entry.signal() == null) {
            throw new FieldException("signal", "duo.followUp.signal.required");
        }
        var signal = current(seen.duo(), now).stream().filter(s -> s.signal() == entry.signal()).findFirst()
                .orElseThrow(() -> new DomainException("duo.followUp.signal.notActive"));
        followUps.save(FollowUp.on(duoId, signal, entry.kind(), entry.note(), entry.snoozedUntil(),
                LocalDate.ofInstant(now, clock.getZone()), seen.viewer().email(), now));
    }

    /**
     * Mails both members of every duo with a signal they are reminded of (no meeting, agreement unsigned), at most
     * once a week per signal and duo. A signal a coordinator followed up is not reminded of either. Runs without a
     * signed-in user (the daily job).
     */
    @Transactional
    int sendReminders(Instant now) {
        return remind(duos.findByStateIn(REMINDABLE), now);
    }

    private int remind(List<Duo> candidates, Instant now) {
        var thresholds = new HashMap<Long, HealthThresholds>();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        int sent = 0;
        var byCohort = candidates.stream().collect(Collectors.groupingBy(Duo::cohortId, LinkedHashMap::new,
                Collectors.toList()));
        for (var cohort : byCohort.values()) {
            var done = followUpsOf(cohort);
            var byId = cohort.stream().collect(Collectors.toMap(Duo::id, d -> d));
            for (var f : facts.of(cohort)) {
                var duo = byId.get(f.duo().id());
                var t = thresholds.computeIfAbsent(duo.programmeId(), p -> settings.thresholds(p));
                var signals = visible(HealthRules.evaluate(f, t, now, clock.getZone()),
                        done.getOrDefault(duo.id(), List.of()), today);
                for (var signal : signals) {
                    if (signal.signal().reminded() && !reminders.existsByDuoIdAndSignalAndSentAtAfter(duo.id(),
                            signal.signal(), now.minus(REMINDER_INTERVAL))) {
                        notices.reminder(duo, signal.signal().name(), signal.value());
                        reminders.save(new DuoReminder(duo.id(), signal.signal(), now));
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    private List<DuoSignal> current(Duo duo, Instant now) {
        if (!duo.state().isOpen()) {
            return List.of();
        }
        var f = facts.of(List.of(duo)).get(0);
        return HealthRules.evaluate(f, settings.thresholds(duo.programmeId()), now, clock.getZone());
    }

    private Map<Long, List<FollowUpMark>> followUpsOf(Collection<Duo> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return followUps.findByDuoIdIn(list.stream().map(Duo::id).toList()).stream().map(FollowUp::mark)
                .collect(Collectors.groupingBy(FollowUpMark::duoId));
    }

    static List<DuoSignal> visible(List<DuoSignal> signals, List<FollowUpMark> done, LocalDate today) {
        return signals.stream().filter(s -> done.stream().noneMatch(f -> f.hides(s, today))).toList();
    }
}
