package org.tandem.privacy;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/** The erasure log only grows. */
interface ErasureRecordRepository extends Repository<ErasureRecord, Long> {

    ErasureRecord save(ErasureRecord record);

    List<ErasureRecord> findAllByOrderByErasedAtDescIdDesc(Limit limit);
}
