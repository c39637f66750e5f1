package org.tandem.employer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EmployerRepository extends JpaRepository<Employer, Long> {

    boolean existsByNaturalKey(String naturalKey);

    boolean existsByNaturalKeyAndIdNot(String naturalKey, long id);

    Optional<Employer> findByNaturalKey(String naturalKey);

    List<Employer> findByNaturalKeyIn(Collection<String> naturalKeys);

    List<Employer> findAllByOrderByName();

    @Query("select distinct e from Employer e join e.recruitments r where r.programmeId in :programmeIds "
            + "order by e.name")
    List<Employer> findInProgrammes(@Param("programmeIds") Collection<Long> programmeIds);

    @Query("select e from Employer e join e.contacts c where c.userId = :userId")
    Optional<Employer> findByContactUser(@Param("userId") long userId);

    @Query("select e.id from Employer e join e.recruitments r where r.programmeId = :programmeId "
            + "and r.stage in :stages")
    List<Long> findIdsAtStages(@Param("programmeId") long programmeId,
            @Param("stages") Collection<PipelineStage> stages);

    @Query("select count(e) from Employer e join e.recruitments r where r.programmeId = :programmeId "
            + "and r.stage in :stages and e.heavyProfession = true")
    long countHeavyAtStages(@Param("programmeId") long programmeId,
            @Param("stages") Collection<PipelineStage> stages);
}
