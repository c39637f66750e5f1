package org.tandem.activity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingResultRepository extends JpaRepository<TrainingResult, Long> {

    long countByProgrammeId(long programmeId);

    List<TrainingResult> findByProgrammeId(long programmeId);
}
