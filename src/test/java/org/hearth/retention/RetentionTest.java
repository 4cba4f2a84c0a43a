package org.hearth.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.people.MergeId;
import org.hearth.people.PersonErasure;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMerges;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.WorkItems;
import org.hearth.platform.WorkList;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The retention review: which records are past their date under which rule, the automatic holds, the coordinator's
 * holds, and the guards on erasure (not before the date, never while held, never unconfirmed, coordinators only);
 * the pages and the API show ids, never names.
 */
@HearthIntegrationTest
class RetentionTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Retention retention;
    @Autowired
    PersonMerges merges;
    @Autowired
    PersonErasure erasure;
    @Autowired
    List<WorkItems> workItems;
    @LocalServerPort
    int port;

    Fixtures.TestUser coordinatorUser;
    StaffUser coordinator;
    String family;

    @BeforeEach
    void setUp() {
        coordinatorUser = fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR);
        coordinator = coordinatorUser.user();
        family = Fixtures.uniqueName("Keep");
        PersonErasureGuardTest.actAs(coordinator);
        // the shipped rules (another test, or the input fuzzer, may have changed them)
        retention.updateRule(RecordType.ADULT, 6, null, "Six years.");
        retention.updateRule(RecordType.CHILD, 6, 25, "Until 25.");
        retention.updateRule(RecordType.DEATH_REVIEW, 20, null, "Twenty years.");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A person whose record was made and last changed {@code yearsAgo} years ago. */
    UUID person(String given, LocalDate born, int yearsAgo) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO person (id, given_name, family_name, date_of_birth, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, now() - make_interval(years => ?), now() - make_interval(years => ?))""")
                .params(id, given, family, born, UUID.randomUUID(), yearsAgo, yearsAgo).update();
        return id;
    }

    void openMarac(UUID victim, int yearsAgo) {
        jdbc.sql("""
                INSERT INTO marac_referral (id, reference, victim_id, source, referred_on, referred_by_name,
                    referring_agency_id, criteria, evidence, consent, repeat)
                VALUES (?, ?, ?, 'PERSON_PAGE', current_date - make_interval(years => ?), 'Officer', ?,
                    ARRAY['VISIBLE_HIGH_RISK'], 'Evidence', 'GIVEN', false)""")
                .params(UUID.randomUUID(), Fixtures.uniqueName("MR-"), victim, yearsAgo,
                        coordinator.agency().value()).update();
    }

    /** The person's entry on the (kept) review list, read a page at a time, or null. */
    ReviewEntry entry(UUID id) {
        for (int page = 1, pages = 1; page <= pages; page++) {
            ReviewPage shown = retention.review(page, Retention.MAX_PAGE_SIZE);
            pages = shown.pages();
            for (ReviewEntry e : shown.entries()) {
                if (e.person().value().equals(id)) {
                    return e;
                }
            }
        }
        return null;
    }

    @Test
    void recordsPastTheirDateAreListedUnderTheirRuleAndHeldWhileACaseIsOpen() {
        UUID adult = person("Ada", LocalDate.of(1980, 1, 1), 7);
        UUID recentAdult = person("Bea", LocalDate.of(1980, 1, 1), 5);
        // a child at her last involvement seven years ago: kept until her 25th birthday, years away
        UUID child = person("Cal", LocalDate.now().minusYears(19), 7);
        // a child whose 25th birthday passed, last seen 7 years ago: due
        UUID grownUp = person("Dee", LocalDate.now().minusYears(26), 9);
        UUID marac = person("Eve", LocalDate.of(1985, 1, 1), 8);
        openMarac(marac, 8);

        assertThat(entry(adult)).isNotNull().extracting(ReviewEntry::type).isEqualTo(RecordType.ADULT);
        assertThat(entry(adult).held()).isFalse();
        assertThat(entry(adult).dueOn()).isEqualTo(entry(adult).lastInvolvement().plusYears(6));
        assertThat(entry(recentAdult)).as("5 years after: not yet").isNull();
        assertThat(entry(child)).as("a child is kept until 25").isNull();
        assertThat(entry(grownUp)).isNotNull().extracting(ReviewEntry::type).isEqualTo(RecordType.CHILD);
        assertThat(entry(marac).automaticHolds()).containsExactly("Open MARAC case");
        assertThat(entry(marac).held()).isTrue();

        // the schedule is data: ten years for adults and the adult is no longer due
        retention.updateRule(RecordType.ADULT, 10, null, "Ten years.");
        assertThat(entry(adult)).isNull();
        retention.updateRule(RecordType.ADULT, 6, null, "Six years.");
        assertThat(retention.rule(RecordType.ADULT).updatedAt()).isNotNull();
        assertThatThrownBy(() -> retention.updateRule(RecordType.ADULT, 0, 5, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("years", "untilAge", "reasoning"));
    }

    @Test
    void erasureIsRefusedBeforeTheDateWhileHeldOrUnconfirmedAndDoneOnceApproved() {
        UUID adult = person("Ada", LocalDate.of(1980, 1, 1), 7);
        UUID recent = person("Bea", LocalDate.of(1980, 1, 1), 1);
        UUID marac = person("Eve", LocalDate.of(1985, 1, 1), 8);
        openMarac(marac, 8);

        assertThatThrownBy(() -> retention.erase(new PersonId(recent), true))
                .as("not past its date").isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> retention.erase(new PersonId(marac), true))
                .as("an open MARAC case holds it").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> retention.erase(new PersonId(adult), false))
                .as("not confirmed").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsKey("confirm"));

        Hold hold = retention.hold(new PersonId(adult), HoldKind.LEGAL_HOLD, "A civil claim is expected");
        assertThat(entry(adult).hold()).isNotNull();
        assertThatThrownBy(() -> retention.erase(new PersonId(adult), true))
                .as("a coordinator's hold keeps it").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> retention.hold(new PersonId(adult), null, ""))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("kind", "reason"));
        retention.release(hold.id());
        assertThatThrownBy(() -> retention.erase(new PersonId(adult), true))
                .as("four eyes: the coordinator who lifted the hold does not erase alone")
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get("confirm")).contains("another partnership coordinator"));
        StaffUser second = fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR).user();
        PersonErasureGuardTest.actAs(second);
        long version = insightsVersion();

        Erased erased = retention.erase(new PersonId(adult), true);
        assertThat(erased.rule()).startsWith("Adult: 6 years after the last involvement");
        assertThat(erased.approvedBy()).isEqualTo(second.displayName());
        assertThat(insightsVersion()).as("reports kept by insights are worked out again without her")
                .isGreaterThan(version);
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE id = ?").param(adult).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM retention_hold WHERE person_id = ?").param(adult).query(Long.class)
                .single()).isZero();
        assertThat(retention.erased()).extracting(e -> e.person().value()).contains(adult);
        assertThat(entry(adult)).isNull();
        assertThat(entry(marac)).isNotNull();
    }

    List<String> holds(UUID person) {
        return erasure.retentionFacts(new PersonId(person)).orElseThrow().holds();
    }

    long insightsVersion() {
        return jdbc.sql("SELECT version FROM insights_rollup_state").query(Long.class).single();
    }

    @Test
    void aHoldOnARecordMergedIntoAnotherHoldsTheSurvivorAndAnUnmergePutsItBack() {
        UUID survivor = person("Ada", LocalDate.of(1980, 1, 1), 7);
        UUID merged = person("Ada", LocalDate.of(1980, 1, 1), 7);
        Hold hold = retention.hold(new PersonId(merged), HoldKind.LEGAL_HOLD, "A civil claim is expected");
        PersonErasureGuardTest.actAs(fixtures.enrolledUser(Role.HUB_COORDINATOR).user());
        merges.propose(new PersonId(survivor), new PersonId(merged), 0.9, List.of());
        MergeId merge = merges.merge(new PersonId(survivor), new PersonId(merged), "Recorded twice", false, null);
        PersonErasureGuardTest.actAs(coordinator);

        assertThat(jdbc.sql("SELECT person_id FROM retention_hold WHERE id = ?").param(hold.id()).query(UUID.class)
                .single()).as("the hold moves with the record").isEqualTo(survivor);
        // both records' dates as before the merge, so the survivor is due
        jdbc.sql("UPDATE person SET created_at = now() - interval '7 years', updated_at = now() - interval '7 years'"
                + " WHERE id IN (?, ?)").params(survivor, merged).update();
        assertThat(retention.entry(new PersonId(survivor))).as("due").isPresent()
                .get().extracting(ReviewEntry::held).as("held: erasing it would erase the held record").isEqualTo(true);
        assertThatThrownBy(() -> retention.erase(new PersonId(survivor), true)).isInstanceOf(InvalidInputException.class);

        // a fact about the merged-away record (a module that did not move its rows) counts for the survivor
        openMarac(merged, 8);
        assertThat(holds(survivor)).contains("Open MARAC case");

        PersonErasureGuardTest.actAs(fixtures.enrolledUser(Role.HUB_COORDINATOR).user());
        merges.unmerge(merge, "Two different women");
        assertThat(jdbc.sql("SELECT person_id FROM retention_hold WHERE id = ?").param(hold.id()).query(UUID.class)
                .single()).as("an unmerge puts it back").isEqualTo(merged);
    }

    @Test
    void theListAndMyWorkCountAreKeptAndADecisionPutsItsRecordInThem() {
        UUID adult = person("Ada", LocalDate.of(1980, 1, 1), 7);
        int before = retention.awaitingDecision();
        Hold hold = retention.hold(new PersonId(adult), HoldKind.LEGAL_HOLD, "A civil claim is expected");
        assertThat(retention.awaitingDecision()).as("a hold takes its record out of the kept count").isEqualTo(before - 1);
        assertThat(entry(adult).held()).as("and holds it in the kept list").isTrue();
        UUID abe = person("Abe", LocalDate.of(1980, 1, 1), 7);
        assertThat(retention.awaitingDecision()).as("kept: not worked out again on every home page")
                .isEqualTo(before - 1);
        assertThat(entry(abe)).as("the list is kept too").isNull();
        assertThat(retention.entry(new PersonId(abe))).as("a record's own page works it out afresh").isPresent();
        retention.release(hold.id());
        assertThat(retention.awaitingDecision()).as("a release puts its record back; a record due since waits for the "
                + "list to be worked out again").isEqualTo(before);
        retention.updateRule(RecordType.ADULT, 6, null, "Six years.");
        assertThat(retention.awaitingDecision()).as("a rule change forgets the list").isEqualTo(before + 1);
    }

    /**
     * My work's count is the list's records that no hold keeps, whatever keeps or clears them: due adults and
     * children, records not yet due, held automatically (an open MARAC case) and by a coordinator, and after a hold
     * and an erasure.
     */
    @Test
    void myWorksCountIsTheListsRecordsNoHoldKeeps() {
        UUID adult = person("Ada", LocalDate.of(1980, 1, 1), 7);
        UUID older = person("Dot", LocalDate.of(1950, 1, 1), 9);
        UUID youngChild = person("Cal", LocalDate.now().minusYears(19), 7);
        UUID grownChild = person("Cy", LocalDate.now().minusYears(26), 8);
        UUID recent = person("Gus", LocalDate.of(1980, 1, 1), 5);
        UUID maracHeld = person("Eve", LocalDate.of(1980, 1, 1), 8);
        openMarac(maracHeld, 8);
        UUID legal = person("Fay", LocalDate.of(1980, 1, 1), 7);
        retention.hold(new PersonId(legal), HoldKind.LEGAL_HOLD, "A civil claim is expected");
        retention.updateRule(RecordType.ADULT, 6, null, "Six years.");

        assertCountIsTheLists();
        assertThat(waitingOnTheList()).contains(adult, older, grownChild).doesNotContain(youngChild, recent,
                maracHeld, legal);
        retention.hold(new PersonId(adult), HoldKind.OTHER, "Asked to keep it");
        assertCountIsTheLists();
        assertThat(waitingOnTheList()).doesNotContain(adult);
        retention.erase(new PersonId(older), true);
        assertCountIsTheLists();
        assertThat(waitingOnTheList()).doesNotContain(older);
    }

    /** The records on the whole review list (every page) that no hold keeps. */
    List<UUID> waitingOnTheList() {
        List<UUID> waiting = new java.util.ArrayList<>();
        for (int page = 1, pages = 1; page <= pages; page++) {
            ReviewPage shown = retention.review(page, Retention.MAX_PAGE_SIZE);
            pages = shown.pages();
            shown.entries().stream().filter(e -> !e.held()).forEach(e -> waiting.add(e.person().value()));
        }
        return waiting;
    }

    void assertCountIsTheLists() {
        int count = retention.awaitingDecision();
        assertThat(count).as("My work's count is the list's").isEqualTo(waitingOnTheList().size())
                .isEqualTo(retention.review(1, 50).awaitingDecision()).isPositive();
        WorkList item = workItems.stream().flatMap(w -> w.forCurrentUser().stream())
                .filter(w -> "/retention".equals(w.href())).findFirst().orElseThrow();
        assertThat(item.summary()).startsWith(count + " records are past the retention date");
    }

    @Test
    void onlyPartnershipCoordinatorsReviewHoldOrErase() {
        UUID adult = person("Ada", LocalDate.of(1980, 1, 1), 7);
        PersonErasureGuardTest.actAs(fixtures.enrolledUser(Role.HUB_COORDINATOR, Role.SYSTEM_ADMIN).user());
        assertThatThrownBy(() -> retention.erase(new PersonId(adult), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.hold(new PersonId(adult), HoldKind.OTHER, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.review(1, 50)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE id = ?").param(adult).query(Long.class).single())
                .isOne();
    }

    /** The ids named by the user's latest read of the review list. */
    List<String> lastListAudited(StaffUser user) {
        return jdbc.sql("""
                SELECT array_to_string(record_ids, ',') FROM audit_event WHERE actor_id = ? AND action = 'SEARCH'
                    AND record_type = 'person' AND reason LIKE 'retention review%' ORDER BY id DESC LIMIT 1""")
                .param(user.id().value()).query(String.class).optional()
                .map(ids -> ids.isEmpty() ? List.<String>of() : List.of(ids.split(","))).orElse(List.of());
    }

    /**
     * A list of thousands is shown 50 to a page, and each page's audit entry names only the ids it shows (one entry
     * naming every id on the list was wrong-sized); the API pages too; a record on a later page is still decided.
     */
    @Test
    void theListIsPagedAndEachPageAuditsOnlyTheIdsItShows() {
        List<UUID> ours = jdbc.sql("""
                INSERT INTO person (id, given_name, family_name, date_of_birth, created_by, created_at, updated_at)
                SELECT gen_random_uuid(), 'Ada', ?, DATE '1980-01-01', ?, now() - interval '7 years' - n * interval '1 day',
                    now() - interval '7 years' - n * interval '1 day'
                FROM generate_series(1, 60) AS n RETURNING id""").params(family, UUID.randomUUID())
                .query(UUID.class).list();
        SecurityContextHolder.clearContext();
        WebSession web = new WebSession(port);
        web.signIn(coordinatorUser);

        Page first = web.get("/retention");
        assertThat(first.status()).isEqualTo(200);
        List<String> shown = first.html().select("#due code").eachText();
        assertThat(shown).hasSize(50);
        assertThat(lastListAudited(coordinator)).as("the audit names the ids shown, no more")
                .containsExactlyElementsOf(shown);
        assertThat(first.html().select(".govuk-pagination").text()).contains("Next");
        assertThat(first.html().getElementById("showing").text()).startsWith("Showing 1 to 50 of ");

        Page second = web.get("/retention?page=2");
        List<String> shownSecond = second.html().select("#due code").eachText();
        assertThat(shownSecond).isNotEmpty().doesNotContainAnyElementsOf(shown);
        assertThat(lastListAudited(coordinator)).containsExactlyElementsOf(shownSecond);
        assertThat(web.get("/retention?page=x").html().select("#due code").eachText()).as("an unreadable page: the first")
                .isEqualTo(shown);

        // the API: a page at a time too, with the whole list's counts; every record of ours is on some page
        List<String> listed = listedByApi(web, 40);
        assertThat(listed).containsAll(ours.stream().map(UUID::toString).toList());

        // the record of ours furthest down the list is held as any other
        UUID last = UUID.fromString(listed.stream().filter(id -> ours.contains(UUID.fromString(id)))
                .reduce((a, b) -> b).orElseThrow());
        web.get("/retention/" + last);
        assertThat(web.post("/retention/" + last + "/hold", Map.of("kind", "OTHER", "reason", "Checking"))
                .status()).isEqualTo(303);
        assertThat(web.get("/retention/" + last).body()).contains("Other: Checking");
    }

    /** Every id on the review list, read through the API {@code size} at a time, each page's audit checked. */
    List<String> listedByApi(WebSession web, int size) {
        List<String> listed = new java.util.ArrayList<>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            Page api = web.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/retention/review?size=" + size + "&page=" + page)).header("Accept", "application/json").GET());
            assertThat(api.status()).isEqualTo(200);
            JsonNode json = new JsonMapper().readTree(api.body());
            pages = json.get("pages").asInt();
            assertThat(json.get("page").asInt()).isEqualTo(page);
            assertThat(json.get("size").asInt()).isEqualTo(size);
            List<String> items = new java.util.ArrayList<>();
            json.get("items").forEach(i -> items.add(i.get("person").asString()));
            assertThat(items).hasSizeLessThanOrEqualTo(size);
            assertThat(lastListAudited(coordinator)).as("the page's ids, no more").containsExactlyElementsOf(items);
            listed.addAll(items);
        }
        return listed;
    }

    @Test
    void thePagesAndTheApiShowIdsNeverNamesAndMyWorkCountsWhatAwaitsADecision() {
        UUID adult = person("Ada", LocalDate.of(1980, 1, 1), 7);
        assertThat(workItems.stream().flatMap(w -> w.forCurrentUser().stream()).map(WorkList::title))
                .contains("Records past their retention date");
        SecurityContextHolder.clearContext();

        WebSession web = new WebSession(port);
        web.signIn(coordinatorUser);
        Page list = web.get("/retention");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(family).doesNotContain("1 January 1980");
        Page one = web.open("/retention/" + adult);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).doesNotContain(family).contains("Adult");

        Page unconfirmed = web.post("/retention/" + adult + "/erase", Map.of());
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.errorSummary()).contains("Confirm that this record is to be erased");
        Page badHold = web.post("/retention/" + adult + "/hold", Map.of("kind", "NOPE", "reason", ""));
        assertThat(badHold.status()).isEqualTo(400);
        assertThat(web.post("/retention/" + adult + "/hold", Map.of("kind", "SAFEGUARDING", "reason",
                "A new referral is expected")).status()).isEqualTo(303);
        assertThat(web.get("/retention/" + adult).body()).contains("Safeguarding concern");
        assertThat(web.post("/retention/" + adult + "/release", Map.of()).status()).isEqualTo(303);

        Page api = web.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/retention/review"))
                .header("Accept", "application/json").GET());
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).doesNotContain(family);
        assertThat(listedByApi(web, Retention.MAX_PAGE_SIZE)).contains(adult.toString());

        web.get("/retention/" + adult);
        Page alone = web.post("/retention/" + adult + "/erase", Map.of("confirm", "true"));
        assertThat(alone.status()).as("four eyes after a release").isEqualTo(400);
        assertThat(alone.errorSummary()).contains("another partnership coordinator");
        web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        web.get("/retention/" + adult);
        Page erased = web.post("/retention/" + adult + "/erase", Map.of("confirm", "true"));
        assertThat(erased.status()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE id = ?").param(adult).query(Long.class).single()).isZero();
        assertThat(web.get("/retention/erased").html().select("#erased code").eachText()).contains(adult.toString());
        assertThat(web.get("/retention/schedule").body()).contains("until the 25th birthday");

        WebSession practitioner = new WebSession(port);
        practitioner.signIn(fixtures.enrolledUser(Role.PRACTITIONER));
        assertThat(practitioner.get("/retention").status()).isEqualTo(403);
    }
}
