package org.tandem.activity.workshop;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThemeListRepository extends JpaRepository<ThemeList, Long> {
}
