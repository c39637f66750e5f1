package org.tandem.activity.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.activity.calendar.CalendarEntry.Participation;
import org.tandem.activity.calendar.InviteChanged.Change;
import org.tandem.notification.CalendarPart;
import org.tandem.notification.OutboxEntry;
import org.tandem.notification.OutboxService;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantQueries;
import org.tandem.programme.ProgrammeKind;

/**
 * The calendar part over a kind of its own (a test source): invite mails with ICS after the change committed, the
 * personal feed's token from issue to revoke, and reminders the day before sent once.
 */
@IntegrationTest
@Import(TestCalendarSource.class)
class CalendarServiceTests {

    @Autowired
    TestCalendarSource source;

    @Autowired
    TestUsers users;

    @Autowired
    AccountService accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    OutboxService outbox;

    @Autowired
    FeedService feeds;

    @Autowired
    CalendarFeedRepository feedRows;

    @Autowired
    Reminders reminders;

    @Autowired
    ParticipantFixture participants;

    @Autowired
    ParticipantQueries queries;

    ParticipantFixture.Setup programme;
    long mentorAccount;

    @BeforeEach
    void world() {
        users.ensure();
        source.clear();
        programme = participants.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        mentorAccount = users.id(TestUsers.MENTOR);
    }

    private void publish(InviteChanged event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private java.util.List<OutboxEntry> mailsTo(String email) {
        return accounts.callAs(TestUsers.ADMIN, () -> outbox.list().stream()
                .filter(m -> m.recipient().equalsIgnoreCase(email))
                .filter(m -> m.programmeId() != null && m.programmeId() == programme.programmeId())
                .map(m -> outbox.get(m.id())).toList());
    }

    private static VEvent event(CalendarPart part) throws Exception {
        var calendar = new CalendarBuilder().build(new StringReader(part.ics()));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo(part.method().name());
        return calendar.<VEvent>getComponents(Component.VEVENT).get(0);
    }

    @Test
    void eachChangeIsMailedAfterCommitWithARequestACancelOrNoInvite() throws Exception {
        var start = LocalDateTime.now().plusDays(10).withHour(19).withMinute(0).withSecond(0).withNano(0);
        var entry = TestCalendarSource.entry(1, programme.programmeId(), "Werken in Nederland", start,
                Participation.REGISTERED);
        publish(new InviteChanged(entry, Invitee.account(mentorAccount), Change.REGISTERED));

        var registered = mailsTo(TestUsers.MENTOR);
        assertThat(registered).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Je bent aangemeld: Werken in Nederland");
            assertThat(mail.kind()).isEqualTo("calendar-registered");
            assertThat(mail.programmeId()).isEqualTo(programme.programmeId());
            assertThat(mail.body()).contains("Zaal 1").contains("/me/activities");
            assertThat(mail.calendar().method()).isEqualTo(CalendarPart.Method.REQUEST);
        });
        var invite = event(registered.get(0).calendar());
        assertThat(invite.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("test-1@tandem");
        assertThat(invite.getProperty(Property.ATTENDEE).orElseThrow().getValue())
                .isEqualTo("mailto:" + TestUsers.MENTOR);

        var moved = new CalendarEntry(entry.uid(), 2, entry.kind(), entry.programmeId(), entry.title(),
                start.plusDays(1), start.plusDays(1).plusHours(2), entry.zone(), entry.location(), null, false,
                entry.path(), Participation.REGISTERED, null);
        publish(new InviteChanged(moved, Invitee.account(mentorAccount), Change.UPDATED));
        var called = new CalendarEntry(entry.uid(), 3, entry.kind(), entry.programmeId(), entry.title(),
                moved.startsAt(), moved.endsAt(), entry.zone(), entry.location(), null, true, entry.path(),
                Participation.CANCELLED, null);
        publish(new InviteChanged(called, Invitee.account(mentorAccount), Change.CANCELLED));

        var all = mailsTo(TestUsers.MENTOR);
        assertThat(all).hasSize(3);
        var update = all.stream().filter(m -> m.kind().equals("calendar-updated")).findFirst().orElseThrow();
        assertThat(event(update.calendar()).getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
        var cancel = all.stream().filter(m -> m.kind().equals("calendar-cancelled")).findFirst().orElseThrow();
        assertThat(cancel.calendar().method()).isEqualTo(CalendarPart.Method.CANCEL);
        var cancelled = event(cancel.calendar());
        assertThat(cancelled.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("test-1@tandem");
        assertThat(cancelled.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("3");
    }

    @Test
    void aParticipantIsWrittenInTheirLanguage_theWaitingListWithoutInvite_aPromotionWithOne() throws Exception {
        long enrolment = participants.eligibleMentor(TestUsers.COORDINATOR, programme.cohortId(), programme.siteId());
        var addressee = queries.addressees(java.util.Set.of(enrolment)).get(enrolment);
        var start = LocalDateTime.now().plusDays(5).withHour(10).withMinute(0).withSecond(0).withNano(0);
        var waiting = TestCalendarSource.entry(2, programme.programmeId(), "Netwerken", start, Participation.WAITING);
        publish(new InviteChanged(waiting, Invitee.participant(enrolment), Change.WAITLISTED));
        publish(new InviteChanged(TestCalendarSource.entry(2, programme.programmeId(), "Netwerken", start,
                Participation.REGISTERED), Invitee.participant(enrolment), Change.PROMOTED));

        var mails = mailsTo(addressee.email());
        assertThat(mails).hasSize(2);
        var onList = mails.stream().filter(m -> m.kind().equals("calendar-waitlisted")).findFirst().orElseThrow();
        assertThat(onList.calendar()).isNull();
        assertThat(onList.language()).isEqualTo(addressee.locale().getLanguage());
        assertThat(onList.body()).contains("2");
        var promoted = mails.stream().filter(m -> m.kind().equals("calendar-promoted")).findFirst().orElseThrow();
        assertThat(promoted.calendar().method()).isEqualTo(CalendarPart.Method.REQUEST);
        assertThat(event(promoted.calendar()).getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo("test-2@tandem");
    }

    @Test
    void aChangeRolledBackMailsNothing() {
        var entry = TestCalendarSource.entry(3, programme.programmeId(), "Nooit", LocalDateTime.now().plusDays(3),
                Participation.REGISTERED);
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new InviteChanged(entry, Invitee.account(mentorAccount), Change.REGISTERED));
            status.setRollbackOnly();
        });
        assertThat(mailsTo(TestUsers.MENTOR)).isEmpty();
    }

    @Test
    void aFeedTokenIsRandomStoredOnlyAsItsHashAndStopsWorkingWhenRevokedOrRenewed() throws Exception {
        source.add(TestCalendarSource.entry(4, programme.programmeId(), "Intervisie", LocalDateTime.now().plusDays(2),
                Participation.MEMBER), mentorAccount);
        String url = accounts.callAs(TestUsers.MENTOR, feeds::issue);
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(java.util.Base64.getUrlDecoder().decode(token)).hasSize(32);
        var row = feedRows.findById(mentorAccount).orElseThrow();
        assertThat(feedRows.findByTokenHash(FeedService.hash(token))).isPresent();
        assertThat(row.toString()).doesNotContain(token);

        var feed = feeds.render(token).orElseThrow();
        var calendar = new CalendarBuilder().build(new StringReader(feed.ics()));
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).extracting(e -> e.getProperty(Property.UID)
                .orElseThrow().getValue()).containsExactly("test-4@tandem");

        String renewed = accounts.callAs(TestUsers.MENTOR, feeds::issue);
        String second = renewed.substring(renewed.lastIndexOf('/') + 1, renewed.length() - 4);
        assertThat(second).isNotEqualTo(token);
        assertThat(feeds.render(token)).isEmpty();
        assertThat(feeds.render(second)).isPresent();

        accounts.callAs(TestUsers.MENTOR, () -> {
            feeds.revoke();
            return null;
        });
        assertThat(feeds.render(second)).isEmpty();
        assertThat(accounts.callAs(TestUsers.MENTOR, feeds::status).active()).isFalse();
        assertThat(feeds.render(token.substring(1) + "A")).isEmpty();
        assertThat(feeds.render("")).isEmpty();
        assertThat(feeds.render(null)).isEmpty();
    }

