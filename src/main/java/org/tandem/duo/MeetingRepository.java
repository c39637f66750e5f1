package org.tandem.duo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByDuoIdOrderByHeldOnDescIdDesc(long duoId);

    long countByDuoIdAndHeldOnGreaterThanEqual(long duoId, LocalDate from);

    @Query("select max(m.heldOn) from Meeting m where m.duoId = :duoId")
    LocalDate latestHeldOn(long duoId);
}
