package org.tandem.activity;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingCompletionRepository extends JpaRepository<TrainingCompletion, Long> {

    boolean existsByModuleIdAndEnrolmentId(long moduleId, long enrolmentId);

    long countByModuleIdIn(Collection<Long> moduleIds);

    List<TrainingCompletion> findByModuleIdIn(Collection<Long> moduleIds);

    @Query("select c.moduleId from TrainingCompletion c where c.enrolmentId = ?1")
    List<Long> modulesCompleted(long enrolmentId);
}
