package org.tandem.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyWaveRepository extends JpaRepository<SurveyWave, Long> {
}
