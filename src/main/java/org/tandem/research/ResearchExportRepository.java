package org.tandem.research;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResearchExportRepository extends JpaRepository<ResearchExport, Long> {

    List<ResearchExport> findByProjectIdOrderByExportedAtDescIdDesc(long projectId);
}
