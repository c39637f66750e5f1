package org.tandem.duo.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tandem.duo.ContractType;
import org.tandem.duo.DuoDetails;
import org.tandem.duo.OutcomeService;
import org.tandem.participant.EducationSector;
import org.tandem.participant.Sector;

/**
 * Closure outcomes on the duo page, for its coordinators only: the mentee's job or training is not something the
 * mentor is told through this page, and members record nothing here.
 */
@Component
class OutcomeSection implements DuoSection {

    private final OutcomeService outcomes;

    OutcomeSection(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String template() {
        return "duo/outcomes";
    }

    @Override
    public void contribute(DuoDetails duo, Model model) {
        if (!duo.viewer().coordinator()) {
            return;
        }
        model.addAttribute("outcomes", outcomes.of(duo.id()));
        model.addAttribute("outcomeSectors", Sector.values());
        model.addAttribute("contractTypes", ContractType.values());
        model.addAttribute("educationSectors", EducationSector.values());
    }
}
