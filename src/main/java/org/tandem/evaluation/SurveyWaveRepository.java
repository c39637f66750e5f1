package org.tandem.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyWaveRepository extends JpaRepository<SurveyWave, Long> {

    List<SurveyWave> findByProgrammeIdOrderByCreatedAt(long programmeId);
}
