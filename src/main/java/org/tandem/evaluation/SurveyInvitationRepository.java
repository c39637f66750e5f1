package org.tandem.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyInvitationRepository extends JpaRepository<SurveyInvitation, Long> {

    Optional<SurveyInvitation> findByTokenHash(String tokenHash);

    Optional<SurveyInvitation> findByWaveIdAndInvitee(long waveId, String invitee);

    List<SurveyInvitation> findByWaveIdOrderById(long waveId);

    @Query("select i.invitee from SurveyInvitation i where i.waveId = ?1")
    List<String> invitees(long waveId);

    /** Per site: invited, answered. */
    @Query("select i.siteId, count(i), count(i.answeredAt) from SurveyInvitation i where i.waveId = ?1 "
            + "group by i.siteId")
    List<Object[]> countsPerSite(long waveId);

    @Query("select i from SurveyInvitation i where i.waveId = ?1 and i.answeredAt is null and i.sentAt is not null "
            + "and i.reminders < " + SurveyInvitation.MAX_REMINDERS + " order by i.id")
    List<SurveyInvitation> unanswered(long waveId);

    List<SurveyInvitation> findByWaveIdAndAnsweredAtIsNullOrderById(long waveId);

    long countByWaveId(long waveId);
}
