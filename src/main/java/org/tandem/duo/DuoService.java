package org.tandem.duo;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.participant.EnrolmentService;
import org.tandem.participant.MatchCandidate;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.DomainException;
import org.tandem.shared.NotFoundException;

@Service
@Transactional(readOnly = true)
public class DuoService {

    static final Set<DuoState> OPEN = EnumSet.of(DuoState.PROPOSED);

    private final DuoRepository duos;
    private final ParticipantQueries participants;
    private final EnrolmentService enrolments;
    private final ProgrammeCatalogue catalogue;
    private final AccountService accounts;
    private final Clock clock;

    DuoService(DuoRepository duos, ParticipantQueries participants, EnrolmentService enrolments,
            ProgrammeCatalogue catalogue, AccountService accounts, Clock clock) {
        this.duos = duos;
        this.participants = participants;
        this.enrolments = enrolments;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Proposes a duo and moves both enrolments to matched. Proposing the same mentee from the same run again
     * returns the existing duo; a mentee already in an open duo, or a mentor whose places are all taken, is refused.
     */
    @Transactional
    public long propose(DuoProposal proposal) {
        requireManage(proposal.programmeId());
        var existing = duos.findByMenteeEnrolmentIdAndMatchingRunId(proposal.menteeEnrolmentId(),
                proposal.matchingRunId());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        var people = participants.matchCandidates(List.of(proposal.mentorEnrolmentId(), proposal.menteeEnrolmentId()));
        MatchCandidate mentor = find(people, proposal.mentorEnrolmentId(), ParticipantRole.MENTOR, proposal);
        find(people, proposal.menteeEnrolmentId(), ParticipantRole.MENTEE, proposal);
        if (duos.existsByMenteeEnrolmentIdAndStateIn(proposal.menteeEnrolmentId(), OPEN)) {
            throw new DomainException("duo.mentee.taken");
        }
        var taken = new HashSet<Integer>();
        duos.findByMentorEnrolmentIdAndStateIn(proposal.mentorEnrolmentId(), OPEN)
                .forEach(d -> taken.add(d.mentorSlot()));
        int slot = 1;
        while (taken.contains(slot)) {
            slot++;
        }
        var duo = duos.saveAndFlush(Duo.propose(proposal, slot, mentor.capacity(), Instant.now(clock)));
        enrolments.matched(proposal.mentorEnrolmentId());
        enrolments.matched(proposal.menteeEnrolmentId());
        return duo.id();
    }

    private static MatchCandidate find(List<MatchCandidate> people, long id, ParticipantRole role,
            DuoProposal proposal) {
        return people.stream().filter(p -> p.enrolmentId() == id && p.role() == role
                && p.cohortId() == proposal.cohortId()).findFirst()
                .orElseThrow(() -> new DomainException("duo.enrolment.invalid", id));
    }

    /** A cohort's open duos, with names, for the coordinators of its programme. */
    public List<DuoView> open(long cohortId) {
        var cohort = catalogue.cohort(cohortId).orElseThrow(() -> new NotFoundException("cohort", cohortId));
        requireManage(cohort.programmeId());
        var list = duos.findByCohortIdAndStateInOrderById(cohortId, OPEN);
        var names = new HashMap<Long, String>();
        participants.matchCandidates(list.stream().flatMap(d -> Stream.of(d.mentorEnrolmentId(),
                d.menteeEnrolmentId())).distinct().toList()).forEach(c -> names.put(c.enrolmentId(), c.name()));
        return list.stream().map(d -> new DuoView(d.id(), d.mentorEnrolmentId(), names.get(d.mentorEnrolmentId()),
                d.menteeEnrolmentId(), names.get(d.menteeEnrolmentId()), d.cohortId(), d.state(), d.proposedAt(),
                d.matchingRunId())).toList();
    }

    /** How many open duos each of these mentor enrolments has now. */
    public java.util.Map<Long, Integer> openDuoCounts(Collection<Long> mentorEnrolmentIds) {
        var counts = new HashMap<Long, Integer>();
        for (long mentor : mentorEnrolmentIds) {
            counts.put(mentor, duos.findByMentorEnrolmentIdAndStateIn(mentor, OPEN).size());
        }
        return counts;
    }

    public long countProposedBy(long matchingRunId) {
        return duos.countByMatchingRunId(matchingRunId);
    }

    private void requireManage(long programmeId) {
        if (!accounts.requireCurrent().mayManageProgramme(programmeId)) {
            throw new NotFoundException("programme", programmeId);
        }
    }
}
