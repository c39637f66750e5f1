package org.tandem.duo;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

interface DuoReminderRepository extends JpaRepository<DuoReminder, Long> {

    boolean existsByDuoIdAndSignalAndSentAtAfter(long duoId, HealthSignal signal, Instant after);
}
