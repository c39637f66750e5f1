package org.tandem.duo;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StageProgressRepository extends JpaRepository<StageProgress, Long> {

    List<StageProgress> findByDuoId(long duoId);

    boolean existsByDuoIdAndStageId(long duoId, long stageId);

    long countByStageId(long stageId);
}
