package org.tandem.duo;

import org.springframework.data.jpa.repository.JpaRepository;

interface DuoSettingsRepository extends JpaRepository<DuoSettings, Long> {
}
