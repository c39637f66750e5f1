package org.tandem.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    @Query("select m.id from OutboxMessage m where m.status = org.tandem.notification.MailStatus.QUEUED "
            + "order by m.createdAt, m.id")
    List<Long> findQueuedIds(Limit limit);

    List<OutboxMessage> findAllByOrderByCreatedAtDescIdDesc(Limit limit);

    List<OutboxMessage> findByProgrammeIdInOrderByCreatedAtDescIdDesc(Collection<Long> programmeIds, Limit limit);

    long countByStatus(MailStatus status);

    long countByStatusAndProgrammeIdIn(MailStatus status, Collection<Long> programmeIds);
}
