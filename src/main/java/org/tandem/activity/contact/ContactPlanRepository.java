package org.tandem.activity.contact;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactPlanRepository extends JpaRepository<ContactPlan, Long> {
}
