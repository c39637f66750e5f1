package org.tandem.participant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentTextRepository extends JpaRepository<ConsentText, Long> {

    List<ConsentText> findByProgrammeIdOrderByPurposeAscNumberAsc(long programmeId);

    List<ConsentText> findByProgrammeIdAndPurposeOrderByNumber(long programmeId, ConsentPurpose purpose);
}
