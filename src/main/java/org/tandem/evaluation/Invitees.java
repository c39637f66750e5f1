package org.tandem.evaluation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.tandem.duo.DuoMoments;
import org.tandem.duo.DuoService;
import org.tandem.employer.EmployerService;
import org.tandem.participant.CohortMember;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;

/**
 * Who a wave asks: the cohort's people in the wave's role (for a research wave only those with the research
 * consent), or the employer contacts (with an account) of the employers whose employees mentor in the cohort; each
 * with the moment their relative window counts from (null: not reached yet, e.g. no duo yet).
 */
@Component
class Invitees {

    /** A person to ask: by invitee id ({@code enrolment:<id>} or {@code account:<id>}). */
    record Target(String invitee, String name, String email, Locale locale, Long siteId, Long employerId,
            LocalDate moment) {
    }

    private final ParticipantQueries participants;
    private final DuoService duos;
    private final EmployerService employers;

    Invitees(ParticipantQueries participants, DuoService duos, EmployerService employers) {
        this.participants = participants;
        this.duos = duos;
        this.employers = employers;
    }

    Map<String, Target> of(SurveyWave wave, ZoneId zone) {
        var targets = new LinkedHashMap<String, Target>();
        var mentors = participants.cohortMembers(wave.cohortId(), ParticipantRole.MENTOR);
        if (wave.role() == WaveRole.EMPLOYER_CONTACT) {
            var employerIds = mentors.stream().map(CohortMember::employerId).filter(Objects::nonNull)
                    .collect(java.util.stream.Collectors.toSet());
            for (var contact : employers.contactAccounts(employerIds)) {
                String invitee = RespondentLink.account(contact.userId());
                targets.putIfAbsent(invitee, new Target(invitee, contact.name(), contact.email(),
                        Locale.forLanguageTag("nl"), null, contact.employerId(), null));
            }
            return targets;
        }
        var members = wave.role() == WaveRole.MENTOR ? mentors
                : participants.cohortMembers(wave.cohortId(), ParticipantRole.MENTEE);
        Map<Long, DuoMoments> moments = wave.window().anchor() == WaveAnchor.DUO_START
                || wave.window().anchor() == WaveAnchor.DUO_END ? duos.momentsInCohort(wave.cohortId()) : Map.of();
        for (var member : members) {
            if (wave.purpose() == WavePurpose.RESEARCH && !member.researchConsent()) {
                continue;
            }
            String invitee = RespondentLink.enrolment(member.enrolmentId());
            targets.put(invitee, new Target(invitee, member.fullName(), member.email(), member.locale(),
                    member.siteId(), member.employerId(), moment(wave, member, moments, zone)));
        }
        return targets;
    }

    private static LocalDate moment(SurveyWave wave, CohortMember member, Map<Long, DuoMoments> moments,
            ZoneId zone) {
        var anchor = wave.window().anchor();
        if (anchor == null) {
            return null;
        }
        return switch (anchor) {
            case ENROLMENT -> member.enrolledAt() == null ? null : member.enrolledAt().atZone(zone).toLocalDate();
            case DUO_START -> moments.containsKey(member.enrolmentId())
                    ? moments.get(member.enrolmentId()).started() : null;
            case DUO_END -> moments.containsKey(member.enrolmentId())
                    ? moments.get(member.enrolmentId()).ended() : null;
        };
    }
}
