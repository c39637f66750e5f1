package org.tandem.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeKind;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.Language;
import org.tandem.shared.NotFoundException;

@IntegrationTest
class EnrolmentServiceTests {

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    ParticipantQueries queries;

    @Autowired
    ConsentService consents;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    ParticipantFixture fixture;

    @Autowired
    EnrolmentRepository repository;

    @Autowired
    ParticipantAccess access;

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @Autowired
    ParticipantImport importer;

    @Autowired
    PersonErasure erasure;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void users() {
        users.ensure();
    }

    private <T> T as(Supplier<T> work) {
        return accounts.callAs(TestUsers.COORDINATOR, work);
    }

    private void as(Runnable work) {
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            work.run();
            return null;
        });
    }

    private Application application(ParticipantFixture.Setup setup, PersonData person, Set<ConsentPurpose> consents,
            MigrationBackground background) {
        return new Application(setup.programmeId(), setup.cohortId(), ParticipantRole.MENTEE, setup.siteId(), person,
                ParticipantMother.profile(), consents, background == null ? null : "MA", background);
    }

    private static ParticipantFilter byEmail(ParticipantFixture.Setup setup, String email) {
        return new ParticipantFilter(setup.programmeId(), null, null, null, null, null, null, null, email, null, 0,
                25);
    }

    @Test
    void anApplicationArrivesAsAppliedWithItsConsentsAndProfile() {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long id = enrolments.apply(application(setup, ParticipantMother.personData(2001),
                EnumSet.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.RESEARCH), null));
        var view = as(() -> queries.get(id));
        assertThat(view.summary().status()).isEqualTo(EnrolmentStatus.APPLIED);
        assertThat(view.consents()).extracting(EnrolmentView.ConsentView::purpose)
                .containsExactlyInAnyOrder(ConsentPurpose.PARTICIPATION, ConsentPurpose.RESEARCH);
        assertThat(view.consents()).allSatisfy(c -> assertThat(c.textVersion()).isEqualTo(1));
        assertThat(view.profile().languages()).containsEntry(Language.AR, LanguageLevel.NATIVE);
        assertThat(view.profile().availability().slots()).containsExactlyInAnyOrder("MON_MORNING", "TUE_EVENING");
        assertThat(view.sensitive()).isNull();
    }

    @Test
    void theSamePersonCannotApplyTwiceForOneCohortAndRoleAndTheSecondTimeIsNotRefusedAloud() {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        var person = ParticipantMother.personData(2001);
        long first = enrolments.apply(application(setup, person, EnumSet.of(ConsentPurpose.PARTICIPATION), null));
        // a refusal would tell an anonymous sender that the address is known
        long again = enrolments.apply(application(setup, person, EnumSet.of(ConsentPurpose.PARTICIPATION), null));
        assertThat(again).isEqualTo(first);
        assertThat(as(() -> queries.search(byEmail(setup, person.email())).total())).isEqualTo(1);
    }

    @Test
    void aPublicApplicationWithAKnownAddressChangesNothingOfThatPersonAndGivesNoConsentForThem() {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        var person = ParticipantMother.personData(2001);
        long own = enrolments.apply(application(setup, person,
                EnumSet.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.SENSITIVE_DATA),
                MigrationBackground.FIRST_GENERATION));
        var before = as(() -> queries.get(own));

        var forged = new PersonData("Someone", "Else", " " + person.email().toUpperCase() + " ", "+33 1 23 45 67 89",
                1950, Language.FR, "Paris", "75001", org.tandem.shared.Country.FR);
        for (var role : ParticipantRole.values()) {
            enrolments.apply(new Application(setup.programmeId(), setup.cohortId(), role, setup.siteId(), forged,
                    ParticipantMother.profile(), EnumSet.allOf(ConsentPurpose.class), "TR",
                    MigrationBackground.SECOND_GENERATION));
        }

        var after = as(() -> queries.get(own));
        assertThat(after.person()).isEqualTo(before.person());
        assertThat(after.personVersion()).isEqualTo(before.personVersion());
        assertThat(after.consents()).extracting(EnrolmentView.ConsentView::purpose)
                .containsExactlyInAnyOrder(ConsentPurpose.PARTICIPATION, ConsentPurpose.SENSITIVE_DATA);
        assertThat(after.sensitive().countryOfBirth()).isEqualTo("MA");
        assertThat(after.sensitive().migrationBackground()).isEqualTo(MigrationBackground.FIRST_GENERATION);
        // the application in the other role is there for the coordinator to review, without the form's consents
        var all = as(() -> queries.search(byEmail(setup, person.email())).items());
        assertThat(all).extracting(EnrolmentSummary::role)
                .containsExactlyInAnyOrder(ParticipantRole.MENTEE, ParticipantRole.MENTOR);
        assertThat(all).allSatisfy(s -> assertThat(s.status()).isEqualTo(EnrolmentStatus.APPLIED));
    }

    @Test
    void noApplicationWithoutConsentToTakePart() {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        assertThatThrownBy(() -> enrolments.apply(application(setup, ParticipantMother.personData(2001),
                EnumSet.of(ConsentPurpose.RESEARCH), null)))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("consents"));
    }

    @Test
    void sensitiveDataNeedsItsOwnConsentAndAProgrammeThatRecordsIt() {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        assertThatThrownBy(() -> enrolments.apply(application(setup, ParticipantMother.personData(2001),
                EnumSet.of(ConsentPurpose.PARTICIPATION), MigrationBackground.FIRST_GENERATION)))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.code()).isEqualTo("sensitive.consentRequired"));
        long id = enrolments.apply(application(setup, ParticipantMother.personData(2001),
                EnumSet.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.SENSITIVE_DATA),
                MigrationBackground.FIRST_GENERATION));
        var view = as(() -> queries.get(id));
        assertThat(view.sensitive().migrationBackground()).isEqualTo(MigrationBackground.FIRST_GENERATION);
        assertThat(view.sensitive().countryOfBirth()).isEqualTo("MA");

        var careerSwitch = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.CAREER_SWITCH);
        assertThatThrownBy(() -> enrolments.apply(application(careerSwitch, ParticipantMother.personData(1990),
                EnumSet.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.SENSITIVE_DATA),
                MigrationBackground.NONE)))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.code()).isEqualTo("sensitive.notRecorded"));
    }

    @Test
    void withdrawingTheSensitiveDataConsentErasesTheData() {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long id = enrolments.apply(application(setup, ParticipantMother.personData(2001),
                EnumSet.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.SENSITIVE_DATA),
                MigrationBackground.SECOND_GENERATION));
        long consentId = as(() -> queries.get(id)).consents().stream()
                .filter(c -> c.purpose() == ConsentPurpose.SENSITIVE_DATA).findFirst().orElseThrow().id();
        as(() -> consents.withdraw(id, consentId));
        var view = as(() -> queries.get(id));
        assertThat(view.sensitive()).isNull();
        assertThat(view.hasActiveConsent(ConsentPurpose.SENSITIVE_DATA)).isFalse();
        assertThatThrownBy(() -> as(() -> consents.withdraw(id, consentId))).isInstanceOf(DomainException.class);
        as(() -> consents.give(id, ConsentPurpose.SENSITIVE_DATA));
        assertThat(as(() -> queries.get(id)).hasActiveConsent(ConsentPurpose.SENSITIVE_DATA)).isTrue();
    }

    @Test
    void aCoordinatorTakesAMentorFromNominationToReadyToMatch() {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long id = enrolments.nominateMentor(new MentorNomination(42, "Bakkerij Bakker", setup.cohortId(), "Henk",
                "Bakker", "henk." + System.nanoTime() + "@example.org", 1966)).orElseThrow();
        as(() -> {
            assertThat(queries.get(id).summary().status()).isEqualTo(EnrolmentStatus.NOMINATED);
            assertThat(queries.get(id).summary().employerId()).isEqualTo(42L);
            enrolments.planIntake(id, LocalDateTime.of(2026, 12, 1, 10, 0));
            var required = queries.get(id).requiredChecks();
            assertThat(required).contains(IntakeCheck.EMPLOYER_RELEASE_CONFIRMED);
            enrolments.recordIntake(id, "Motivated", required);
            enrolments.declareEligible(id);
            enrolments.markTrained(id);
            assertThatThrownBy(() -> enrolments.markReadyToMatch(id)).hasMessage("enrolment.consentMissing");
            consents.give(id, ConsentPurpose.PARTICIPATION);
            enrolments.markReadyToMatch(id);
        });
        assertThat(as(() -> queries.get(id)).summary().status()).isEqualTo(EnrolmentStatus.READY_TO_MATCH);
        assertThat(queries.mentorsOfEmployer(42)).extracting(EmployeeMentor::enrolmentId).containsExactly(id);
    }

    @Test
    void aMentorTooYoungForTheProgrammeIsNotDeclaredEligible() {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long id = as(() -> enrolments.enrol(new NewEnrolment(setup.cohortId(), ParticipantRole.MENTOR,
                ParticipantMother.personData(1990), ParticipantMother.profile(), null, null, 1)));
        as(() -> {
            enrolments.planIntake(id, LocalDateTime.of(2026, 12, 1, 10, 0));
            enrolments.recordIntake(id, null, queries.get(id).requiredChecks());
            assertThat(queries.get(id).eligibility().passed()).isFalse();
            assertThatThrownBy(() -> enrolments.declareEligible(id)).hasMessage("enrolment.notEligible");
        });
    }

    @Test
    void anotherCoordinatorCannotSeeOrChangeTheEnrolment() {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long id = enrolments.apply(application(setup, ParticipantMother.personData(2001),
                EnumSet.of(ConsentPurpose.PARTICIPATION), null));
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR, () -> queries.get(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR, () -> {
            enrolments.withdraw(id, "no");
            return null;
        })).isInstanceOf(NotFoundException.class);
        var theirs = accounts.callAs(TestUsers.OTHER_COORDINATOR, () -> queries.search(
                new ParticipantFilter(setup.programmeId(), null, null, null, null, null, null, null, null, null, 0, 25)));
        assertThat(theirs.total()).isZero();
    }

    @Test
    void enrolmentsWithTheirPeopleReadAlikeWhateverHowManyAreAskedFor() {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        var ids = new java.util.ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            ids.add(enrolments.apply(application(setup, ParticipantMother.personData(2000),
                    EnumSet.of(ConsentPurpose.PARTICIPATION), null)));
        }
        for (var asked : List.of(List.<Long>of(), List.of(ids.get(1)), List.of(ids.get(2), ids.get(0)),
                List.of(ids.get(0), ids.get(0)), List.of(ids.get(2), -1L), ids)) {
            var read = repository.withPersonByIds(asked);
            assertThat(read).as("%s", asked).extracting(Enrolment::id)
                    .containsExactlyElementsOf(asked.stream().filter(ids::contains).distinct().sorted().toList());
            assertThat(read).as("%s", asked).extracting(e -> e.person().email())
                    .containsExactlyElementsOf(repository.findWithPersonByIds(asked.isEmpty() ? List.of(-1L) : asked)
                            .stream().map(e -> e.person().email()).toList());
        }
    }

    @Test
    void aDuosTwoMembersAreReadWithTheirProfilesInFourStatements() {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long a = enrolments.apply(application(setup, ParticipantMother.personData(2010),
                EnumSet.of(ConsentPurpose.PARTICIPATION), null));
        long b = enrolments.apply(application(setup, ParticipantMother.personData(2011),
                EnumSet.of(ConsentPurpose.PARTICIPATION), null));
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean was = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            var members = new java.util.ArrayList<MatchCandidate>();
            as(() -> {
                statistics.clear();
                members.addAll(queries.duoMembers(List.of(a, b)));
                // the enrolments with their people, then each profile collection for both at once
                assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(4);
            });
            var expected = ParticipantMother.profile();
            assertThat(members).extracting(MatchCandidate::enrolmentId).containsExactlyInAnyOrder(a, b);
            assertThat(members).allSatisfy(m -> {
                assertThat(m.profile().languages()).isEqualTo(expected.languages()).isNotEmpty();
                assertThat(m.profile().sectors()).isEqualTo(expected.sectors()).isNotEmpty();
                assertThat(m.profile().interests()).isEqualTo(expected.interests()).isNotEmpty();
            });
        } finally {
            statistics.setStatisticsEnabled(was);
        }
    }

    @Test
    void theListFiltersSortsAndPages() {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        for (int i = 0; i < 5; i++) {
            var person = ParticipantMother.personData(2000);
            enrolments.apply(application(setup, new PersonData("Zoe" + i, "Alpha" + (5 - i), person.email(), null,
                    2000, Language.NL, "Gent", null, null), EnumSet.of(ConsentPurpose.PARTICIPATION), null));
        }
        long mentor = as(() -> enrolments.enrol(new NewEnrolment(setup.cohortId(), ParticipantRole.MENTOR,
                ParticipantMother.personData(1965), new Profile(java.util.Map.of(Language.FR, LanguageLevel.C1),
                        Set.of(Sector.CONSTRUCTION), null, Availability.NONE, MeetingMode.ONLINE, Set.of(), null, 30,
                        null, null, null, null), null, null, 2)));
        var cohort = new ParticipantFilter(null, setup.cohortId(), null, null, null, null, null, null, null, null, 0, 2);
        var firstPage = as(() -> queries.search(cohort));
        assertThat(firstPage.total()).isEqualTo(6);
        assertThat(firstPage.items()).hasSize(2);
        assertThat(firstPage.pages()).isEqualTo(3);
        assertThat(firstPage.items().get(0).lastName()).isEqualTo("Alpha1");
        var mentees = as(() -> queries.search(new ParticipantFilter(null, setup.cohortId(), ParticipantRole.MENTEE,
                EnrolmentStatus.APPLIED, setup.siteId(), null, Sector.LOGISTICS, Language.AR, "alpha", null, 0, 25)));
        assertThat(mentees.total()).isEqualTo(5);
        var french = as(() -> queries.search(new ParticipantFilter(null, setup.cohortId(), null, null, null, null,
                Sector.CONSTRUCTION, Language.FR, null, null, 0, 25)));
        assertThat(french.items()).extracting(EnrolmentSummary::id).containsExactly(mentor);
        var byName = as(() -> queries.search(new ParticipantFilter(null, setup.cohortId(), null, null, null, null,
                null, null, "zoe3", null, 0, 25)));
        assertThat(byName.items()).extracting(EnrolmentSummary::firstName).containsExactly("Zoe3");
    }

    /**
     * The list sorts the page's ids first and then reads those enrolments, by the names kept on the enrolment, and
     * searches the people by a sub-query: for every sort, filter, search and page it shows what the former one query
     * (Spring Data, whole rows sorted through the person, the search a join with the person) showed, also after names
     * changed (through one of a person's two enrolments), an import with a known person and an erasure; and it takes
     * the same few statements whatever the page size.
     */
    @Test
    void theListEqualsTheFormerQueryAndTakesFewStatementsWhateverThePageSize() {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        String[] names = {"Bos", "Aerts", "Bos", "Claes", "Aerts", "Dekker", "Bos", "de Vries", "bos", "Çelik"};
        var ids = new java.util.ArrayList<Long>();
        var people = new java.util.ArrayList<PersonData>();
        for (int i = 0; i < names.length; i++) {
            var person = ParticipantMother.personData(2000);
            var data = new PersonData(i % 2 == 0 ? "Ann" : "Bob", names[i], person.email(), null, 2000, Language.NL,
                    "Gent", null, null);
            people.add(data);
            ids.add(enrolments.apply(application(setup, data, EnumSet.of(ConsentPurpose.PARTICIPATION), null)));
        }
        // a known address on the public form: a second enrolment of the same person, named as the person is
        var first = people.get(0);
        long secondOfFirst = enrolments.apply(new Application(setup.programmeId(), setup.cohortId(),
                ParticipantRole.MENTOR, setup.siteId(), new PersonData("Other", "Otherwise", first.email(), null,
                        1960, Language.NL, "Gent", null, null), ParticipantMother.profile(),
                EnumSet.of(ConsentPurpose.PARTICIPATION), null, null));
        // renamed through the first enrolment: both sort by the new name
        as(() -> {
            var read = queries.get(ids.get(0));
            var p = read.person();
            enrolments.change(ids.get(0), new ParticipantChange(new PersonData("Ann", "Aaberg", p.email(), p.phone(),
                    p.birthYear(), p.preferredLanguage(), p.city(), p.postcode(), p.country()), read.profile(),
                    read.summary().siteId(), read.summary().employerId(), read.summary().capacity(), read.version(),
                    read.personVersion()));
        });
        var top = as(() -> queries.search(new ParticipantFilter(setup.programmeId(), null, null, null, null, null,
                null, null, null, ParticipantFilter.Sort.NAME, 0, 2)));
        assertThat(top.items()).extracting(EnrolmentSummary::id)
                .containsExactlyInAnyOrder(ids.get(0), secondOfFirst);
        assertThat(top.items()).extracting(EnrolmentSummary::lastName).containsOnly("Aaberg");
        // the import: a new person, and a known one (as a mentor) who keeps the names the programme has
        var known = people.get(2);
        var report = as(() -> importer.importInto(setup.cohortId(), ImportFiles.csv(java.util.List.of(
                java.util.List.of("first_name", "last_name", "email", "role"),
                java.util.List.of("Imported", "Bosman", ParticipantMother.personData(2000).email(), "mentee"),
                java.util.List.of("Typed", "Differently", known.email(), "mentor")))));
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.peopleCreated()).isEqualTo(1);
        // an erasure: the placeholder names, as the person record shows them
        as(() -> erasure.erase(ids.get(3), "Asked at intake"));
        for (int i = 0; i < 3; i++) {
            fixture.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTOR, 1, null,
                    ParticipantMother.profile());
        }
        assertThat(jdbc.queryForObject("select count(*) from enrolment e join person p on p.id = e.person_id "
                + "where e.sort_last_name <> p.last_name or e.sort_first_name <> p.first_name", Integer.class))
                .as("enrolments whose sort names are not their person's").isZero();
        assertThat(jdbc.queryForList("select e.search_text, p.first_name, p.last_name, p.email from enrolment e "
                + "join person p on p.id = e.person_id where e.programme_id = ?", setup.programmeId()))
                .as("search texts: the person's names and address as they are now, lower case").allSatisfy(row ->
                        assertThat(row.get("search_text")).isEqualTo(Enrolment.searchTextOf(
                                (String) row.get("first_name"), (String) row.get("last_name"),
                                (String) row.get("email"))));
        // a first and last name together find the person (not possible while each name was searched alone)
        var fullName = as(() -> queries.search(new ParticipantFilter(setup.programmeId(), null, null, null, null,
                null, null, null, "Ann AABERG", null, 0, 25)));
        assertThat(fullName.items()).extracting(EnrolmentSummary::id)
                .containsExactlyInAnyOrder(ids.get(0), secondOfFirst);
        var erased = as(() -> queries.search(new ParticipantFilter(setup.programmeId(), null, null, null, null,
                null, null, null, "bob claes", null, 0, 25)));
        assertThat(erased.items()).as("the erased person is not found by the former name").isEmpty();

        for (var sort : ParticipantFilter.Sort.values()) {
            for (String q : new String[] {null, "bos", "an", "aaberg", "%_", "@"}) {
                for (int size : new int[] {2, 3, 25}) {
                    for (int page = 0; page < 7; page++) {
                        sameAsFormer(TestUsers.COORDINATOR, new ParticipantFilter(setup.programmeId(), null, null,
                                null, null, null, null, null, q, sort, page, size));
                    }
                }
            }
            for (String q : new String[] {null, "bos", "ann"}) {
                for (int page = 0; page < 5; page++) {
                    // no programme chosen: the coordinator's programmes, or all of them for an admin
                    sameAsFormer(TestUsers.COORDINATOR, new ParticipantFilter(null, setup.cohortId(), null, null,
                            null, null, null, null, q, sort, page, 3));
                    sameAsFormer(TestUsers.ADMIN, new ParticipantFilter(null, setup.cohortId(), null, null, null,
                            null, null, null, q, sort, page, 3));
                    sameAsFormer(TestUsers.OTHER_COORDINATOR, new ParticipantFilter(null, setup.cohortId(), null,
                            null, null, null, null, null, q, sort, page, 3));
                    sameAsFormer(TestUsers.COORDINATOR, new ParticipantFilter(setup.programmeId(), null,
                            ParticipantRole.MENTOR, null, null, null, null, null, q, sort, page, 2));
                    sameAsFormer(TestUsers.COORDINATOR, new ParticipantFilter(setup.programmeId(), null, null,
                            EnrolmentStatus.APPLIED, null, null, null, null, q, sort, page, 2));
                }
            }
        }
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean was = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            for (String q : new String[] {null, "bos"}) {
                long[] statements = new long[2];
                int[] sizes = {2, 200};
                for (int i = 0; i < 2; i++) {
                    var filter = new ParticipantFilter(setup.programmeId(), null, null, null, null, null, null, null,
                            q, null, 0, sizes[i]);
                    int at = i;
                    as(() -> {
                        statistics.clear();
                        queries.search(filter);
                        statements[at] = statistics.getPrepareStatementCount();
                    });
                }
                assertThat(statements[0]).as(q).isLessThanOrEqualTo(4);
                assertThat(statements[1]).as(q).isLessThanOrEqualTo(statements[0]);
            }
        } finally {
            statistics.setStatisticsEnabled(was);
        }
    }

    /** The page as it is now, and as the former query gave it: the same rows in the same order, the same total. */
    private void sameAsFormer(String user, ParticipantFilter filter) {
        accounts.callAs(user, () -> {
            var now = queries.search(filter);
            var former = repository.findAll(formerMatching(filter, access.scope()),
                    PageRequest.of(filter.page(), filter.size(), formerSort(filter.sort())));
            assertThat(now.items()).as("%s %s", user, filter)
                    .isEqualTo(former.getContent().stream().map(EnrolmentSummary::from).toList());
            assertThat(now.total()).as("%s %s", user, filter).isEqualTo(former.getTotalElements());
            return null;
        });
    }

    /** The filters as they were: the search joined every enrolment with its person. */
    private static org.springframework.data.jpa.domain.Specification<Enrolment> formerMatching(
            ParticipantFilter filter, Set<Long> scope) {
        var withoutSearch = new ParticipantFilter(filter.programmeId(), filter.cohortId(), filter.role(),
                filter.status(), filter.siteId(), filter.employerId(), filter.sector(), filter.language(), null,
                filter.sort(), filter.page(), filter.size());
        return EnrolmentSpecifications.matching(withoutSearch, scope).and((root, query, cb) -> {
            if (filter.q() == null) {
                return cb.conjunction();
            }
            var person = root.join("person");
            String like = "%" + filter.q().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "")
                    + "%";
            return cb.or(cb.like(cb.lower(person.get("firstName")), like),
                    cb.like(cb.lower(person.get("lastName")), like), cb.like(person.get("email"), like));
        });
    }

    private static Sort formerSort(ParticipantFilter.Sort sort) {
        return switch (sort) {
            case NAME -> Sort.by("person.lastName", "person.firstName", "id");
            case STATUS -> Sort.by("status", "person.lastName", "id");
            case APPLIED -> Sort.by(Sort.Direction.DESC, "appliedAt", "id");
            case RECENT -> Sort.by(Sort.Direction.DESC, "statusChangedAt", "id");
        };
    }

    @Test
    void enrolledCountsFeedTheProgrammeTargets() {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long first = enrolments.apply(application(setup, ParticipantMother.personData(2001),
                EnumSet.of(ConsentPurpose.PARTICIPATION), null));
        enrolments.apply(application(setup, ParticipantMother.personData(2002), EnumSet.of(ConsentPurpose.PARTICIPATION),
                null));
        as(() -> enrolments.withdraw(first, "moved away"));
        var target = as(() -> programmes.get(setup.programmeId())).targets().get(0);
        assertThat(target.current()).isEqualTo(1.0);
        assertThat(target.met()).isFalse();
    }
}
