package org.tandem.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuestionnaireRepository extends JpaRepository<Questionnaire, Long> {

    List<Questionnaire> findByProgrammeIdOrderByNameAscNumberDesc(long programmeId);

    @Query("select max(q.number) from Questionnaire q where q.family = ?1")
    Optional<Integer> latestNumber(String family);
}
