package org.tandem.duo.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tandem.duo.DuoDetails;
import org.tandem.duo.FollowUpKind;
import org.tandem.duo.HealthService;

/** Coordinators: the duo's signals and follow-ups. Members: what needs doing (their upcoming reminders). */
@Component
class HealthSection implements DuoSection {

    private final HealthService health;

    HealthSection(HealthService health) {
        this.health = health;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "duo/health";
    }

    @Override
    public void contribute(DuoDetails duo, Model model) {
        model.addAttribute("health", health.health(duo.id()));
        model.addAttribute("followUpKinds", FollowUpKind.values());
    }
}
