package org.tandem.reporting.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tandem.employer.MyEmployerService;
import org.tandem.evaluation.AnalysisIndex;
import org.tandem.reporting.CoordinatorDayService;
import org.tandem.reporting.EmployerHomeService;
import org.tandem.reporting.ParticipantHomeService;

/**
 * Everybody's home page: coordinators and admins get their day; mentors and mentees their duos' next steps and next
 * activities; employer contacts where their released employees stand (their employer's page while they speak for
 * none); researchers the programmes assigned to them with the waves they may analyse.
 */
@Controller
class HomePageController {

    private final CoordinatorDayService day;
    private final MessageSource messages;
    private final EmployerHomeService employerHome;
    private final MyEmployerService employers;
    private final ParticipantHomeService participantHome;
    private final AnalysisIndex analyses;

    HomePageController(CoordinatorDayService day, MessageSource messages, EmployerHomeService employerHome,
            MyEmployerService employers, ParticipantHomeService participantHome, AnalysisIndex analyses) {
        this.day = day;
        this.messages = messages;
        this.employerHome = employerHome;
        this.employers = employers;
        this.participantHome = participantHome;
        this.analyses = analyses;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Authentication authentication, Model model, Locale locale) {
        if (has(authentication, "ROLE_ADMIN") || has(authentication, "ROLE_COORDINATOR")) {
            var today = day.today();
            model.addAttribute("day", today);
            model.addAttribute("lines", today.items().stream().map(i -> DayLine.from(i, messages, locale)).toList());
            return "reporting/day";
        }
        if (has(authentication, "ROLE_MENTOR") || has(authentication, "ROLE_MENTEE")) {
            model.addAttribute("home", participantHome.home());
            return "reporting/participant-home";
        }
        if (has(authentication, "ROLE_EMPLOYER_CONTACT")) {
            if (!employers.linked()) {
                return "redirect:/my-employer";
            }
            model.addAttribute("home", employerHome.home());
            return "reporting/employer-home";
        }
        if (has(authentication, "ROLE_RESEARCHER")) {
            model.addAttribute("programmes", analyses.programmes());
            return "reporting/researcher-home";
        }
        return "system/welcome";
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
    }
}
