package org.hearth.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.strategy.Bvpi225Assessments;
import org.hearth.strategy.Bvpi225Proposal;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The partnership's groups and meetings end to end: the pages (forms with error summaries, the reporting-lines
 * diagram with its list, a meeting's minutes, attendance by agency with drift flagged), the API with problem details,
 * who may manage, the audit trail, and BVPI 225 item 5 proposed from a forum's meetings (each case in its own year
 * long ago, so other tests' meetings never count).
 */
@HearthIntegrationTest
class StructuresTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Structures structures;
    @Autowired
    Bvpi225Assessments bvpi225;
    @Autowired
    JdbcClient jdbc;

    private PartnershipGroup group(String prefix, GroupKind kind, GroupId parent, Agency... agencies) {
        return structures.create(new GroupDetails(Fixtures.uniqueName(prefix), kind, parent, "Chair",
                TermsOfReference.none(), java.util.Arrays.stream(agencies).map(Agency::id).toList(), true));
    }

    private Meeting meeting(PartnershipGroup g, LocalDate on, Presence... presences) {
        Map<AgencyId, Presence> attendance = new LinkedHashMap<>();
        for (int i = 0; i < presences.length; i++) {
            attendance.put(g.agencies().get(i), presences[i]);
        }
        return structures.recordMeeting(g.id(), new MeetingDetails(on, null, null, attendance, Map.of()));
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void aCoordinatorAddsAGroupThatReportsToAnotherAndSeesTheReportingLines() {
        Agency police = fixtures.agency("Testshire Police");
        Agency idva = fixtures.agency("Testshire IDVA Service");
        PartnershipGroup board = group("Board ", GroupKind.STRATEGIC_BOARD, null, police);
        String name = Fixtures.uniqueName("Forum ");
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        assertThat(web.open("/sections/partnership").html().select("#section-links a").eachText()).contains("Groups");
        web.open("/partnership/groups/new");
        Page saved = web.post("/partnership/groups", form("name", name, "kind", "FORUM", "parent", board.id().toString(),
                "chair", "IDVA manager", "purpose", "Practice.\n\nLobbying.", "frequency", "Quarterly",
                "reviewOn.day", "1", "reviewOn.month", "4", "reviewOn.year", "2027", "agencies", police.id().toString(),
                "active", "true"));
        assertThat(saved.status()).isEqualTo(303);
        Page page = web.open(saved.location());
        assertThat(page.html().select("h1").text()).isEqualTo(name);
        assertThat(page.html().select(".govuk-summary-list").first().text()).contains("Forum", board.name(), "IDVA manager");
        assertThat(page.html().select("#terms").text()).contains("Practice.", "Quarterly", "1 April 2027");
        assertThat(page.html().select("#member-agencies li").eachText()).containsExactly("Testshire Police");
        PartnershipGroup forum = structures.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
        assertThat(forum.parent()).isEqualTo(board.id());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'partnership_group' AND ? = ANY(record_ids)")
                .param(forum.id().toString()).query(Long.class).single()).isEqualTo(1);

        web.open("/partnership/groups/" + forum.id() + "/members/new");
        Page added = web.post("/partnership/groups/" + forum.id() + "/members", form("name", "Pat Example",
                "role", "IDVA", "agency", idva.id().toString()));
        assertThat(added.status()).isEqualTo(303);
        assertThat(structures.group(forum.id()).orElseThrow().agencies()).as("their agency joins")
                .contains(idva.id(), police.id());
        assertThat(web.open(added.location()).html().select("#members").text()).contains("Pat Example", "IDVA");

        Page list = web.open("/partnership/groups");
        Element svg = list.html().getElementById("reporting-lines");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("viewBox")).startsWith("0 0 ");
        assertThat(svg.select("g[data-group-id=" + forum.id() + "] text").text()).contains("Forum");
        assertThat(svg.select("line")).isNotEmpty();
        assertThat(svg.select("[style]")).as("no inline styles under the CSP").isEmpty();
        Element boardItem = list.html().select("#hierarchy li:has(> a[href$=" + board.id() + "])").first();
        assertThat(boardItem).isNotNull();
        assertThat(boardItem.select("> ul > li > a").eachText()).as("the forum nested under the board").contains(name);
    }

    @Test
    void badGroupsGiveAnErrorSummaryInFormOrderAndNothingIsSaved() {
        PartnershipGroup top = group("Top ", GroupKind.STRATEGIC_BOARD, null);
        PartnershipGroup below = group("Below ", GroupKind.SUB_GROUP, top.id());
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.SYSTEM_ADMIN));
        web.open("/partnership/groups/new");
        int before = jdbc.sql("SELECT count(*) FROM partnership_group").query(Integer.class).single();
        Page bad = web.post("/partnership/groups", form("name", " ", "kind", "COMMITTEE", "parent", UUID.randomUUID()
                .toString(), "reviewOn.day", "31", "reviewOn.month", "2", "reviewOn.year", "2027", "agencies", "nope",
                "active", "true"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.html().title()).startsWith("Error: Add a group");
        assertThat(bad.html().select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#name", "#kind", "#parent", "#reviewOn", "#agencies");
        Page duplicate = web.post("/partnership/groups", form("name", top.name().toUpperCase(), "kind", "FORUM",
                "active", "true"));
        assertThat(duplicate.errorSummary()).contains("A group with that name already exists");
        assertThat(jdbc.sql("SELECT count(*) FROM partnership_group").query(Integer.class).single()).isEqualTo(before);

        web.open("/partnership/groups/" + top.id() + "/edit");
        Page loop = web.post("/partnership/groups/" + top.id(), form("name", top.name(), "kind", "STRATEGIC_BOARD",
                "parent", below.id().toString(), "active", "true"));
        assertThat(loop.status()).isEqualTo(400);
        assertThat(loop.errorSummary()).contains("cannot report to itself or to a group that reports to it");
        assertThat(structures.group(top.id()).orElseThrow().parent()).isNull();
        assertThat(web.get("/partnership/groups/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(web.get("/partnership/groups/not-an-id").status()).isLessThan(500).isGreaterThanOrEqualTo(400);
    }

    @Test
    void aMeetingIsRecordedWithAttendanceAndItsMinutesShowAsParagraphs() {
        Agency police = fixtures.agency("Testshire Police");
        Agency housing = fixtures.agency("Testshire Council Housing");
        PartnershipGroup g = group("Operational ", GroupKind.OPERATIONAL_GROUP, null, police, housing);
        Representative rep = structures.addMember(g.id(), "Sam Sample", "Inspector", police.id());
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        String path = "/partnership/groups/" + g.id() + "/meetings";
        web.open(path + "/new");
        Page bad = web.post(path, form("heldOn.day", "1", "heldOn.month", "1", "heldOn.year", "2999",
                "agency[" + police.id() + "]", "ATTENDED", "member[" + rep.id() + "]", "ASLEEP"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.html().select(".govuk-error-summary a").eachAttr("href")).containsExactly("#heldOn",
                "#agency[" + housing.id() + "]", "#member[" + rep.id() + "]");
        assertThat(bad.errorSummary()).contains("record a meeting once held",
                "Select whether Testshire Council Housing attended, sent apologies or was absent");
        assertThat(structures.meetings(g.id())).isEmpty();

        LocalDate on = structures.today().minusDays(3);
        Page saved = web.post(path, form("heldOn.day", "" + on.getDayOfMonth(), "heldOn.month", "" + on.getMonthValue(),
                "heldOn.year", "" + on.getYear(), "minutes", "Welcome.\n\nFigures reviewed.\nAll agreed.",
                "decisions", "Action: circulate figures.", "agency[" + police.id() + "]", "ATTENDED",
                "agency[" + housing.id() + "]", "APOLOGIES", "member[" + rep.id() + "]", "ATTENDED"));
        assertThat(saved.status()).isEqualTo(303);
        Page meeting = web.open(saved.location());
        assertThat(meeting.html().select("#minutes p").eachText()).containsExactly("Welcome.", "Figures reviewed. All agreed.");
        assertThat(meeting.html().select("#decisions p").text()).isEqualTo("Action: circulate figures.");
        assertThat(meeting.html().select("#agency-attendance tr:contains(Testshire Council Housing)").text())
                .contains("Sent apologies");
        assertThat(meeting.html().select("#member-attendance").text()).contains("Sam Sample", "Attended");
        Meeting m = structures.meetings(g.id()).get(0);
        assertThat(m.agencies()).containsEntry(police.id(), Presence.ATTENDED).containsEntry(housing.id(), Presence.APOLOGIES);
        assertThat(m.members()).containsEntry(rep.id(), Presence.ATTENDED);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'group_meeting' AND ? = ANY(record_ids)")
                .param(m.id().toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(web.get("/partnership/groups/" + g.id() + "/meetings/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void attendanceByAgencyFlagsTheAgencyThatDriftedAway() {
        Agency police = fixtures.agency("Testshire Police");
        Agency court = fixtures.agency("Testshire Youth Court");
        PartnershipGroup g = group("Drift ", GroupKind.FORUM, null, police, court);
        LocalDate today = structures.today();
        meeting(g, today.minusMonths(9), Presence.ATTENDED, Presence.ATTENDED);
        meeting(g, today.minusMonths(6), Presence.ATTENDED, Presence.ABSENT);
        meeting(g, today.minusMonths(3), Presence.ATTENDED, Presence.APOLOGIES);
        meeting(g, today.minusDays(1), Presence.ATTENDED, Presence.ABSENT);
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.ANALYST));
        Page page = web.get("/partnership/groups/" + g.id() + "/attendance");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().getElementById("drift-rule").text()).contains("none of its last 3 meetings", "50%");
        assertThat(page.html().getElementById("drift-count").text()).isEqualTo("1 agency has drifted away.");
        List<Element> rows = page.html().select("#attendance tbody tr");
        assertThat(rows.get(0).text()).contains("Testshire Youth Court", "Drifted away",
                "Attended none of its last 3 meetings", "1 of 4 (25%)");
        assertThat(rows.get(1).text()).contains("Testshire Police", "4 of 4 (100%)").doesNotContain("Drifted away");

        Page api = web.get("/api/partnership/groups/" + g.id() + "/attendance?quarters=4");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("\"driftedAway\":true", "\"agency\":\"Testshire Youth Court\"");
        Page badQuarters = web.get("/api/partnership/groups/" + g.id() + "/attendance?quarters=0");
        assertThat(badQuarters.status()).isEqualTo(400);
        assertThat(badQuarters.header("Content-Type")).contains("application/problem+json");
        assertThat(badQuarters.body()).contains("\"field\":\"quarters\"");
        assertThat(web.get("/api/partnership/groups/" + g.id() + "/attendance?quarters=many").body())
                .contains("\"field\":\"quarters\"");
    }

    @Test
    void theApiListsGroupsAndMeetingsAndAnswersUnknownOnesWithProblemDetails() {
        Agency police = fixtures.agency("Testshire Police");
        PartnershipGroup g = group("Api ", GroupKind.MARAC_STEERING_GROUP, null, police);
        Meeting m = meeting(g, LocalDate.of(2001, 5, 5), Presence.ATTENDED);
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PRACTITIONER));
        assertThat(web.get("/api/partnership/groups").body()).contains(g.name(), "MARAC_STEERING_GROUP");
        assertThat(web.get("/api/partnership/groups/" + g.id()).body()).contains("\"name\":\"Testshire Police\"");
        assertThat(web.get("/api/partnership/groups/" + g.id() + "/meetings").body())
                .contains(m.id().toString(), "2001-05-05", "\"" + police.id() + "\":\"ATTENDED\"");
        Page missing = web.get("/api/partnership/groups/" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).contains("application/problem+json");
        Page malformed = web.get("/api/partnership/groups/not-an-id/meetings");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"field\":\"id\"");
    }

    @Test
    void staffOtherThanCoordinatorsAndAdministratorsReadButDoNotManage() {
        Agency police = fixtures.agency("Testshire Police");
        PartnershipGroup g = group("Read only ", GroupKind.OTHER, null, police);
        for (Role role : new Role[] {Role.ANALYST, Role.PRACTITIONER}) {
            WebSession web = new WebSession(port);
            web.signIn(fixtures.enrolledUser(role));
            Page list = web.get("/partnership/groups");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.html().select("a:contains(Add a group)")).isEmpty();
            Page page = web.get("/partnership/groups/" + g.id());
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.html().select("a:contains(Record a meeting)")).isEmpty();
            assertThat(web.get("/partnership/groups/new").status()).as(role.name()).isEqualTo(403);
            assertThat(web.get("/partnership/groups/" + g.id() + "/meetings/new").status()).isEqualTo(403);
            assertThat(web.post("/partnership/groups", form("name", "Sneaky", "kind", "FORUM", "active", "true"))
                    .status()).isEqualTo(403);
        }
        assertThat(structures.groups()).noneMatch(x -> x.name().equals("Sneaky"));
    }

    @Test
    void bvpi225Item5IsProposedFromTheForumsMeetingsInTheAssessmentYear() {
        Agency police = fixtures.agency("Testshire Police");
        Agency idva = fixtures.agency("Testshire IDVA Service");
        PartnershipGroup forum = group("Item 5 forum ", GroupKind.FORUM, null, police, idva);
        meeting(forum, LocalDate.of(1991, 4, 10), Presence.ATTENDED, Presence.ATTENDED);
        meeting(forum, LocalDate.of(1991, 7, 10), Presence.ATTENDED, Presence.ATTENDED);
        meeting(forum, LocalDate.of(1991, 10, 10), Presence.ATTENDED, Presence.ABSENT);
        meeting(forum, LocalDate.of(1992, 1, 10), Presence.ATTENDED, Presence.ATTENDED);
        Bvpi225Proposal three = bvpi225.proposals(LocalDate.of(1992, 3, 31)).get(4);
        assertThat(three.question()).isEqualTo(5);
        assertThat(three.yes()).as("one meeting had a single agency").isFalse();
        assertThat(three.reasoning()).contains("only 3 multi-agency meetings", "by 31 March 1992");

        meeting(forum, LocalDate.of(1992, 3, 20), Presence.ATTENDED, Presence.ATTENDED);
        Bvpi225Proposal four = bvpi225.proposals(LocalDate.of(1992, 3, 31)).get(4);
        assertThat(four.yes()).isTrue();
        assertThat(four.reasoning()).isEqualTo("Yes: " + forum.name() + " has held 4 multi-agency meetings in the "
                + "assessment year so far (4 are needed).");
        assertThat(String.join("\n", four.workings())).contains("10 April 1991: 2 agencies attended",
                "20 March 1992: 2 agencies attended", "10 October 1991: 1 agency attended (not multi-agency)");
        assertThat(bvpi225.proposals(LocalDate.of(1992, 4, 1)).get(4).yes()).as("a new year starts on 1 April").isFalse();
    }
}
