package org.tandem.duo.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.duo.DuoService;
import org.tandem.duo.DuoView;

@RestController
@RequestMapping("/api/v1/duos")
class DuoApiController {

    private final DuoService duos;

    DuoApiController(DuoService duos) {
        this.duos = duos;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    List<DuoView> open(@RequestParam long cohortId) {
        return duos.open(cohortId);
    }
}
