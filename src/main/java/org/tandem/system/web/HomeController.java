package org.tandem.system.web;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; the home page at {@code /} belongs to the reporting module (every role's home). */
@Controller
class HomeController {

    @GetMapping("/login")
    @PermitAll
    String login() {
        return "system/login";
    }
}
