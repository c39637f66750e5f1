package org.tandem.privacy;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The download log only grows: it can add and read, never delete; the one change is an erased requester's address,
 * which becomes the erasure's placeholder.
 */
interface DataDownloadRepository extends Repository<DataDownload, Long> {

    DataDownload save(DataDownload download);

    List<DataDownload> findAllByOrderByDownloadedAtDescIdDesc(Limit limit);

    @Query("select d from DataDownload d where d.subjectAccountId = ?1 or d.requestedByAccountId = ?1 "
            + "or d.subjectEnrolmentId in ?2 order by d.downloadedAt, d.id")
    List<DataDownload> about(long accountId, Collection<Long> enrolmentIds);

    @Modifying
    @Query("update DataDownload d set d.requestedBy = ?2 where d.requestedByAccountId = ?1")
    int replaceRequester(long accountId, String placeholder);
}
