package org.tandem.activity.calendar;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface SentReminderRepository extends JpaRepository<SentReminder, Long> {

    boolean existsByUidAndInviteeAndStartsOn(String uid, String invitee, LocalDate startsOn);

    long countByUid(String uid);
}
