package org.tandem.duo;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AgreementRepository extends JpaRepository<Agreement, Long> {

    List<Agreement> findByDuoIdOrderByVersionNoDesc(long duoId);

    Optional<Agreement> findFirstByDuoIdOrderByVersionNoDesc(long duoId);

    /** The number of the version in force, read without loading it (so that a later lock loads it fresh). */
    @Query("select max(a.versionNo) from Agreement a where a.duoId = :duoId")
    Optional<Integer> latestVersion(long duoId);

    /** A version, locked: two members signing at once both see the other's signature afterwards. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Agreement a where a.duoId = :duoId and a.versionNo = :versionNo")
    Optional<Agreement> lockVersion(long duoId, int versionNo);
}
