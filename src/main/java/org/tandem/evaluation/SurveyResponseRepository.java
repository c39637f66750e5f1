package org.tandem.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {
}
