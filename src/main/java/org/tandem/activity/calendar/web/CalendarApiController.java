package org.tandem.activity.calendar.web;

import org.tandem.activity.calendar.CalendarViews;
import org.tandem.activity.calendar.FeedService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "My activities" for anybody, a programme's month for its coordinators; the feed URL is made on the page only. */
@RestController
@RequestMapping("/api/v1")
class CalendarApiController {

    private final CalendarViews views;

    CalendarApiController(CalendarViews views) {
        this.views = views;
    }

    @GetMapping("/me/activities")
    @PreAuthorize("isAuthenticated()")
    CalendarViews.MyActivities mine() {
        return views.mine();
    }

    /** The month's entries, e.g. {@code ?month=2026-12} (this month without it). */
    @GetMapping("/programmes/{programmeId}/calendar")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    CalendarViews.Month month(@PathVariable long programmeId, @RequestParam(required = false) String month) {
        return views.month(programmeId, views.month(month));
    }
}
