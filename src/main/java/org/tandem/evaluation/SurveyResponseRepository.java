package org.tandem.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    List<SurveyResponse> findByWaveIdAndStatus(long waveId, SurveyResponse.Status status);
}
