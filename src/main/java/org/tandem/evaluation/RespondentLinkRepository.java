package org.tandem.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

interface RespondentLinkRepository extends JpaRepository<RespondentLink, RespondentLink.Ref> {
}
