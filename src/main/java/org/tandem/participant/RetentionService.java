package org.tandem.participant;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeRules;
import org.tandem.programme.Retention;
import org.tandem.shared.NotFoundException;

/**
 * Storage limitation (GDPR Art. 5(1)(e)): a programme's record of a person is erased once every enrolment of theirs
 * in it ended and the programme's term passed since the last one ended: the long term when one was completed, the
 * short term when all were rejected or withdrawn. Per programme, because a person record is per programme: somebody
 * still enrolled in another programme keeps that programme's record. The daily run and the admin's preview read the
 * same candidates.
 */
@Service
public class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

    private final EntityManager entities;
    private final ProgrammeCatalogue catalogue;
    private final AccountService accounts;
    private final PersonErasure erasure;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RetentionService(EntityManager entities, ProgrammeCatalogue catalogue, AccountService accounts,
            PersonErasure erasure, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.entities = entities;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.erasure = erasure;
        this.clock = clock;
    }

    /** A person record whose term has passed. */
    public record Candidate(long programmeId, String programme, long personId, long enrolmentId, String name,
            boolean completed, Instant endedAt, LocalDate dueOn) {
    }

    /** A programme's terms and how many of its records the next run erases. */
    public record ProgrammeLine(long programmeId, String programme, int months, int rejectedMonths, long people) {
    }

    public record Preview(Instant asOf, List<ProgrammeLine> programmes, List<Candidate> people) {
    }

    /** What the next run would erase, for admins. */
    @Transactional(readOnly = true)
    public Preview preview() {
        if (!accounts.requireCurrent().managesAllProgrammes()) {
            throw new NotFoundException("retention", 0);
        }
        var now = Instant.now(clock);
        var people = candidates(now);
        var lines = catalogue.retentions().stream()
                .map(r -> new ProgrammeLine(r.programmeId(), programme(r.programmeId()), r.months(),
                        r.rejectedMonths(), people.stream().filter(c -> c.programmeId() == r.programmeId()).count()))
                .sorted(Comparator.comparing(ProgrammeLine::programme)).toList();
        return new Preview(now, lines, people);
    }

    /** Erases every candidate, each in a transaction of its own; answers how many were erased. */
    public int run() {
        int erased = 0;
        int failed = 0;
        for (var candidate : candidatesNow()) {
            try {
                erasure.eraseForRetention(candidate.personId());
                erased++;
            } catch (RuntimeException e) {
                // one record that cannot be erased must not keep the others beyond their term; the next run tries again
                log.warn("retention: person record {} not erased", candidate.personId(), e);
                failed++;
            }
        }
        events.publishEvent(new RetentionRan(erased, failed, Instant.now(clock)));
        return erased;
    }

    @Transactional(readOnly = true)
    List<Candidate> candidatesNow() {
        return candidates(Instant.now(clock));
    }

    private List<Candidate> candidates(Instant now) {
        var result = new ArrayList<Candidate>();
        var zone = clock.getZone();
        for (Retention retention : catalogue.retentions()) {
            var soonest = ZonedDateTime.ofInstant(now, zone).minusMonths(retention.rejectedMonths()).toInstant();
            var longest = ZonedDateTime.ofInstant(now, zone).minusMonths(retention.months()).toInstant();
            var rows = entities.createQuery("select p.id, max(e.id), max(e.statusChangedAt), "
                    + "sum(case when e.status = :completed then 1 else 0 end), p.firstName, p.lastName "
                    + "from Enrolment e join e.person p where p.programmeId = :programme and p.erasedAt is null "
                    + "group by p.id, p.firstName, p.lastName "
                    + "having sum(case when e.status in :final then 0 else 1 end) = 0 "
                    + "and max(e.statusChangedAt) < :soonest order by p.id", Object[].class)
                    .setParameter("completed", EnrolmentStatus.COMPLETED)
                    .setParameter("final", List.of(EnrolmentStatus.COMPLETED, EnrolmentStatus.REJECTED,
                            EnrolmentStatus.WITHDRAWN))
                    .setParameter("programme", retention.programmeId()).setParameter("soonest", soonest)
                    .getResultList();
            String programme = programme(retention.programmeId());
            for (Object[] row : rows) {
                boolean completed = ((Number) row[3]).longValue() > 0;
                var ended = (Instant) row[2];
                if (completed && !ended.isBefore(longest)) {
                    continue;
                }
                var due = ZonedDateTime.ofInstant(ended, zone)
                        .plusMonths(completed ? retention.months() : retention.rejectedMonths()).toLocalDate();
                result.add(new Candidate(retention.programmeId(), programme, (Long) row[0], (Long) row[1],
                        row[4] + " " + row[5], completed, ended, due));
            }
        }
        return result;
    }

    private String programme(long programmeId) {
        return catalogue.rules(programmeId).map(ProgrammeRules::name).orElse("");
    }
}
