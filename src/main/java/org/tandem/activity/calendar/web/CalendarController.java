package org.tandem.activity.calendar.web;

import org.tandem.activity.calendar.CalendarViews;
import org.tandem.activity.calendar.FeedService;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.shared.FieldException;

/**
 * The calendar pages: "my activities" and the personal feed for anybody signed in, a programme's month for its
 * coordinators, and the feed itself, which calendar apps fetch without a session (the secret URL is the key).
 */
@Controller
class CalendarController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarViews views;
    private final FeedService feeds;

    CalendarController(CalendarViews views, FeedService feeds) {
        this.views = views;
        this.feeds = feeds;
    }

    @GetMapping("/me/activities")
    @PreAuthorize("isAuthenticated()")
    String mine(Model model) {
        model.addAttribute("activities", views.mine());
        return "activity/calendar/mine";
    }

    @GetMapping("/me/calendar")
    @PreAuthorize("isAuthenticated()")
    String feed(Model model) {
        model.addAttribute("feed", feeds.status());
        return "activity/calendar/feed";
    }

    /** Makes the feed URL, or a new one in place of the old (which stops working); shown once. */
    @PostMapping("/me/calendar")
    @PreAuthorize("isAuthenticated()")
    String issue(RedirectAttributes redirect) {
        redirect.addFlashAttribute("feedUrl", feeds.issue());
        redirect.addFlashAttribute("notice", "calendar.feed.issued");
        return "redirect:/me/calendar";
    }

    @PostMapping("/me/calendar/revoke")
    @PreAuthorize("isAuthenticated()")
    String revoke(RedirectAttributes redirect) {
        feeds.revoke();
        redirect.addFlashAttribute("notice", "calendar.feed.revoked");
        return "redirect:/me/calendar";
    }

    @GetMapping("/programmes/{programmeId}/calendar")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String month(@PathVariable long programmeId, @RequestParam(required = false) String month, Model model) {
        java.time.YearMonth shown;
        try {
            shown = views.month(month);
        } catch (FieldException e) {
            model.addAttribute("monthError", e.code());
            shown = views.month((String) null);
        }
        model.addAttribute("calendar", views.month(programmeId, shown));
        return "activity/calendar/month";
    }

    /** The personal feed: 404 for an unknown or revoked token, whatever it looks like. */
    @GetMapping("/calendar/{token}.ics")
    @jakarta.annotation.security.PermitAll
    ResponseEntity<String> ics(@PathVariable String token,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        var feed = feeds.render(token);
        if (feed.isEmpty()) {
            return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
        }
        String etag = "\"" + feed.get().etag() + "\"";
        var cache = CacheControl.maxAge(java.time.Duration.ofMinutes(15)).cachePrivate().mustRevalidate();
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(cache)
                .eTag(etag)
                .lastModified(feed.get().generatedAt())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"tandem.ics\"")
                .header("X-Robots-Tag", "noindex")
                .header("Referrer-Policy", "no-referrer")
                .body(feed.get().ics());
    }
}
