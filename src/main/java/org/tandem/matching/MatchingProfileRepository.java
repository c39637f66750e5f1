package org.tandem.matching;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatchingProfileRepository extends JpaRepository<MatchingProfile, Long> {

    Optional<MatchingProfile> findByProgrammeId(long programmeId);
}
