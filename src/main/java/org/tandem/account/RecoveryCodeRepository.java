package org.tandem.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    Optional<RecoveryCode> findByAccountIdAndCodeHash(long accountId, String codeHash);

    List<RecoveryCode> findByAccountIdOrderById(long accountId);

    @Query("select count(c) from RecoveryCode c where c.accountId = ?1 and c.usedAt is null")
    int countUnused(long accountId);

    @Modifying
    @Query("delete from RecoveryCode c where c.accountId = ?1")
    int deleteByAccount(long accountId);
}
