package org.tandem.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionnaireRepository extends JpaRepository<Questionnaire, Long> {
}
