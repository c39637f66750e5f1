package org.tandem.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyInvitationRepository extends JpaRepository<SurveyInvitation, Long> {
}
