package org.tandem.notification.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tandem.notification.OutboxService;

@Controller
@RequestMapping("/outbox")
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
class OutboxController {

    private final OutboxService outbox;

    OutboxController(OutboxService outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String list(Model model) {
        model.addAttribute("messages", outbox.list());
        return "notification/outbox";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("message", outbox.get(id));
        return "notification/message";
    }
}
