package org.tandem.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = org.tandem.account.Role.ADMIN")
    boolean anyAdmin();

    @Query("select u from UserAccount u join u.roles r where r = org.tandem.account.Role.COORDINATOR order by u.displayName")
    List<UserAccount> findCoordinators();

    @Query("select u from UserAccount u join u.programmeIds p join u.roles r where p = ?1 and r = ?2"
            + " order by u.displayName")
    List<UserAccount> findAssignedTo(long programmeId, Role role);

    @Query("select u from UserAccount u join u.roles r where r = org.tandem.account.Role.RESEARCHER order by u.displayName")
    List<UserAccount> findResearchers();

    @Query("select count(u) from UserAccount u join u.roles r where r = org.tandem.account.Role.ADMIN and u.enabled = true")
    long countActiveAdmins();
}
