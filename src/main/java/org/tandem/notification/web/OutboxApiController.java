package org.tandem.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.notification.OutboxEntry;
import org.tandem.notification.OutboxService;

@RestController
@RequestMapping("/api/v1/outbox")
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
@Tag(name = "Outbox", description = "Queued and sent e-mails")
class OutboxApiController {

    private final OutboxService outbox;

    OutboxApiController(OutboxService outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    @Operation(summary = "The latest mails the caller may read (admins: all; coordinators: their programmes')")
    List<OutboxEntry> list() {
        return outbox.list();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    @Operation(summary = "One mail with its body")
    OutboxEntry get(@PathVariable long id) {
        return outbox.get(id);
    }
}