    @Test
    void remindersGoOutTheDayBeforeOncePerEntryAndAttendee_evenWhenTheJobRunsTwice() {
        long enrolment = participants.eligibleMentor(TestUsers.COORDINATOR, programme.cohortId(), programme.siteId());
        var tomorrow = LocalDate.now(Zones.DEFAULT).plusDays(1).atTime(LocalTime.of(10, 0));
        var entry = TestCalendarSource.entry(5, programme.programmeId(), "Workshop morgen", tomorrow,
                Participation.REGISTERED);
        source.add(entry, null, Invitee.participant(enrolment), Invitee.account(mentorAccount));
        var off = TestCalendarSource.entry(6, programme.programmeId(), "Afgelast morgen", tomorrow, null);
        source.add(new CalendarEntry(off.uid(), 2, off.kind(), off.programmeId(), off.title(), off.startsAt(),
                off.endsAt(), off.zone(), null, null, true, off.path(), null, null), null, Invitee.account(mentorAccount));
        source.add(TestCalendarSource.entry(7, programme.programmeId(), "Overmorgen", tomorrow.plusDays(1), null),
                null, Invitee.account(mentorAccount));

        assertThat(reminders.sendForTomorrow()).isEqualTo(2);
        assertThat(reminders.sendForTomorrow()).isZero();

        var toMentor = mailsTo(TestUsers.MENTOR);
        assertThat(toMentor).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo("calendar-reminder");
            assertThat(m.subject()).isEqualTo("Morgen: Workshop morgen");
        });
        var addressee = queries.addressees(java.util.Set.of(enrolment)).get(enrolment);
        assertThat(mailsTo(addressee.email())).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo("calendar-reminder"));
    }
}
