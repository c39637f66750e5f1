package org.tandem.reporting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.reporting.CoordinatorDayService;

@RestController
@RequestMapping("/api/v1")
class CoordinatorDayApiController {

    private final CoordinatorDayService day;
    private final MessageSource messages;

    CoordinatorDayApiController(CoordinatorDayService day, MessageSource messages) {
        this.day = day;
        this.messages = messages;
    }

    /** The coordinator's day: what needs doing across the programmes the user manages, most urgent first. */
    @GetMapping("/coordinator-day")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    DayResponse coordinatorDay(Locale locale) {
        var today = day.today();
        return new DayResponse(today.today(), today.weekEnds(), today.programmes(),
                today.items().stream().map(i -> DayLine.from(i, messages, locale)).toList());
    }

    record DayResponse(LocalDate today, LocalDate weekEnds, int programmes, List<DayLine> items) {
    }
}
