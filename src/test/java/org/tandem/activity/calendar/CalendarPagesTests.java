package org.tandem.activity.calendar;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.YearMonth;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.activity.calendar.CalendarEntry.Participation;
import org.tandem.participant.ParticipantFixture;
import org.tandem.programme.ProgrammeKind;

/** The calendar pages and API: my activities, the month for coordinators only, the feed from URL to 404. */
@IntegrationTest
@Import(TestCalendarSource.class)
class CalendarPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestCalendarSource source;

    @Autowired
    ParticipantFixture participants;

    ParticipantFixture.Setup programme;
    LocalDateTime next;

    @BeforeEach
    void world() {
        testUsers.ensure();
        source.clear();
        programme = participants.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long mentor = testUsers.id(TestUsers.MENTOR);
        next = LocalDateTime.now().plusDays(3).withHour(14).withMinute(0).withSecond(0).withNano(0);
        source.add(TestCalendarSource.entry(11, programme.programmeId(), "Werkend leren", next,
                Participation.REGISTERED), mentor);
        source.add(TestCalendarSource.entry(12, programme.programmeId(), "Volle workshop", next.plusDays(1),
                Participation.WAITING), mentor);
        source.add(TestCalendarSource.entry(13, programme.programmeId(), "Vorige keer", next.minusDays(20),
                Participation.ATTENDED), mentor);
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    @Test
    void myActivitiesShowWhatIsComingTheWaitingListAndThePast() throws Exception {
        mvc.perform(get("/me/activities").with(as(TestUsers.MENTOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Werkend leren")))
                .andExpect(content().string(containsString("Wachtlijst, plaats 2")))
                .andExpect(content().string(containsString("Aanwezig")))
                .andExpect(content().string(containsString("href=\"/me/calendar\"")));
        mvc.perform(get("/me/activities").with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Werkend leren"))));
        mvc.perform(get("/api/v1/me/activities").with(httpBasic(TestUsers.MENTOR, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.upcoming[0].title").value("Werkend leren"))
                .andExpect(jsonPath("$.upcoming[0].participation").value("REGISTERED"))
                .andExpect(jsonPath("$.waiting[0].waitingPlace").value(2))
                .andExpect(jsonPath("$.past[0].participation").value("ATTENDED"));
        mvc.perform(get("/me/activities")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me/activities")).andExpect(status().isUnauthorized());
    }

    @Test
    void theMonthIsForTheProgrammesCoordinators() throws Exception {
        String month = YearMonth.from(next).toString();
        mvc.perform(get("/programmes/{id}/calendar", programme.programmeId()).param("month", month)
                        .with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"month-grid\"")))
                .andExpect(content().string(containsString("id=\"month-list\"")))
                .andExpect(content().string(containsString("Werkend leren")));
        mvc.perform(get("/programmes/{id}/calendar", programme.programmeId()).with(as(TestUsers.OTHER_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes/{id}/calendar", programme.programmeId()).with(as(TestUsers.MENTOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programmes/{id}/calendar", programme.programmeId()).param("month", "december")
                        .param("lang", "en").with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give a month as yyyy-mm")));
        mvc.perform(get("/api/v1/programmes/{id}/calendar", programme.programmeId()).param("month", month)
                        .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.month").value(month))
                .andExpect(jsonPath("$.items[?(@.title == 'Werkend leren')].uid").value(org.hamcrest.Matchers.contains("test-11@tandem")))
                .andExpect(jsonPath("$.items[0].participation").value(org.hamcrest.Matchers.nullValue()));
        mvc.perform(get("/api/v1/programmes/{id}/calendar", programme.programmeId()).param("month", "2026-13")
                        .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("month")));
        mvc.perform(get("/api/v1/programmes/{id}/calendar", programme.programmeId())
                        .with(httpBasic(TestUsers.OTHER_COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theFeedUrlIsMadeOnThePageFetchedWithoutASessionAndGoneOnceRevoked() throws Exception {
        mvc.perform(get("/me/calendar").with(as(TestUsers.MENTOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"issue\"")));
        var made = mvc.perform(post("/me/calendar").with(as(TestUsers.MENTOR)).with(csrf()))
                .andExpect(redirectedUrl("/me/calendar"))
                .andReturn();
        String url = (String) made.getFlashMap().get("feedUrl");
        String path = url.substring(url.indexOf("/calendar/"));

        var feed = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andExpect(header().string("Cache-Control", containsString("private")))
                .andExpect(header().exists("ETag"))
                .andReturn();
        var calendar = new CalendarBuilder().build(new StringReader(feed.getResponse().getContentAsString()));
        org.assertj.core.api.Assertions.assertThat(calendar.getComponents(Component.VEVENT)).hasSize(3);
        String etag = feed.getResponse().getHeader("ETag");
        mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());

        mvc.perform(post("/me/calendar/revoke").with(as(TestUsers.MENTOR))).andExpect(status().isForbidden());
        mvc.perform(post("/me/calendar/revoke").with(as(TestUsers.MENTOR)).with(csrf()))
                .andExpect(flash().attribute("notice", "calendar.feed.revoked"));
        mvc.perform(get(path)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("BEGIN:VCALENDAR"))));
        mvc.perform(get("/calendar/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/nonsense.ics")).andExpect(status().isNotFound());
    }
}
