package org.tandem.duo;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DuoOutcomeRepository extends JpaRepository<DuoOutcome, Long> {

    Optional<DuoOutcome> findByDuoIdAndMoment(long duoId, OutcomeMoment moment);

    List<DuoOutcome> findByDuoId(long duoId);

    List<DuoOutcome> findByDuoIdIn(Collection<Long> duoIds);
}
