package org.tandem.programme.web;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.tandem.account.AccountService;
import org.tandem.account.Role;
import org.tandem.programme.Comparator;
import org.tandem.programme.Metric;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.Country;

/** Fills the programme page; a form that failed keeps its values and errors, the others start empty. */
@Component
class ProgrammePage {

    private final ProgrammeService programmes;
    private final AccountService accounts;

    ProgrammePage(ProgrammeService programmes, AccountService accounts) {
        this.programmes = programmes;
        this.accounts = accounts;
    }

    /** One read transaction for the page, so that the programme its parts share is read once. */
    @Transactional(readOnly = true)
    String render(long id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("coordinators", programmes.coordinators(id));
        model.addAttribute("researchers", programmes.researchers(id));
        if (accounts.requireCurrent().has(Role.ADMIN)) {
            model.addAttribute("allCoordinators", accounts.coordinators());
            model.addAttribute("allResearchers", accounts.researchers());
        }
        addIfAbsent(model, "stageForm", StageForm.empty());
        addIfAbsent(model, "siteForm", SiteForm.empty());
        addIfAbsent(model, "targetForm", TargetForm.empty());
        model.addAttribute("allMetrics", Metric.values());
        model.addAttribute("allComparators", Comparator.values());
        model.addAttribute("allCountries", Country.values());
        return "programme/detail";
    }

    private static void addIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
