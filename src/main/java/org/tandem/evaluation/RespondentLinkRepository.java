package org.tandem.evaluation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RespondentLinkRepository extends JpaRepository<RespondentLink, RespondentLink.Ref> {

    @Query("select l from RespondentLink l where l.ref.programmeId = ?1 and l.ref.invitee in ?2")
    List<RespondentLink> findAll(long programmeId, Collection<String> invitees);

    @Query("select l from RespondentLink l where l.ref.programmeId = ?1 and l.respondentKey in ?2")
    List<RespondentLink> findByKeys(long programmeId, Collection<String> respondentKeys);
}
