package org.tandem.duo.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tandem.duo.DuoDetails;
import org.tandem.duo.StageProgressService;

/** The duo's way through the stage plan, as a progress line, with a form to record the next stage. */
@Component
class StagesSection implements DuoSection {

    private final StageProgressService stages;

    StagesSection(StageProgressService stages) {
        this.stages = stages;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public String template() {
        return "duo/stages";
    }

    @Override
    public void contribute(DuoDetails duo, Model model) {
        model.addAttribute("stagePlan", stages.plan(duo.id()));
    }
}
