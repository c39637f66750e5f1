package org.tandem.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    List<SurveyResponse> findByWaveIdAndStatus(long waveId, SurveyResponse.Status status);

    Optional<SurveyResponse> findByWaveIdAndRespondentKey(long waveId, String respondentKey);

    @Query("select r.respondentKey from SurveyResponse r where r.waveId = ?1 and r.status = 'DRAFT'")
    java.util.Set<String> draftKeys(long waveId);

    @Query("select count(r) from SurveyResponse r where r.waveId = ?1 and r.status = ?2")
    long countByWaveAndStatus(long waveId, SurveyResponse.Status status);
}
