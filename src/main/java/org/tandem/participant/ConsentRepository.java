package org.tandem.participant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentRepository extends JpaRepository<Consent, Long> {

    List<Consent> findByPersonIdAndProgrammeIdOrderByGivenAt(long personId, long programmeId);

    List<Consent> findByPersonIdAndProgrammeIdAndPurposeAndWithdrawnAtIsNull(long personId, long programmeId,
            ConsentPurpose purpose);

    boolean existsByPersonIdAndProgrammeIdAndPurposeAndWithdrawnAtIsNull(long personId, long programmeId,
            ConsentPurpose purpose);

    @org.springframework.data.jpa.repository.Query("select c.personId from Consent c where c.programmeId = ?1 "
            + "and c.purpose = ?2 and c.withdrawnAt is null and c.personId in ?3")
    List<Long> consenting(long programmeId, ConsentPurpose purpose, java.util.Collection<Long> personIds);

    @org.springframework.data.jpa.repository.Query("select e.id from Enrolment e, Consent c where e.id in ?1 "
            + "and c.personId = e.person.id and c.programmeId = e.programmeId and c.purpose = ?2 "
            + "and c.withdrawnAt is null")
    java.util.Set<Long> enrolmentsConsenting(java.util.Collection<Long> enrolmentIds, ConsentPurpose purpose);

    @org.springframework.data.jpa.repository.Query("select e.id from Enrolment e where e.id in ?1 and not exists ("
            + "select c.id from Consent c where c.personId = e.person.id and c.programmeId = e.programmeId "
            + "and c.purpose = ?2 and c.withdrawnAt is null)")
    java.util.Set<Long> enrolmentsNotConsenting(java.util.Collection<Long> enrolmentIds, ConsentPurpose purpose);
}
