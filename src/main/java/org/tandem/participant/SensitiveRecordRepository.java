package org.tandem.participant;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SensitiveRecordRepository extends JpaRepository<SensitiveRecord, Long> {

    Optional<SensitiveRecord> findByPersonIdAndProgrammeId(long personId, long programmeId);

    void deleteByPersonIdAndProgrammeId(long personId, long programmeId);
}
