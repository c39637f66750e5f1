package org.tandem.activity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingPathRepository extends JpaRepository<TrainingPath, Long> {

    @Query("select p from TrainingPath p join p.modules m where m.id = ?1")
    Optional<TrainingPath> findByModule(long moduleId);
}
