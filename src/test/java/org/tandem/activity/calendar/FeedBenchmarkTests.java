package org.tandem.activity.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.activity.calendar.CalendarEntry.Participation;
import org.tandem.participant.ParticipantFixture;
import org.tandem.programme.ProgrammeKind;

/**
 * How long the feed takes for a user with 200 events, through the whole request (token look-up, every source, ICS
 * writing with three zones): 20 warm-up requests, then the median of 100. Run it alone with
 * {@code mvn test -Dtest=FeedBenchmarkTests -Dsurefire.failIfNoSpecifiedTests=false}; it prints the figures.
 */
@IntegrationTest
@Import(TestCalendarSource.class)
class FeedBenchmarkTests {

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

    @Test
    void aFeedOf200EventsIsServedInMilliseconds() throws Exception {
        testUsers.ensure();
        source.clear();
        var programme = participants.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long mentor = testUsers.id(TestUsers.MENTOR);
        String[] zones = {"Europe/Amsterdam", "Europe/Brussels", "Europe/Paris"};
        var start = LocalDateTime.now().minusMonths(2).withHour(10).withMinute(0).withSecond(0).withNano(0);
        for (int i = 0; i < 200; i++) {
            var e = TestCalendarSource.entry(1000 + i, programme.programmeId(), "Activiteit " + i,
                    start.plusDays(i * 2L), Participation.REGISTERED);
            source.add(new CalendarEntry(e.uid(), i, e.kind(), e.programmeId(), e.title(), e.startsAt(), e.endsAt(),
                    java.time.ZoneId.of(zones[i % 3]), e.location(), "https://meet.example/" + i, i % 17 == 0,
                    e.path(), e.participation(), null), mentor);
        }
        var made = mvc.perform(post("/me/calendar").with(user(users.loadUserByUsername(TestUsers.MENTOR))).with(csrf()))
                .andReturn();
        String url = (String) made.getFlashMap().get("feedUrl");
        String path = url.substring(url.indexOf("/calendar/"));

        int bytes = 0;
        for (int i = 0; i < 20; i++) {
            bytes = mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray().length;
        }
        var times = new ArrayList<Double>();
        for (int i = 0; i < 100; i++) {
            long t0 = System.nanoTime();
            var response = mvc.perform(get(path)).andReturn().getResponse();
            times.add((System.nanoTime() - t0) / 1e6);
            assertThat(response.getStatus()).isEqualTo(200);
        }
        times.sort(Double::compare);
        long events = source.forOwner(new CalendarOwner(mentor, TestUsers.MENTOR, java.util.Set.of()),
                start.toLocalDate().minusDays(1), start.toLocalDate().plusYears(2)).size();
        System.out.printf("FEED BENCHMARK: %d events, %d bytes, median %.1f ms, p90 %.1f ms, min %.1f ms%n",
                events, bytes, times.get(50), times.get(90), times.get(0));
        assertThat(times.get(50)).as("median feed time in ms").isLessThan(500);
    }
}
