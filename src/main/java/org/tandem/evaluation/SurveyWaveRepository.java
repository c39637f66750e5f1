package org.tandem.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyWaveRepository extends JpaRepository<SurveyWave, Long> {

    List<SurveyWave> findByProgrammeIdOrderByCreatedAt(long programmeId);

    List<SurveyWave> findByProgrammeIdOrderByCreatedAtDescIdDesc(long programmeId);

    List<SurveyWave> findByStatus(WaveStatus status);

    /** Fixed windows that have begun while the wave is still planned. */
    @Query("select w from SurveyWave w where w.status = 'PLANNED' and w.anchor is null and w.opensOn <= ?1")
    List<SurveyWave> dueToOpen(LocalDate today);

    boolean existsByQuestionnaireIdIn(Collection<Long> questionnaireIds);
}
