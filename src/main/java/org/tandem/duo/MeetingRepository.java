package org.tandem.duo;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByDuoIdOrderByHeldOnDescIdDesc(long duoId);
}
