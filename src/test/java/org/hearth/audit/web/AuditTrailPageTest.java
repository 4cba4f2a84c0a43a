package org.hearth.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.admin.Forms;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.audit.internal.TestAccess;
import org.hearth.platform.TestSuperuser;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit trail page: searching (itself audited), paging, and checking the chain for tampering. */
@HearthIntegrationTest
class AuditTrailPageTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    TestUser admin;
    WebSession web;

    @BeforeEach
    void signInAsAdministrator() {
        admin = fixtures.enrolledUser(Role.SYSTEM_ADMIN);
        web = new WebSession(port);
        web.signIn(admin);
    }

    @Test
    void searchFiltersByActionAndRecordIdNewestFirst() {
        TestUser someone = fixtures.newUser(Role.ANALYST);
        String id = someone.user().id().toString();
        assertThat(web.open("/admin/users/" + id).status()).isEqualTo(200);

        Page page = web.open("/audit");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select(".govuk-service-navigation__link").eachText()).contains("Audit trail");
        assertThat(page.html().select("form#audit-search").attr("method")).isEqualTo("get");

        Page byId = web.open("/audit?recordId=" + id);
        assertThat(rows(byId)).extracting(r -> cell(r, 2)).containsExactly("Read", "Create");
        Element read = rows(byId).get(0);
        assertThat(cell(read, 0)).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2}");
        assertThat(cell(read, 1)).isEqualTo(admin.username());
        assertThat(cell(read, 3)).isEqualTo("Staff account");
        assertThat(read.select("td").get(4).select("li").eachText())
                .containsExactly(someone.user().displayName() + " (" + someone.username() + ")");
        assertThat(read.select("td").get(4).select("a").attr("href")).as("the id filters the trail by the record")
                .isEqualTo("/audit?recordId=" + id);
        assertThat(cell(read, 6)).isNotBlank();
        assertThat(byId.html().selectFirst("#result-count").text()).isEqualTo("Showing 1 to 2 of 2 entries");

        Page readOnly = web.open("/audit?action=READ&recordId=" + id);
        assertThat(rows(readOnly)).extracting(r -> cell(r, 2)).containsExactly("Read");
        assertThat(readOnly.html().selectFirst("#action option[selected]").attr("value")).isEqualTo("READ");
        assertThat(readOnly.html().selectFirst("#recordId").attr("value")).isEqualTo(id);

        Page byActor = web.open("/audit?actor=" + admin.username() + "&action=READ&recordType=staff-user");
        assertThat(rows(byActor)).isNotEmpty().allSatisfy(r -> {
            assertThat(cell(r, 1)).isEqualTo(admin.username());
            assertThat(cell(r, 2)).isEqualTo("Read");
        });

        Page none = web.open("/audit?action=DELETE&recordId=" + id);
        assertThat(rows(none)).isEmpty();
        assertThat(none.html().selectFirst("#no-results").text()).isEqualTo("No entries match your search.");

        List<String> searches = jdbc.sql("SELECT reason FROM audit_event WHERE action = 'SEARCH' AND record_type = 'audit' "
                + "AND actor_name = ? ORDER BY id").param(admin.username()).query(String.class).list();
        assertThat(searches).hasSize(5).contains("action=READ; recordId=" + id + "; page 1");
        assertThat(searches.get(0)).isEqualTo("all entries; page 1");
    }

    /**
     * Records by words, never by id: a referral by its number; a person by name only to an administrator who may
     * read that person's record (the reading recorded in the trail), to any other "A person record"; an id inside a
     * reason is named the same way.
     */
    @Test
    void recordsAreNamedAndAPersonOnlyToThoseWhoMayReadThem() {
        UUID person = UUID.fromString(fixtures.knownPerson()); // granted to "Test Agency"
        String name = jdbc.sql("SELECT given_name || ' ' || family_name FROM person WHERE id = ?").param(person)
                .query(String.class).single();
        UUID referral = UUID.randomUUID();
        String reference = "R2026-" + (100000 + new java.util.Random().nextInt(899999));
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, victim_id, consent)
                VALUES (?, ?, 'WEB', ?, current_date, ?, 'GIVEN')""")
                .params(referral, reference, fixtures.agency("Test Agency").id().value(), person).update();
        String type = "naming-test-" + UUID.randomUUID().toString().substring(0, 8);
        trail.record(AuditAction.READ, type, List.of(referral.toString(), person.toString()),
                "looked at " + person + " for " + referral);

        // a system administrator at another agency: no ground to read the person
        TestUser stranger = fixtures.enrolledUserAt("Southdale Police", Role.SYSTEM_ADMIN);
        WebSession strangerWeb = new WebSession(port);
        strangerWeb.signIn(stranger);
        Element row = rows(strangerWeb.open("/audit?recordType=" + type)).get(0);
        assertThat(row.select("td").get(4).select("li").eachText()).containsExactly("Referral " + reference,
                "A person record");
        assertThat(cell(row, 5)).isEqualTo("looked at A person record for Referral " + reference);
        assertThat(row.text()).doesNotContain(name).doesNotContain(person.toString()).doesNotContain(referral.toString());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor_name = ? AND record_type = 'person'")
                .param(stranger.username()).query(Integer.class).single()).as("no name shown, no read recorded")
                .isZero();

        // the administrator of the setUp is at "Test Agency", which holds a grant: the name, and the read recorded
        Element named = rows(web.open("/audit?recordType=" + type)).get(0);
        assertThat(named.select("td").get(4).select("li").eachText()).containsExactly("Referral " + reference, name);
        assertThat(cell(named, 5)).isEqualTo("looked at " + name + " for Referral " + reference);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE actor_name = ? AND record_type = 'person' AND action = 'READ'
                  AND ? = ANY(record_ids) AND reason = 'audit trail: names shown'""")
                .params(admin.username(), person.toString()).query(Integer.class).single()).isEqualTo(1);
    }

    /**
     * An entry naming many records (the police import merges a chunk's entries, up to 1,000 records): a row names
     * only its first three, the searched-for one first, with "and N more records" linking to the entry's own page,
     * which names them fifty to a page. Only the names shown are read, and each such read is recorded; a viewer
     * without need-to-know sees no name there either.
     */
    @Test
    void anEntryNamingManyRecordsNamesOnlyThoseShown() {
        List<String> people = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            people.add(fixtures.knownPerson());
        }
        String type = "many-test-" + UUID.randomUUID().toString().substring(0, 8);
        trail.record(AuditAction.READ, type, people, null);
        long entryId = jdbc.sql("SELECT id FROM audit_event WHERE record_type = ?").param(type).query(Long.class)
                .single();

        Element row = rows(web.open("/audit?recordType=" + type)).get(0);
        assertThat(row.attr("data-entry-id")).as("the entry's own id, never its place in the chain (0 until chained)")
                .isEqualTo(String.valueOf(entryId));
        assertThat(row.select("td").get(4).select("li").eachText()).containsExactly(name(people.get(0)),
                name(people.get(1)), name(people.get(2)), "and 57 more records");
        assertThat(row.selectFirst(".hearth-more-records a").attr("href")).isEqualTo("/audit/entries/" + entryId);
        assertThat(namesRead(admin)).as("only the names shown are read, and recorded as read")
                .containsExactlyInAnyOrderElementsOf(people.subList(0, 3));

        Element filtered = rows(web.open("/audit?recordId=" + people.get(40))).get(0);
        assertThat(filtered.select("td").get(4).select("li").eachText()).as("the searched-for record first")
                .containsExactly(name(people.get(40)), name(people.get(0)), name(people.get(1)), "and 57 more records");

        Page first = web.open("/audit/entries/" + entryId);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.html().select("#records li").eachText()).containsExactlyElementsOf(
                people.subList(0, 50).stream().map(this::name).toList());
        assertThat(first.html().selectFirst("#record-count").text()).isEqualTo("Showing 1 to 50 of 60 records");
        Page second = web.open(first.html().selectFirst(".govuk-pagination__next a").attr("href"));
        assertThat(second.html().select("#records li").eachText()).containsExactlyElementsOf(
                people.subList(50, 60).stream().map(this::name).toList());
        assertThat(namesRead(admin)).hasSize(3 + 3 + 60).containsAll(people);
        assertThat(jdbc.sql("""
                SELECT reason FROM audit_event WHERE actor_name = ? AND action = 'READ' AND record_type = 'audit'
                  AND record_ids = ARRAY[?]::text[] ORDER BY id""").params(admin.username(), String.valueOf(entryId))
                .query(String.class).list()).containsExactly("records named, page 1", "records named, page 2");

        TestUser stranger = fixtures.enrolledUserAt("Southdale Police", Role.SYSTEM_ADMIN);
        WebSession strangerWeb = new WebSession(port);
        strangerWeb.signIn(stranger);
        assertThat(strangerWeb.open("/audit/entries/" + entryId).html().select("#records li").eachText())
                .hasSize(50).containsOnly("A person record");
        assertThat(namesRead(stranger)).as("no name shown, no read recorded").isEmpty();
        assertThat(web.open("/audit/entries/" + (entryId + 1_000_000)).status()).isEqualTo(404);
        assertThat(web.open("/audit/entries/not-a-number").status()).isEqualTo(404);
    }

    /**
     * A break-glass reason is free text, typed by whoever broke the glass, and can name the person and where they are:
     * the trail shows it only to an administrator who may read every person the entry names (sec20). To any other it
     * is withheld, on the results and on the entry's own page, like the person's name beside it.
     */
    @Test
    void aBreakGlassReasonShowsOnlyToThoseWhoMayReadThePerson() {
        String person = fixtures.knownPerson(); // granted to "Test Agency"
        String reason = "She rang from 14 Larch Close, NF1 2AB, asking for a refuge, call "
                + (100000 + new java.util.Random().nextInt(899999));
        WebSession glass = new WebSession(port);
        glass.signIn(fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER));
        glass.get("/people/" + person);
        assertThat(glass.post("/people/" + person + "/break-glass", Map.of("reason", reason)).status() / 100)
                .isEqualTo(3);

        TestUser stranger = fixtures.enrolledUserAt("Southdale Police", Role.SYSTEM_ADMIN);
        WebSession strangerWeb = new WebSession(port);
        strangerWeb.signIn(stranger);
        Element row = rows(strangerWeb.open("/audit?action=BREAK_GLASS&recordId=" + person)).get(0);
        assertThat(row.select("td").get(4).select("li").eachText()).containsExactly("A person record");
        assertThat(cell(row, 5)).isEqualTo(AuditRows.WITHHELD_REASON);
        assertThat(row.text()).doesNotContain("Larch").doesNotContain(name(person));
        Page entry = strangerWeb.open("/audit/entries/" + row.attr("data-entry-id"));
        assertThat(entry.status()).isEqualTo(200);
        assertThat(entry.body()).doesNotContain("Larch").contains(AuditRows.WITHHELD_REASON);
        assertThat(namesRead(stranger)).as("no name shown, no read recorded").isEmpty();

        Element shown = rows(web.open("/audit?action=BREAK_GLASS&recordId=" + person)).get(0);
        assertThat(shown.select("td").get(4).select("li").eachText()).containsExactly(name(person));
        assertThat(cell(shown, 5)).isEqualTo(reason);

        // a person Hearth no longer holds (erased): readable by no one, so the reason typed about them is withheld
        String gone = UUID.randomUUID().toString();
        trail.record(AuditAction.BREAK_GLASS, "person", List.of(gone), "About Ann Erased of 3 Fir Lane, NF2 9ZZ");
        Element erased = rows(web.open("/audit?action=BREAK_GLASS&recordId=" + gone)).get(0);
        assertThat(cell(erased, 5)).isEqualTo(AuditRows.WITHHELD_REASON);
    }

    private String name(String person) {
        return jdbc.sql("SELECT given_name || ' ' || family_name FROM person WHERE id = ?")
                .param(UUID.fromString(person)).query(String.class).single();
    }

    /** The people whose names the audit trail's pages showed this user, one a time shown. */
    private List<String> namesRead(TestUser user) {
        return jdbc.sql("""
                SELECT unnest(record_ids) FROM audit_event WHERE actor_name = ? AND action = 'READ'
                  AND record_type = 'person' AND reason = 'audit trail: names shown'""")
                .param(user.username()).query(String.class).list();
    }

    @Test
    void dateFilterUsesUkDays() {
        String type = "date-test-" + UUID.randomUUID();
        trail.record(AuditAction.READ, type, List.of("x"), null);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String base = "/audit?recordType=" + type;

        assertThat(rows(web.open(base + date("from", today) + date("to", today)))).hasSize(1);
        assertThat(rows(web.open(base + date("from", today.plusDays(1))))).isEmpty();
        assertThat(rows(web.open(base + date("to", today.minusDays(1))))).isEmpty();
    }

    @Test
    void invalidCriteriaGiveA400WithErrors() {
        Page page = Forms.browse(web, "/audit?action=NOT_AN_ACTION&from.day=31&from.month=2&from.year=2026");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().title()).startsWith("Error: Audit trail");
        assertThat(page.html().select(".govuk-error-summary a").eachText()).containsExactly(
                "Select an action from the list", "The from date must be a real date, like 27 3 2026");
        assertThat(page.html().select(".govuk-error-summary a").eachAttr("href")).containsExactly("#action", "#from");
        assertThat(page.html().selectFirst("#from\\.day").hasClass("govuk-input--error")).isTrue();
        assertThat(page.html().selectFirst("#from\\.month").attr("value")).isEqualTo("2");
        assertThat(page.html().select("#entries")).isEmpty();

        Page order = Forms.browse(web, "/audit" + date("from", LocalDate.of(2026, 3, 2)).replaceFirst("&", "?")
                + date("to", LocalDate.of(2026, 3, 1)));
        assertThat(order.status()).isEqualTo(400);
        assertThat(order.errorSummary()).contains("The to date must be the same as or after the from date");

        assertThat(Forms.browse(web, "/audit?page=not-a-number").status()).isEqualTo(200);

        Page unknown = Forms.browse(web, "/audit?recordType=no-such-type");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorSummary()).contains("Select a record type from the list");
    }

    /** The record types are a list in words (never a code to type), each the trail holds, the chosen one kept. */
    @Test
    void recordTypesAreChosenFromAListInWords() {
        String type = "list_test-" + UUID.randomUUID().toString().substring(0, 8);
        trail.record(AuditAction.READ, type, List.of("x"), null);
        trail.record(AuditAction.READ, "break-glass", List.of("y"), null);

        Page page = web.open("/audit?recordType=" + type);
        Element select = page.html().selectFirst("select#recordType");
        assertThat(select).isNotNull();
        assertThat(select.select("option").eachText()).contains("Any record type", "Break the glass",
                "List test " + type.substring(10));
        assertThat(select.selectFirst("option[selected]").attr("value")).isEqualTo(type);
        assertThat(rows(page)).hasSize(1);
        assertThat(AuditTrailController.typeOptions(List.of("staff-user", "person", "import-job", "import_job"))
                .stream().map(o -> o.label()).toList()).as("alphabetical; the same words keep their codes")
                .containsExactly("Any record type", "Import job (import-job)", "Import job (import_job)", "Person",
                        "Staff account");
    }

    @Test
    void resultsArePagedFiftyAtATimeKeepingTheSearch() {
        String type = "pager-test-" + UUID.randomUUID();
        for (int i = 1; i <= 53; i++) {
            trail.record(AuditAction.READ, type, List.of("record-" + i), null);
        }
        Page first = web.open("/audit?recordType=" + type);
        assertThat(rows(first)).hasSize(50);
        assertThat(rows(first).get(0).select("li").text()).isEqualTo("record-53");
        assertThat(first.html().selectFirst("#result-count").text()).isEqualTo("Showing 1 to 50 of 53 entries");
        Element next = first.html().selectFirst(".govuk-pagination__next a");
        assertThat(next.attr("href")).contains("recordType=" + type).contains("page=2");

        Page second = web.open(next.attr("href"));
        assertThat(rows(second)).extracting(r -> r.select("li").text()).containsExactly("record-3", "record-2",
                "record-1");
        assertThat(second.html().selectFirst("#result-count").text()).isEqualTo("Showing 51 to 53 of 53 entries");
        assertThat(second.html().selectFirst(".govuk-pagination__item--current").text()).isEqualTo("2");
        assertThat(second.html().select(".govuk-pagination__next")).isEmpty();

        assertThat(rows(web.open("/audit?recordType=" + type + "&page=99"))).as("past the end shows the last page")
                .hasSize(3);
    }

    @Test
    void verificationReportsAnIntactTrail() {
        web.open("/audit");
        Page checked = web.post("/audit/verify", Map.of());
        assertThat(checked.status()).isEqualTo(303);
        Page page = web.open(checked.location());
        assertThat(Forms.successBanner(page)).matches(".*All [\\d,]+ entries are intact.*");
        assertThat(page.html().select("#verify-problem")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'VERIFY' AND actor_name = ? "
                + "AND reason LIKE 'intact: %'").param(admin.username()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void verificationNamesTheFirstTamperedEntry() {
        String id = UUID.randomUUID().toString();
        trail.record(AuditAction.READ, "person", List.of(id), "original reason");
        TestAccess.chainNow(context);
        long seq = jdbc.sql("SELECT c.seq FROM audit_event e JOIN audit_chain c ON c.event_id = e.id "
                + "WHERE ? = ANY(e.record_ids)").param(id).query(Long.class).single();
        String entry = "(SELECT event_id FROM audit_chain WHERE seq = " + seq + ")";
        web.open("/audit");
        try {
            tamper("UPDATE audit_event SET reason = 'nothing to see' WHERE id = " + entry);
            Page checked = web.post("/audit/verify", Map.of());
            Page page = web.open(checked.location());
            assertThat(Forms.successBanner(page)).isNull();
            assertThat(page.html().selectFirst("#verify-problem").text()).contains("not intact")
                    .contains("The first broken entry is number " + seq + ": its contents were changed");
        } finally {
            tamper("UPDATE audit_event SET reason = 'original reason' WHERE id = " + entry);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    private static void tamper(String sql) {
        TestSuperuser.tamper(sql);
    }

    private static String date(String field, LocalDate date) {
        return "&" + field + ".day=" + date.getDayOfMonth() + "&" + field + ".month=" + date.getMonthValue() + "&"
                + field + ".year=" + date.getYear();
    }

    private static List<Element> rows(Page page) {
        assertThat(page.status()).isEqualTo(200);
        return page.html().select("#entries tbody tr");
    }

    private static String cell(Element row, int index) {
        return row.select("td").get(index).text();
    }
}
