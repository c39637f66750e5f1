package org.tandem.system.web;

import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Authentication authentication) {
        boolean manages = authentication.getAuthorities().stream().map(a -> a.getAuthority())
                .anyMatch(a -> a.equals("ROLE_ADMIN") || a.equals("ROLE_COORDINATOR"));
        boolean participates = authentication.getAuthorities().stream().map(a -> a.getAuthority())
                .anyMatch(a -> a.equals("ROLE_MENTOR") || a.equals("ROLE_MENTEE"));
        boolean researches = authentication.getAuthorities().stream().map(a -> a.getAuthority())
                .anyMatch(a -> a.equals("ROLE_RESEARCHER"));
        return manages ? "redirect:/programmes" : participates ? "redirect:/me"
                : researches ? "redirect:/evaluation" : "system/welcome";
    }

    @GetMapping("/login")
    @PermitAll
    String login() {
        return "system/login";
    }
}
