package org.tandem.reporting;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MetricMonthRepository extends JpaRepository<MetricMonth, Long> {

    @Query("select m from MetricMonth m where m.programmeId = ?1 order by m.month, m.metric")
    List<MetricMonth> findByProgramme(long programmeId);

    @Query("select m from MetricMonth m where m.programmeId = ?1 and m.month = ?2")
    List<MetricMonth> findMonth(long programmeId, LocalDate month);
}
