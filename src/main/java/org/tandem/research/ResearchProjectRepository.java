package org.tandem.research;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResearchProjectRepository extends JpaRepository<ResearchProject, Long> {

    List<ResearchProject> findByProgrammeIdInOrderByProgrammeIdAscNameAsc(Collection<Long> programmeIds);

    List<ResearchProject> findAllByOrderByProgrammeIdAscNameAsc();
}
