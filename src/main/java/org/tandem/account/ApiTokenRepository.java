package org.tandem.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByAccountIdOrderByCreatedAtDesc(long accountId);

    /** A bulk update that skips the version: the last-used time is a hint, not something to conflict over. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id")
    int markUsed(@Param("id") long id, @Param("at") Instant at);
}
