package org.tandem.duo.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tandem.duo.DuoService;
import org.tandem.programme.ProgrammeCatalogue;

/** A cohort's proposed duos, page. */
@Controller
class DuoController {

    private final DuoService duos;
    private final ProgrammeCatalogue catalogue;

    DuoController(DuoService duos, ProgrammeCatalogue catalogue) {
        this.duos = duos;
        this.catalogue = catalogue;
    }

    @GetMapping("/duos/cohorts/{cohortId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String list(@PathVariable long cohortId, Model model) {
        model.addAttribute("duos", duos.open(cohortId));
        model.addAttribute("cohort", catalogue.cohort(cohortId).orElseThrow());
        return "duo/list";
    }
}
