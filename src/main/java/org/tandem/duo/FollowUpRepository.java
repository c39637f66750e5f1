package org.tandem.duo;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByDuoIdIn(Collection<Long> duoIds);

    List<FollowUp> findByDuoIdOrderByRecordedAtDescIdDesc(long duoId);
}
