package org.tandem.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TotpFactorRepository extends JpaRepository<TotpFactor, Long> {

    Optional<TotpFactor> findByAccountId(long accountId);

    boolean existsByAccountId(long accountId);

    void deleteByAccountId(long accountId);
}
