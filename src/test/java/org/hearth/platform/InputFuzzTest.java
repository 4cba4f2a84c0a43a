package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hearth.access.Role;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.GroupDetails;
import org.hearth.partnership.GroupKind;
import org.hearth.partnership.Partnership;
import org.hearth.partnership.Structures;
import org.hearth.partnership.TermsOfReference;
import org.hearth.services.HowToGetHelp;
import org.hearth.services.Need;
import org.hearth.services.ServiceDetails;
import org.hearth.services.ServiceDirectory;
import org.hearth.services.ServiceKind;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.input.TextRules;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.Tables;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The standing input fuzz test (issue 10): every route that changes something (POST, PUT, PATCH, DELETE), read
 * from Spring's {@link RequestMappingHandlerMapping}, is sent random and hostile input as a signed-in user holding
 * every role it needs: NUL and other control characters, bidirectional overrides, lone surrogates, very long
 * text, SQL, HTML and template metacharacters, formula prefixes, wrong JSON types, missing, extra and badly
 * indexed fields. It asserts that nothing answers 5xx, that a refused request (4xx) writes no row to any
 * application table, and that text breaking {@link TextRules} in a field of the form is refused.
 * <p>
 * Forms are found by crawling the pages (so their real fields, choices and record ids are used); JSON bodies are
 * generated from the handler's {@code @RequestBody} type. The test makes the records it needs and the crawl leaves
 * alone every record that was there before it began, so which routes it reaches, and how, does not depend on which
 * test classes ran before it in the JVM ({@code target/input-fuzz.txt} lists how each route was reached). A new route that the crawl cannot reach fails the test
 * until it is reachable or listed in {@link #UNREACHED} with a reason. Seed and tries per route:
 * {@code -Dhearth.fuzz.seed=...}, {@code -Dhearth.fuzz.tries=...}.
 */
@HearthIntegrationTest
class InputFuzzTest {

    static final long SEED = Long.getLong("hearth.fuzz.seed", 20261204L);
    static final int TRIES = Integer.getInteger("hearth.fuzz.tries", 8);

    /** Routes the fuzzer does not send to, with the reason. */
    static final Map<String, String> UNREACHED = Map.of(
            "POST /admin/bank-holidays/{day}/remove", "takes no input but the day, and would remove the shared "
                    + "calendar's holidays that every clock test counts (CalendarTest removes one of its own)",
            "POST /login/code", "sign-in's second step: needs a half-signed-in session (SignInTest fuzzes its codes)",
            "POST /login/enrol", "enrolment of a second factor: needs a half-signed-in session (SignInTest)",
            "POST /admin/outbox/{id}/resend", "needs a dead-lettered message; takes no input but the id (OutboxTest)",
            "POST /encompass/schools/{id}/contacts", "needs a school in the register (EncompassTest); its only input "
                    + "is an account chosen from a list",
            "POST /encompass/attention/{id}", "needs a child on the hub's attention list (EncompassTest); its only "
                    + "input is a school chosen from a list",
            "DELETE /api/encompass/schools/{id}/contacts/{userId}", "takes no input but the ids; needs a school with a "
                    + "key adult (SchoolRegisterTest)",
            "POST /establishment/notifications/{id}/acknowledge", "needs a key adult's session and a notification "
                    + "of their school; takes no input but the id (EncompassTest)",
            "POST /marac/referrals/{id}/meeting", "needs a MARAC referral waiting while a meeting of its MARAC has room "
                    + "(MaracWaitingTest refuses a full, held, published or other MARAC's meeting and one already "
                    + "listed); its only input is a meeting chosen from a list");

    /** Watched only to tell which requests published events, whose listeners are then waited for. */
    static final String EVENTS = "event_publication";

    /** Tables whose rows are not the application's records (written by every request, or in the background). */
    static final Set<String> NOT_RECORDS = Set.of("audit_event", "audit_chain", "audit_pending", "spring_session",
            "spring_session_attributes", "event_publication", "login_throttle", "sign_in_throttle",
            // (not flyway_schema_history: the application's role has no privilege on it, so the tables watched,
            // read from information_schema, never include it)
            // written by the duplicate run in the background, after the request that started it
            "person_duplicate", "person_duplicate_run");

    /**
     * Routes whose form a page shows only in a state the fuzzer does not set up: sent to the path with the seed's
     * ids (or a random id) and the fields the handler binds, read from its parameters.
     */
    static final Map<String, String> NO_FORM = Map.ofEntries(
            Map.entry("POST /admin/users/{id}/unlock", "the form shows only for a locked account"),
            Map.entry("POST /housing/sanctuary/{id}/survey", "shows on a sanctuary referral to its coordinator; the seed has none"),
            Map.entry("POST /housing/sanctuary/{id}/consent", "shows on a tenant's sanctuary referral without consent; the seed has none"),
            Map.entry("POST /housing/sanctuary/{id}/marker", "shows on a sanctuary referral with a marker asked for; the seed has none"),
            Map.entry("POST /housing/sanctuary/{id}/jobs", "shows on a sanctuary referral to its coordinator; the seed has none"),
            Map.entry("POST /housing/sanctuary/{id}/jobs/{jobId}", "shows on an open job of a sanctuary referral; the seed has none"),
            Map.entry("POST /housing/sanctuary/{id}/close", "shows on a sanctuary referral to its coordinator; the seed has none"),
            Map.entry("POST /housing/refuges/{id}/vacancies", "shows for a refuge provider; the seed has none"),
            Map.entry("POST /housing/refuge/{id}/outcome", "shows on a refuge referral to its referrer; the seed has none"),
            Map.entry("POST /housing/refuge/{id}/move", "shows on an accepted refuge referral; the seed has none"),
            Map.entry("POST /marac/{id}", "an existing MARAC's edit form; the seed makes no MARAC"),
            Map.entry("POST /marac/{id}/meetings", "shows on an existing MARAC's page; the seed makes no MARAC"),
            Map.entry("POST /casework/cases/{id}/allocate", "shows on a service's queue; the seed has no casework case"),
            Map.entry("POST /casework/cases/{id}/contacts", "shows on a casework case; the seed has none"),
            Map.entry("POST /casework/cases/{id}/contacts/{contactId}/acknowledge", "shows on a flagged contact of a case; the seed has none"),
            Map.entry("POST /casework/cases/{id}/engagement", "shows on a casework case; the seed has none"),
            Map.entry("POST /casework/cases/{id}/handover", "shows on a casework case; the seed has none"),
            Map.entry("POST /casework/cases/{id}/notes", "shows on a casework case; the seed has none"),
            Map.entry("POST /casework/cases/{id}/risk-reviews", "shows on a casework case; the seed has none"),
            Map.entry("POST /casework/cases/{id}/safety-plan", "shows on a case's safety plan; the seed has no case"),
            Map.entry("POST /casework/cases/{id}/support", "shows on a casework case; the seed has none"),
            Map.entry("POST /casework/cases/{id}/support/{itemId}", "shows on a support plan item; the seed has none"),
            Map.entry("POST /casework/handovers/{id}/accept", "shows on a handover waiting; the seed has none"),
            Map.entry("POST /casework/programme-referrals/{id}/assessment", "shows on a programme referral; the seed has none"),
            Map.entry("POST /casework/programme-referrals/{id}/start", "shows on a programme referral; the seed has none"),
            Map.entry("POST /casework/programme-referrals/{id}/sessions", "shows on a programme referral; the seed has none"),
            Map.entry("POST /casework/programme-referrals/{id}/end", "shows on a programme referral; the seed has none"),
            Map.entry("POST /casework/programme-referrals/{id}/risk", "shows on a programme referral; the seed has none"),
            Map.entry("POST /people/{personId}/programme-referral", "shows on a person's page to a casework role; the seed has none"),
            Map.entry("POST /casework/services/{id}/workers", "shows on a case-holding service's page; the seed has no service"),
            Map.entry("POST /people/{personId}/casework-referral", "shows only where a case-holding service exists; the seed has none"),
            Map.entry("POST /people/{personId}/orders/{orderId}/breaches", "shows on an order's page; the seed has no order"),
            Map.entry("POST /marac/referrals/{id}/marac", "shows only for a referral to MARAC that has no MARAC"),
            Map.entry("POST /marac/research/{id}", "shows on a research task of a published agenda; the seed has none"),
            Map.entry("POST /marac/meetings/{meetingId}/chase", "shows on a published agenda; the seed has no meeting"),
            Map.entry("POST /marac/meetings/{meetingId}/move", "shows on a MARAC meeting's agenda; the seed has no meeting"),
            Map.entry("POST /marac/meetings/{meetingId}/publish", "shows on a MARAC meeting's agenda; the seed has no meeting"),
            Map.entry("POST /break-glass/{id}/reviewed", "needs a break-glass opening by another user"),
            Map.entry("POST /insights/reports/{id}", "needs a saved board report"),
            Map.entry("POST /commissioning/years/{year}/contributions", "shows once the year has a budget"),
            Map.entry("POST /commissioning/years/{year}/spend", "shows once the year has a budget"),
            Map.entry("POST /commissioning/contracts/{id}/kpis", "shows on a contract's page; the seed has no contract"),
            Map.entry("POST /commissioning/contracts/{id}/returns", "shows for a KPI the provider enters; the seed has no contract"),
            Map.entry("POST /people/merges/{id}/unmerge", "needs a merge"),
            Map.entry("POST /people/{id}/break-glass", "the form shows only to a user whose agency is not involved"),
            Map.entry("POST /people/{personId}/risk/answers", "a step of the risk assessment reached by posting the first"),
            Map.entry("POST /referrals/submit", "the last step of a referral, after a valid draft"),
            Map.entry("POST /strategy/bvpi225/{period}/correct", "needs a reported BVPI 225 period"),
            Map.entry("POST /strategy/bvpi225/{period}/answers", "needs a period open for answers (the suite's other periods may " + "be reported, or come first in the crawl)"),
            Map.entry("POST /role-grants/{id}/approve", "needs a role change waiting for another approver"),
            Map.entry("POST /role-grants/{id}/refuse", "needs a role change waiting for another approver"),
            Map.entry("POST /break-glass/allocations/{id}/approve", "needs another user's allocation request"),
            Map.entry("POST /break-glass/allocations/{id}/refuse", "needs another user's allocation request"),
            Map.entry("POST /referrals/{id}/links/{personId}/confirm", "needs a referral linked by an exact match at "
                    + "the API or import door"),
            Map.entry("POST /hub/meetings", "the form shows on a working day only, for an area whose meeting is not open"),
            Map.entry("POST /hub/meetings/{meetingId}/attendance", "shows on a hub meeting's agenda; the seed has no meeting"),
            Map.entry("POST /hub/meetings/{meetingId}/start", "shows on a hub meeting's agenda; the seed has no meeting"),
            Map.entry("POST /hub/meetings/{meetingId}/end", "shows on a hub meeting's agenda; the seed has no meeting"),
            Map.entry("POST /hub/meetings/{meetingId}/refresh", "shows on a hub meeting's agenda; the seed has no meeting"),
            Map.entry("POST /hub/meetings/{meetingId}/cases/{caseId}/information", "shows on a hub case; the seed has no meeting"),
            Map.entry("POST /hub/meetings/{meetingId}/cases/{caseId}/decisions", "shows on a hub case; the seed has no meeting"),
            Map.entry("POST /hub/meetings/{meetingId}/cases/{caseId}/actions", "shows on a hub case; the seed has no meeting"),
            Map.entry("POST /hub/actions/{actionId}/done", "needs an open hub action owned by the user's agency"),
            Map.entry("POST /hub/unplaced/{referralId}", "shows on the list of cases with no area; the seed may have none"),
            Map.entry("POST /encompass/schools/{id}", "a school's edit form; the seed has no school"),
            Map.entry("POST /encompass/schools/{id}/contacts/{userId}/remove", "shows on a school's key adult; the seed has no school"),
            Map.entry("POST /encompass/gp/{id}", "a practice's page; the seed has no practice"),
            Map.entry("POST /encompass/gp/{id}/routine-enquiry", "a practice's page; the seed has no practice"),
            Map.entry("POST /encompass/gp/{id}/contacts", "a practice's page; the seed has no practice"),
            Map.entry("POST /encompass/gp/{id}/contacts/{userId}/remove", "shows on a practice's key adult; the seed has none"),
            Map.entry("POST /encompass/gp/attention/{attentionId}", "shows on the GP attention list; the seed has none"),
            Map.entry("POST /people/{personId}/school", "linked from the page of a child Operation Encompass knows; "
                    + "the seed's person may not be one"),
            Map.entry("POST /api/marac/meetings/{meetingId}/cases/{referralId}/adjourn", "takes no body; needs a held agenda's case"),
            Map.entry("POST /api/marac/meetings/{meetingId}/held", "takes no body; needs a published meeting"),
            Map.entry("POST /api/marac/meetings/{meetingId}/minutes", "takes no body; needs a held meeting"),
            Map.entry("POST /api/marac/partners/{id}/revoke", "takes no body; needs an imported partner key"),
            Map.entry("POST /casework/cases/{id}/close", "shows on a casework case; the seed has none"),
            Map.entry("POST /casework/cases/{id}/court", "shows on a case's court page; the seed has no case"),
            Map.entry("POST /casework/cases/{id}/court/{eventId}/attendance", "shows on a court date that has come; the seed has none"),
            Map.entry("POST /casework/cases/{id}/outcomes", "shows on a casework case; the seed has none"),
            Map.entry("POST /casework/cases/{id}/reopen", "shows on a closed case; the seed has none"),
            Map.entry("POST /casework/cases/{id}/special-measures", "shows on a case's court page; the seed has no case"),
            Map.entry("POST /disclosure", "the form of /disclosure/new; the crawl may meet it only after other forms"),
            Map.entry("POST /disclosure-checks/{id}", "shows on a check asked of the user's agency; the seed has none"),
            Map.entry("POST /disclosure/{id}/checks", "shows on an application; the seed has none"),
            Map.entry("POST /disclosure/{id}/decision", "shows on an application; the seed has none"),
            Map.entry("POST /disclosure/{id}/outcome", "shows on an application with a decision; the seed has none"),
            Map.entry("POST /disclosure/{id}/stages", "shows on an application; the seed has none"),
            Map.entry("POST /subject-access", "the form of /subject-access/new; the crawl may meet it only after other forms"),
            Map.entry("POST /subject-access/{id}/identity", "shows on a subject access request; the seed has none"),
            Map.entry("POST /subject-access/{id}/extension", "shows on a subject access request; the seed has none"),
            Map.entry("POST /subject-access/{id}/reviews", "shows on a flagged item of a request; the seed has none"),
            Map.entry("POST /subject-access/{id}/release", "shows on a subject access request; the seed has none"),
            Map.entry("POST /subject-access/{id}/corrections", "shows on a subject access request; the seed has none"),
            Map.entry("POST /api/subject-access/requests/{id}/reviews", "needs a subject access request; the seed has none"),
            Map.entry("POST /api/subject-access/requests/{id}/release", "takes no body; needs a subject access request"),
            Map.entry("POST /subject-access/{id}/representative", "shows on a subject access request by a representative; the seed has none"),
            Map.entry("POST /subject-access/corrections/{cid}/approve", "takes no body; needs a proposed correction, the seed has none"),
            Map.entry("POST /subject-access/corrections/{cid}/reject", "shows on a proposed correction; the seed has none"),
            Map.entry("POST /api/subject-access/requests/{id}/corrections", "needs a subject access request; the seed has none"),
            Map.entry("POST /api/subject-access/corrections/{cid}/approve", "takes no body; needs a proposed correction"),
            Map.entry("POST /api/subject-access/corrections/{cid}/reject", "needs a proposed correction; the seed has none"),
            Map.entry("POST /reviews", "the form of /reviews/new; the crawl may meet it only after other forms"),
            Map.entry("POST /reviews/{id}/decision", "shows on a review awaiting its decision; the seed has none"),
            Map.entry("POST /reviews/{id}/chair", "shows on a review being held; the seed has none"),
            Map.entry("POST /reviews/{id}/panel", "shows on a review being held; the seed has none"),
            Map.entry("POST /reviews/{id}/requests", "shows on a review being held; the seed has none"),
            Map.entry("POST /reviews/{id}/returns", "shows on a review with a request waiting; the seed has none"),
            Map.entry("POST /reviews/{id}/stages", "shows on a review being held; the seed has none"),
            Map.entry("POST /reviews/{id}/recommendations", "shows on a review being held; the seed has none"),
            Map.entry("POST /reviews/{id}/progress", "shows on a review with a recommendation; the seed has none"),
            Map.entry("POST /retention/{id}/erase", "shows on a record past its retention date; the seed has none"),
            Map.entry("POST /retention/{id}/hold", "shows on a record past its retention date; the seed has none"),
            Map.entry("POST /retention/{id}/release", "shows on a held record past its date; the seed has none"),
            Map.entry("POST /api/retention/review/{person}/release", "takes no body; needs a held record past its date"),
            Map.entry("POST /marac/meetings/{meetingId}/attendance", "shows on a MARAC meeting run by its chair; the seed has none"),
            Map.entry("POST /marac/meetings/{meetingId}/cases/{referralId}/actions", "shows on a case of a meeting being run; the seed has none"),
            Map.entry("POST /marac/meetings/{meetingId}/cases/{referralId}/adjourn", "shows on a case of a meeting being run; the seed has none"),
            Map.entry("POST /marac/meetings/{meetingId}/cases/{referralId}/minutes", "shows on a case of a meeting being run; the seed has none"),
            Map.entry("POST /marac/meetings/{meetingId}/held", "shows on a meeting being run; the seed has none"),
            Map.entry("POST /marac/meetings/{meetingId}/minutes/issue", "shows on a held meeting; the seed has none"),
            Map.entry("POST /marac/referrals/{id}/transfer", "shows for a MARAC case on an agenda; the seed has none"),
            Map.entry("POST /marac/transfers/accept", "shows after a signed file is checked (MaracTransferTest)"),
            Map.entry("POST /marac/actions/{id}/progress", "shows on an open MARAC action of the caller's agency; the seed has none"),
            Map.entry("POST /marac/partners/{id}/revoke", "shows for an imported partner key; the seed has none"),
            Map.entry("POST /workforce/quality-mark/applications/{id}/evidence", "shows on an open Quality Mark application; the seed has none"),
            Map.entry("POST /workforce/quality-mark/applications/{id}/decisions", "shows on an open Quality Mark application; the seed has none"),
            Map.entry("POST /workforce/quality-mark/applications/{id}/award", "shows on an open Quality Mark application; the seed has none"),
            Map.entry("POST /workforce/ambassadors/{id}/refresher", "shows on an active ambassador; the seed has none"),
            Map.entry("POST /workforce/ambassadors/{id}/reach", "shows on an active ambassador; the seed has none"),
            Map.entry("POST /workforce/ambassadors/{id}/step-down", "shows on an active ambassador; the seed has none"),
            Map.entry("POST /establishment/gp-notifications/{id}/acknowledge", "needs a practice's key adult and a "
                    + "notification of their practice (GpPracticesTest)"));

    static final List<String> HOSTILE = List.of("\u0000", "a\u0000b", "Fern\u0000", "\u0001", "\u001b[31mred", "\u007f",
            "\u0085", "\u009b", "\u202Eevil\u202C", "x\u2066y\u2069", "\u200F", "\uD800", "a\uDC00b", "\uFFFF", "\t",
            "two\nlines", "\r\n", "' OR '1'='1", "\"; DROP TABLE person; --", "%", "_", "%_%", "\\", "\\\\x00",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "${7*7}", "#{7*7}", "[[${7*7}]]",
            "__${T(java.lang.Runtime).getRuntime()}__::.x", "=HYPERLINK(\"http://evil.example\",\"x\")",
            "+cmd|' /C calc'!A0", "-1", "@SUM(1)", "../../etc/passwd", "A\u200bB", "A\u200cB\u200d", "e\u0301",
            "\ud835\udd18\ud835\udd2b", "", " ", "0", "-2147483649", "99999999999999999999999", "1e309", "NaN",
            "2026-02-30", "0000-00-00", "9999-12-31", "true", "null", "[]", "{}", "x".repeat(10_000),
            "\u00e9".repeat(3_000));

    static final List<String> EXTRA_FIELDS = List.of("children[999].givenName", "perpetrators[100000].familyName",
            "areas[300]", "class.module.classLoader.URLs[0]", "x", "id", "agency", "a.b.c", "[0]", "name[",
            "lastReviewed.day.x", "roles[9999]", "\u0000", "field\u202E");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Partnerships partnerships;
    @Autowired
    ServiceDirectory directory;
    @Autowired
    Structures structures;

    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    /** Forms found in the answers to fuzzed requests (a check-your-answers page, a confirmation). */
    private final Map<String, List<Form>> harvested = new LinkedHashMap<>();
    private int requests;
    private int serverErrors;
    private int partialWrites;
    private int refusedHostile;
    /** Requests after which the fuzzer waited for event listeners (those that published an event), and how long. */
    private int listenerWaits;
    private long listenerWaitNanos;
    private long crawlNanos;
    private int crawled;
    /** The pages crawled, by shape (the crawl's cost lies where most are). */
    private final Map<String, Integer> crawledByShape = new TreeMap<>();
    /** The pages the crawl fetched, and the shapes of the links it followed. */
    private final Set<String> pagesSeen = new HashSet<>();
    private final Set<String> shapesSeen = new HashSet<>();
    /**
     * The pages queued of each shape with its numbers taken out too ({@link #numbered}): a year's or a period's page
     * links to the one before and after it, so each number is a new shape and the crawl went from year to year (800
     * of its 1,000 pages were commissioning years, none with a form the others lack).
     */
    private final Map<String, Integer> numberedSeen = new java.util.HashMap<>();
    /** Pages of one shape that differ only by numbers (years, periods, dates) crawled at most. */
    static final int MAX_NUMBERED = 3;
    private RowChanges rows;
    private Map<String, Long> lastCounts;
    /**
     * The ids of every record there before this test began (what earlier test classes made): the crawl follows no
     * link and uses no form whose path names one, so what it reaches depends only on the records this test makes.
     */
    private Set<String> foreign = Set.of();
    /** How each route was reached: by a form on a page, or (NO_FORM) through the handler's parameters. */
    private final Map<String, String> reachedBy = new TreeMap<>();

    /** A route: method, pattern and handler. */
    record Route(String method, String pattern, HandlerMethod handler) {

        String key() {
            return method + " " + pattern;
        }

        Class<?> bodyType() {
            for (MethodParameter p : handler.getMethodParameters()) {
                if (p.hasParameterAnnotation(RequestBody.class)) {
                    return p.getParameterType();
                }
            }
            return null;
        }

        boolean bearerApi() {
            return pattern.equals("/api/referrals");
        }
    }

    /** A form found on a page: where it posts, and its fields with the values the page gave them. */
    record Form(String action, List<Map.Entry<String, String>> fields, Map<String, List<String>> choices) {
    }

    @Test
    void everyTableLeftOutIsATable() {
        assertThat(Tables.missing(jdbc, NOT_RECORDS)).as("listed in NOT_RECORDS but no table").isEmpty();
    }

    @Test
    void noRouteAnswers5xxOrWritesPartOfARefusedRequest() throws Exception {
        long started = System.nanoTime();
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "AND table_type = 'BASE TABLE' ORDER BY table_name").query(String.class).list().stream()
                .filter(t -> !NOT_RECORDS.contains(t)).toList();
        // the order types' lengths and warnings are forms too: put them back after the fuzz, for the suite's orders
        List<Object[]> orderTypes = jdbc.sql("SELECT code, min_days, max_days, warning_days FROM order_type")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2), rs.getObject(3), rs.getInt(4)})
                .list();
        Partnership partnership = partnerships.current().orElseGet(() -> {
            fixtures.agency("Test Agency");
            return partnerships.current().orElseThrow();
        });

        foreign = existingIds();
        Fixtures.TestUser user = fixtures.enrolledUserAt("Fuzz Agency", Role.SYSTEM_ADMIN,
                Role.PARTNERSHIP_COORDINATOR, Role.HUB_COORDINATOR, Role.PRACTITIONER, Role.DISCLOSURE_TEAM,
                Role.INFORMATION_GOVERNANCE);
        WebSession web = new WebSession(port);
        web.signIn(user);
        String csrf = web.get("/account").csrf();
        Seed seed = seed(web, csrf, user);

        List<Route> routes = routes();
        Map<String, List<Form>> forms = crawl(web, firstPages(seed, List.of()));
        Set<String> reached = new HashSet<>();
        // event_publication is watched only to tell which requests published events (it is not a record)
        rows = RowChanges.watch(java.util.stream.Stream.concat(tables.stream(), java.util.stream.Stream.of(EVENTS))
                .toList());
        try {
            // the API first (a form may revoke the fuzzer's token), then the forms; a second pass reaches the
            // forms that only exist once the first made a record (a report, a period) or answered with a page
            for (int pass = 1; pass <= 2; pass++) {
                if (pass == 2) {
                    pagesSeen.clear();
                    shapesSeen.clear();
                    numberedSeen.clear();
                    forms = crawl(web, firstPages(seed, new ArrayList<>(harvested.keySet())));
                    lastCounts = null;
                    for (Map.Entry<String, List<Form>> h : harvested.entrySet()) {
                        forms.putIfAbsent(h.getKey(), h.getValue());
                    }
                }
                for (Route route : routes) {
                    if (UNREACHED.containsKey(route.key()) || reached.contains(route.key())) {
                        continue;
                    }
                    if (route.bodyType() != null) {
                        fuzzJson(web, csrf, seed, route);
                        reached.add(route.key());
                    } else {
                        List<Form> found = formsFor(route, forms, seed);
                        reachedBy.put(route.key(), "a page's form");
                        if (found.isEmpty() && pass == 2 && NO_FORM.containsKey(route.key())) {
                            found = List.of(reflectedForm(route, seed));
                            reachedBy.put(route.key(), "the handler's parameters");
                        }
                        if (!found.isEmpty()) {
                            fuzzForm(web, csrf, route, found);
                            reached.add(route.key());
                        } else {
                            reachedBy.remove(route.key());
                        }
                    }
                }
            }
            fuzzQueries(web, seed);
        } finally {
            rows.close();
            partnerships.updatePartnership(partnership.name(), partnership.population());
            orderTypes.forEach(t -> jdbc.sql("UPDATE order_type SET min_days = ?, max_days = ?, warning_days = ? "
                    + "WHERE code = ?").params(t[1], t[2], t[3], t[0]).update());
        }
        for (Route route : routes) {
            if (!UNREACHED.containsKey(route.key()) && !reached.contains(route.key())) {
                failures.add(route.key() + ": no form on any page posts here; seed a record it needs, or "
                        + "list it in UNREACHED with a reason");
            }
        }

        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        String report = "Input fuzz: seed " + SEED + ", " + TRIES + " tries per route, " + routes.size() + " routes ("
                + UNREACHED.size() + " not sent to), " + requests + " requests in " + seconds + " s; 5xx: "
                + serverErrors + "; partial writes by refused requests: " + partialWrites
                + "; hostile text refused in bound fields and query parameters: " + refusedHostile
                + "; waited for listeners after " + listenerWaits + " requests (" + listenerWaitNanos / 1_000_000L
                + " ms); crawled " + crawled + " pages in " + crawlNanos / 1_000_000L + " ms\n"
                + statuses.entrySet().stream().map(e -> "  " + e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining("\n"));
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        String how = reachedBy.entrySet().stream().map(e -> "  " + e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
        Files.writeString(Path.of("target/input-fuzz.txt"), report + "\n\n" + String.join("\n", failures)
                + "\n\nReached through (records of earlier test classes left alone: " + foreign.size() + " ids)\n"
                + how + "\n\nPages crawled by shape, most first\n" + crawledByShape.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(20)
                        .map(e -> "  " + e.getValue() + " " + e.getKey()).collect(Collectors.joining("\n")) + "\n");
        assertThat(failures).as(report).isEmpty();
        assertThat(requests).isGreaterThan(routes.size() * 3);
    }

    // ---------------------------------------------------------------- routes and seed data

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (RequestMethod m : methods) {
                if (m == RequestMethod.POST || m == RequestMethod.PUT || m == RequestMethod.PATCH
                        || m == RequestMethod.DELETE) {
                    for (String pattern : e.getKey().getPatternValues()) {
                        routes.add(new Route(m.name(), pattern, e.getValue()));
                    }
                }
            }
        }
        routes.sort((a, b) -> a.pattern().startsWith("/api/") != b.pattern().startsWith("/api/")
                ? (a.pattern().startsWith("/api/") ? -1 : 1) : a.key().compareTo(b.key()));
        return routes;
    }

    /** Records the routes act on: people, a strategy with its parts, an API token. */
    record Seed(String token, Map<String, String> ids, String ownUserId) {
    }

    private Seed seed(WebSession web, String csrf, Fixtures.TestUser user) {
        Map<String, String> ids = new LinkedHashMap<>();
        String family = Fixtures.uniqueName("Fuzz");
        ids.put("personId", person(family, true));
        ids.put("person2", person(family, true));
        ids.put("stranger", person(Fixtures.uniqueName("Fuzz"), false));
        ids.put("a", ids.get("personId"));
        ids.put("b", ids.get("person2"));
        LocalDate starts = LocalDate.now().plusYears(1 + random.nextInt(80)).withDayOfYear(1);
        String strategy = id(json(web, csrf, null, "POST", "/api/strategy/strategies", "{\"title\": \"Fuzz strategy\", "
                + "\"startsOn\": \"" + starts + "\", \"endsOn\": \"" + starts.plusMonths(11) + "\"}"));
        String theme = id(json(web, csrf, null, "POST", "/api/strategy/strategies/" + strategy + "/themes",
                "{\"name\": \"Support\"}"));
        String objective = id(json(web, csrf, null, "POST", "/api/strategy/strategies/" + strategy + "/objectives",
                "{\"theme\": \"" + theme + "\", \"text\": \"Evidence\", \"status\": \"GAP_IDENTIFIED\", \"on\": \""
                        + LocalDate.now().minusMonths(1) + "\"}"));
        String area = id(json(web, csrf, null, "POST", "/api/strategy/strategies/" + strategy + "/areas",
                "{\"title\": \"Evidence base\", \"objectives\": [\"" + objective + "\"]}"));
        String action = id(json(web, csrf, null, "POST", "/api/strategy/strategies/" + strategy + "/actions",
                "{\"area\": \"" + area + "\", \"description\": \"One dataset\", \"owner\": \""
                        + fixtures.agency("Fuzz Agency").id().value() + "\", \"dueOn\": \"" + LocalDate.now().plusDays(30)
                        + "\", \"rag\": \"AMBER\"}"));
        ids.put("strategy", strategy);
        ids.put("objective", objective);
        ids.put("action", action);
        // an API client of a police agency for the referral API (created through the admin page)
        web.open("/admin/api-clients/new");
        Page created = web.post("/admin/api-clients", Map.of("name", "Fuzz feed " + UUID.randomUUID(), "agency",
                fixtures.agency("Fuzz Police").id().value().toString(), "scopes", "referrals:write"));
        Element token = created.html().selectFirst("#token");
        assertThat(token).as("an API token: %s", created.status()).isNotNull();
        Page referral = json(web, csrf, token.text(), "POST", "/api/referrals", """
                {"referrerName": "PC Fuzz", "incidentDate": "%s", "incidentTime": "22:15", "policeReference": "FZ/%s",
                 "victim": {"givenName": "Fern", "familyName": "%s", "dateOfBirth": "1991-02-03", "sex": "FEMALE",
                            "postcode": "NF1 2AB"},
                 "relationship": "INTIMATE_PARTNER", "abuseTypes": ["PHYSICAL"], "consent": "GIVEN",
                 "narrative": "Seed for the input fuzz test."}""".formatted(LocalDate.now().minusDays(1),
                UUID.randomUUID(), Fixtures.uniqueName("Fuzz")));
        assertThat(referral.status()).as(referral.body()).isEqualTo(201);
        // a service, an area, a group, another agency and another user to change
        ids.put("area", partnerships.addArea(Fixtures.uniqueName("Fuzz area "), 1000).id().toString());
        ids.put("service", directory.add(new ServiceDetails(Fixtures.uniqueName("Fuzz service "), null, "Fuzz provider",
                ServiceKind.OUTREACH, true, Set.of(), Set.of(Need.WOMEN), List.of("English"), "Mondays",
                new HowToGetHelp("0300 000 0000", null, null, null, null), "For the fuzz test.", null, null,
                directory.today(), false)).id().toString());
        AgencyId agency = fixtures.agency("Fuzz Other Agency").id();
        ids.put("group", structures.create(new GroupDetails(Fixtures.uniqueName("Fuzz group "), GroupKind.FORUM, null,
                "Chair", TermsOfReference.none(), List.of(agency), true)).id().toString());
        structures.addMember(new org.hearth.partnership.GroupId(UUID.fromString(ids.get("group"))), "Member", "Role",
                agency);
        ids.put("agency", agency.toString());
        ids.put("user", fixtures.enrolledUserAt("Fuzz Other Agency", Role.PRACTITIONER).user().id().value().toString());
        return new Seed(token.text(), ids, user.user().id().value().toString());
    }

    /** Every id (a value of any {@code uuid} column) in the application's tables now. */
    private Set<String> existingIds() {
        List<String> columns = jdbc.sql("""
                SELECT format('SELECT %I::text FROM %I', column_name, table_name) FROM information_schema.columns
                WHERE table_schema = 'public' AND data_type = 'uuid' ORDER BY table_name, column_name""")
                .query(String.class).list();
        return new HashSet<>(jdbc.sql(String.join(" UNION ", columns)).query(String.class).list());
    }

    /** Whether a path names a record made before this test began (see {@link #foreign}). */
    private boolean namesForeign(String path) {
        Matcher ids = UUID_IN_PATH.matcher(path == null ? "" : path);
        while (ids.find()) {
            if (foreign.contains(ids.group())) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern UUID_IN_PATH = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** A person; {@code involved}: the fuzzing user's agency is involved (else it may only break the glass). */
    private String person(String family, boolean involved) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, date_of_birth, created_by) "
                + "VALUES (?, 'Fuzz', ?, DATE '1990-04-12', ?)").params(id, family, UUID.randomUUID()).update();
        fixtures.grant(id, fixtures.agency(involved ? "Fuzz Agency" : "Fuzz Other Agency").id().value(), "RECORDED");
        return id.toString();
    }

    private static String id(Page page) {
        Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(page.body());
        assertThat(m.find()).as("an id in %s %s", page.status(), page.body()).isTrue();
        return m.group(1);
    }

    // ---------------------------------------------------------------- crawl

    /** The pages the crawl starts from: the home page, each section, the seed's records, and {@code more}. */
    private static Deque<String> firstPages(Seed seed, List<String> more) {
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/people", "/people/new", "/referrals", "/referrals/new",
                "/referrals/import", "/triage", "/directory/manage", "/directory/manage/new", "/strategy/plans",
                "/strategy/plans/new", "/strategy/bvpi225", "/strategy/bvpi225/new", "/strategy/checklist",
                "/strategy/checklist/new", "/partnership/groups", "/partnership/groups/new", "/insights/reports",
                "/insights/reports/new", "/admin/users", "/admin/users/new", "/admin/agencies", "/admin/agencies/new",
                "/admin/partnership", "/admin/partnership/edit", "/admin/api-clients", "/admin/api-clients/new",
                "/workforce/training", "/workforce/training/new", "/workforce/quality-mark",
                "/workforce/quality-mark/applications/new", "/workforce/ambassadors", "/workforce/ambassadors/new", "/people/duplicates", "/audit", "/account",
                "/account/password", "/break-glass", "/strategy/plans/" + seed.ids().get("strategy")));
        Map<String, String> ids = seed.ids();
        queue.addAll(List.of("/directory/manage/" + ids.get("service") + "/edit", "/directory/manage/" + ids.get("service"),
                "/admin/partnership/areas/" + ids.get("area") + "/edit", "/partnership/groups/" + ids.get("group"),
                "/partnership/groups/" + ids.get("group") + "/edit", "/partnership/groups/" + ids.get("group") + "/meetings/new",
                "/admin/users/" + ids.get("user"), "/admin/users/" + ids.get("user") + "/edit",
                "/admin/users/" + ids.get("user") + "/password", "/admin/agencies/" + ids.get("agency") + "/edit",
                "/people/" + ids.get("stranger")));
        queue.addAll(more);
        for (String person : List.of(ids.get("personId"), ids.get("person2"))) {
            queue.add("/people/" + person);
            queue.add("/people/" + person + "/edit");
            queue.add("/people/" + person + "/risk/new");
            queue.add("/people/" + person + "/marac-referral");
        }
        queue.add("/marac/new");
        return queue;
    }

    /**
     * Every form that posts, by action path, from the pages reachable from {@code queue} (up to 1,000), skipping the
     * pages fetched before ({@link #pagesSeen}) and, after its first 60 pages, links of shapes met before
     * ({@link #shapesSeen}) and links beyond the first {@value #MAX_NUMBERED} that differ only by numbers.
     */
    private Map<String, List<Form>> crawl(WebSession web, Deque<String> queue) {
        long started = System.nanoTime();
        Set<String> seen = pagesSeen;
        Set<String> patternsSeen = shapesSeen;
        Map<String, List<Form>> forms = new LinkedHashMap<>();
        int fetched = 0;
        while (!queue.isEmpty() && fetched < 1000) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            fetched++;
            crawled++;
            crawledByShape.merge(shape(path), 1, Integer::sum);
            Page page = web.get(path);
            if (page.status() >= 500) {
                // a page the crawl reaches by a link must never fail (the first financial year's once did)
                serverErrors++;
                failures.add("GET " + path + " (linked from a page) answered " + page.status());
            }
            if (page.status() != 200 || page.header("Content-Type") == null
                    || !page.header("Content-Type").startsWith("text/html")) {
                continue;
            }
            for (Element form : page.html().select("form")) {
                if (!"post".equalsIgnoreCase(form.attr("method"))) {
                    continue;
                }
                String action = URI.create(form.attr("action").isEmpty() ? path : form.attr("action")).getPath();
                if (action == null || action.equals("/logout") || namesForeign(action)) {
                    continue;
                }
                forms.computeIfAbsent(action, a -> new ArrayList<>()).add(form(form));
            }
            for (Element link : page.html().select("a[href]")) {
                String href = link.attr("href");
                if (!href.startsWith("/") || href.startsWith("//") || href.contains("#") || href.startsWith("/logout")
                        || href.matches(".*\\.(csv|xlsx|pdf)(\\?.*)?") || href.contains("/download")
                        || namesForeign(href)) {
                    continue;
                }
                // a few pages of each shape are enough: ids vary, forms do not (nor do years)
                boolean newShape = patternsSeen.add(shape(href));
                if (fetched < 60 || newShape && numberedSeen.merge(numbered(href), 1, Integer::sum) <= MAX_NUMBERED) {
                    queue.add(href);
                }
            }
        }
        crawlNanos += System.nanoTime() - started;
        return forms;
    }

    /** A link's shape: its path with every id as {id}. */
    private static String shape(String href) {
        return href.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}").replaceAll("\\?.*", "");
    }

    /** A link's shape with each path segment of digits (a year, a period as 2026-27, a date) as {n} too. */
    static String numbered(String href) {
        return shape(href).replaceAll("/\\d[\\d-]*(?=/|$)", "/{n}");
    }

    private static Form form(Element form) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Map<String, List<String>> choices = new LinkedHashMap<>();
        Set<String> radiosDone = new HashSet<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            String type = input.attr("type").toLowerCase();
            if (input.tagName().equals("select")) {
                List<String> options = input.select("option").eachAttr("value");
                choices.put(name, options);
                Element selected = input.selectFirst("option[selected]");
                fields.add(Map.entry(name, selected != null ? selected.attr("value")
                        : options.isEmpty() ? "" : options.get(options.size() > 1 ? 1 : 0)));
            } else if (input.tagName().equals("textarea")) {
                fields.add(Map.entry(name, input.text()));
            } else if (type.equals("radio")) {
                choices.computeIfAbsent(name, n -> new ArrayList<>()).add(input.attr("value"));
                if (input.hasAttr("checked") && radiosDone.add(name)) {
                    fields.add(Map.entry(name, input.attr("value")));
                }
            } else if (type.equals("checkbox")) {
                choices.computeIfAbsent(name, n -> new ArrayList<>()).add(input.attr("value"));
                if (input.hasAttr("checked")) {
                    fields.add(Map.entry(name, input.attr("value")));
                }
            } else if (!type.equals("submit") && !type.equals("file")) {
                fields.add(Map.entry(name, input.attr("value")));
            }
        }
        // a radio group with nothing checked: the first choice, as a person would pick
        choices.forEach((name, values) -> {
            if (!values.isEmpty() && fields.stream().noneMatch(f -> f.getKey().equals(name))) {
                fields.add(Map.entry(name, values.get(0)));
            }
        });
        return new Form(form.attr("action"), fields, choices);
    }

    /** The crawled forms whose action matches the route's pattern, never aimed at the fuzzing user's account. */
    private List<Form> formsFor(Route route, Map<String, List<Form>> forms, Seed seed) {
        PathPattern pattern = PathPatternParser.defaultInstance.parse(route.pattern());
        List<Form> out = new ArrayList<>();
        forms.forEach((action, list) -> {
            if (pattern.matches(org.springframework.http.server.PathContainer.parsePath(action))
                    && !action.contains(seed.ownUserId())) {
                Form f = list.get(0);
                out.add(new Form(action, f.fields(), f.choices()));
            }
        });
        return out.size() > 3 ? out.subList(0, 3) : out;
    }

    // ---------------------------------------------------------------- forms

    private void fuzzForm(WebSession web, String csrf, Route route, List<Form> forms) {
        for (int i = 0; i < TRIES; i++) {
            Form form = forms.get(i % forms.size());
            List<Map.Entry<String, String>> fields = new ArrayList<>(form.fields());
            fields.removeIf(f -> f.getKey().equals("_csrf"));
            Set<String> hostileFields = new HashSet<>();
            if (i > 0) {
                int mutations = 1 + random.nextInt(3);
                for (int m = 0; m < mutations; m++) {
                    mutate(fields, form, hostileFields);
                }
            }
            // the fields that hold text breaking the rule once every mutation is done (a later one may undo one)
            hostileFields.clear();
            Set<String> named = form.fields().stream().map(Map.Entry::getKey).collect(Collectors.toSet());
            for (Map.Entry<String, String> f : fields) {
                // a field the form has (an extra or re-indexed name like reason[0].x is bound to nothing)
                if (named.contains(f.getKey()) && TextRules.problem(sent(f.getValue()), true).isPresent()) {
                    hostileFields.add(f.getKey());
                }
            }
            fields.add(Map.entry("_csrf", csrf));
            String body = fields.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(web.uri(form.action()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .method(route.method(), HttpRequest.BodyPublishers.ofString(body));
            Page page = send(web, route, request, describe(fields));
            boolean formFieldHostile = hostileFields.stream().anyMatch(f -> binds(route, f));
            if (formFieldHostile && page.status() / 100 == 4) {
                refusedHostile++;
            } else if (formFieldHostile && page.status() < 400) {
                failures.add(route.key() + " (" + form.action() + "): text breaking the input rule in "
                        + hostileFields + " was accepted (" + page.status() + ")");
            }
        }
    }

    private void mutate(List<Map.Entry<String, String>> fields, Form form, Set<String> hostileFields) {
        int kind = random.nextInt(10);
        String hostile = hostile();
        if (kind < 5 && !fields.isEmpty()) {
            int at = random.nextInt(fields.size());
            String name = fields.get(at).getKey();
            fields.set(at, Map.entry(name, hostile));
            if (TextRules.problem(sent(hostile), true).isPresent()) {
                hostileFields.add(name);
            }
        } else if (kind == 5 && !fields.isEmpty()) {
            fields.remove(random.nextInt(fields.size()));
        } else if (kind == 6) {
            fields.add(Map.entry(EXTRA_FIELDS.get(random.nextInt(EXTRA_FIELDS.size())), hostile));
        } else if (kind == 7 && !fields.isEmpty()) {
            String name = fields.get(random.nextInt(fields.size())).getKey();
            fields.add(Map.entry(name + (random.nextBoolean() ? "[999]" : "[0].x"), hostile));
        } else if (kind == 8 && !form.choices().isEmpty()) {
            // a choice the page did not offer
            List<String> names = new ArrayList<>(form.choices().keySet());
            String name = names.get(random.nextInt(names.size()));
            fields.removeIf(f -> f.getKey().equals(name));
            fields.add(Map.entry(name, random.nextBoolean() ? UUID.randomUUID().toString() : hostile));
        } else if (!fields.isEmpty()) {
            String name = fields.get(random.nextInt(fields.size())).getKey();
            fields.add(Map.entry(name, hostile));
        }
    }

    /** What arrives after form encoding: a lone surrogate cannot be sent in UTF-8 and becomes "?". */
    private static String sent(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private String hostile() {
        if (random.nextInt(4) > 0) {
            return HOSTILE.get(random.nextInt(HOSTILE.size()));
        }
        String pool = "aZ09 \u0000\u0001\u0008\u000b\u001f\u007f\u0080\u009f\u202a\u202e\u2066\u2069\u200b\u200c\u200d"
                + "\ud800\udfff'\"<>&%_\\;-=+@\t\r\n\u00e9\u0301\u4e2d\u0627";
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            s.append(pool.charAt(random.nextInt(pool.length())));
        }
        return s.toString();
    }

    // ---------------------------------------------------------------- JSON

    /** Whether the handler binds this field: a {@code @RequestParam}, a map of them, or a form object's property. */
    static boolean binds(Route route, String field) {
        if (field.startsWith("_")) {
            return false; // Spring's checkbox markers (_roles) and the CSRF token
        }
        String top = field.replaceAll("[.\\[].*", "");
        for (MethodParameter p : route.handler().getMethodParameters()) {
            org.springframework.web.bind.annotation.RequestParam param = p.getParameterAnnotation(
                    org.springframework.web.bind.annotation.RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                        : p.getParameterName();
                if (Map.class.isAssignableFrom(p.getParameterType()) || top.equals(name) && text(p.getParameterType())) {
                    return true;
                }
            } else if (p.hasParameterAnnotation(org.springframework.web.bind.annotation.ModelAttribute.class)) {
                java.beans.PropertyDescriptor d = org.springframework.beans.BeanUtils
                        .getPropertyDescriptor(p.getParameterType(), top);
                if (d != null && d.getWriteMethod() != null && text(d.getPropertyType())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Text, or something holding text (a list, a nested form object); not a flag, a number or an id. */
    private static boolean text(Class<?> type) {
        // an Optional parameter (only /login's "signedOut", whose presence alone counts) is not text the app keeps
        return type == String.class || type.isArray() || Collection.class.isAssignableFrom(type)
                || type != java.util.Optional.class && !org.springframework.beans.BeanUtils.isSimpleProperty(type);
    }

    /** A form made from the handler's parameters, for a route whose page form the crawl cannot reach. */
    private Form reflectedForm(Route route, Seed seed) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (MethodParameter p : route.handler().getMethodParameters()) {
            p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            org.springframework.web.bind.annotation.RequestParam param = p.getParameterAnnotation(
                    org.springframework.web.bind.annotation.RequestParam.class);
            if (param != null && !Map.class.isAssignableFrom(p.getParameterType())) {
                String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                        : p.getParameterName();
                fields.add(Map.entry(name, "Fuzz"));
            } else if (p.hasParameterAnnotation(org.springframework.web.bind.annotation.ModelAttribute.class)) {
                for (java.beans.PropertyDescriptor d : org.springframework.beans.BeanUtils
                        .getPropertyDescriptors(p.getParameterType())) {
                    if (d.getWriteMethod() != null && d.getPropertyType() == String.class) {
                        fields.add(Map.entry(d.getName(), "Fuzz"));
                    }
                }
            }
        }
        return new Form(concrete(route, seed), fields, Map.of());
    }

    /** The route's path with the seed's ids for its variables (a random id where there is none). */
    static String concrete(Route route, Seed seed) {
        String path = route.pattern();
        Matcher vars = Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder concrete = new StringBuilder();
        while (vars.find()) {
            String name = vars.group(1);
            String value = name.equals("period") ? "2025-26" : seed.ids().get(name);
            if (name.equals("id")) {
                value = path.contains("/objectives/") ? seed.ids().get("objective")
                        : path.contains("/actions/") ? seed.ids().get("action")
                        : path.contains("/strategies/") ? seed.ids().get("strategy")
                        : path.startsWith("/admin/users/") ? seed.ids().get("user")
                        : path.startsWith("/people/") && !path.contains("merges") ? seed.ids().get("stranger")
                        : path.startsWith("/api/people/") && !path.contains("merges") ? seed.ids().get("personId")
                        : null;
            }
            vars.appendReplacement(concrete, value == null ? UUID.randomUUID().toString() : value);
        }
        vars.appendTail(concrete);
        return concrete.toString();
    }

    private void fuzzJson(WebSession web, String csrf, Seed seed, Route route) {
        String concrete = concrete(route, seed);
        Class<?> type = route.bodyType();
        for (int i = 0; i < TRIES; i++) {
            Object body = value(ResolvableType.forClass(type), "body", 0);
            if (i > 0) {
                int mutations = 1 + random.nextInt(3);
                for (int m = 0; m < mutations; m++) {
                    body = mutateJson(body, 0);
                }
            }
            String text = random.nextInt(30) == 0 ? "{\"unterminated\": " : toJson(body);
            send(web, route, jsonRequest(web, csrf, route.bearerApi() ? seed.token() : null, route.method(),
                    concrete, text), text.length() > 300 ? text.substring(0, 300) + "..." : text);
        }
    }

    /** A plausible value of the type, as plain maps, lists and scalars. */
    private Object value(ResolvableType type, String name, int depth) {
        Class<?> raw = type.resolve(Object.class);
        if (raw == String.class) {
            return name.toLowerCase().contains("postcode") ? "NF1 2AB" : "Fuzz " + name;
        }
        if (raw == LocalDate.class) {
            return LocalDate.now().minusDays(1 + random.nextInt(400)).toString();
        }
        if (raw == LocalTime.class) {
            return "21:30";
        }
        if (raw == UUID.class) {
            return UUID.randomUUID().toString();
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return 1 + random.nextInt(30);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return random.nextBoolean();
        }
        if (raw.isEnum()) {
            Object[] values = raw.getEnumConstants();
            return ((Enum<?>) values[random.nextInt(values.length)]).name();
        }
        if (depth > 3) {
            return null;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            List<Object> list = new ArrayList<>();
            list.add(value(type.asCollection().getGeneric(0), name, depth + 1));
            return list;
        }
        if (Map.class.isAssignableFrom(raw)) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("1", value(type.asMap().getGeneric(1), name, depth + 1));
            return map;
        }
        if (raw.isRecord()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent c : raw.getRecordComponents()) {
                map.put(c.getName(), value(ResolvableType.forType(c.getGenericType()), c.getName(), depth + 1));
            }
            return map;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private Object mutateJson(Object body, int depth) {
        if (body instanceof Map<?, ?> map && !map.isEmpty()) {
            Map<String, Object> m = new LinkedHashMap<>((Map<String, Object>) map);
            List<String> keys = new ArrayList<>(m.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            switch (random.nextInt(6)) {
                case 0 -> m.remove(key);
                case 1 -> m.put(random.nextBoolean() ? "extra" : hostile(), hostile());
                case 2 -> m.put(key, wrongType(m.get(key)));
                case 3 -> m.put(key, mutateJson(m.get(key), depth + 1));
                default -> m.put(key, hostile());
            }
            return m;
        }
        if (body instanceof List<?> list) {
            List<Object> l = new ArrayList<>(list);
            if (l.isEmpty() || random.nextBoolean()) {
                l.add(random.nextBoolean() ? hostile() : wrongType(null));
            } else {
                int at = random.nextInt(l.size());
                l.set(at, mutateJson(l.get(at), depth + 1));
            }
            return l;
        }
        return random.nextBoolean() ? hostile() : wrongType(body);
    }

    private Object wrongType(Object value) {
        return switch (random.nextInt(7)) {
            case 0 -> 123;
            case 1 -> 1.5e300;
            case 2 -> true;
            case 3 -> List.of(hostile());
            case 4 -> Map.of("x", 1);
            case 5 -> value instanceof String ? 42 : "not a " + (value == null ? "value" : value.getClass().getSimpleName());
            default -> null;
        };
    }

    static String toJson(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || Character.isSurrogate(c) || c > 0x7e) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> toJson(String.valueOf(e.getKey())) + ":" + toJson(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(InputFuzzTest::toJson).collect(Collectors.joining(",", "[", "]"));
        }
        return String.valueOf(value);
    }

    private HttpRequest.Builder jsonRequest(WebSession web, String csrf, String token, String method, String path,
            String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(web.uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        } else {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return request;
    }

    private Page json(WebSession web, String csrf, String token, String method, String path, String json) {
        return web.send(jsonRequest(web, csrf, token, method, path, json));
    }

    // ---------------------------------------------------------------- query parameters

    /**
     * Every GET route, with NUL and then a bidirectional override in each query parameter it binds (and in two it
     * does not): never a 5xx, and a bound text parameter is refused.
     */
    private void fuzzQueries(WebSession web, Seed seed) {
        List<Route> gets = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                for (String pattern : e.getKey().getPatternValues()) {
                    gets.add(new Route("GET", pattern, e.getValue()));
                }
            }
        }
        gets.sort((a, b) -> a.key().compareTo(b.key()));
        for (Route route : gets) {
            Form bound = reflectedForm(route, seed);
            List<String> names = new ArrayList<>(bound.fields().stream().map(Map.Entry::getKey).toList());
            names.add("q");
            names.add("page");
            for (String bad : List.of("%00", "%E2%80%AE")) {
                String query = names.stream().map(n -> enc(n) + "=" + bad).collect(Collectors.joining("&"));
                String path = bound.action() + "?" + query;
                Page page = send(web, route, HttpRequest.newBuilder(web.uri(path)).GET(), path);
                boolean text = bound.fields().stream().anyMatch(f -> binds(route, f.getKey()));
                if (text && page.status() / 100 == 4) {
                    refusedHostile++;
                } else if (text && page.status() < 400) {
                    failures.add(route.key() + " (" + path + "): text breaking the input rule in a query parameter "
                            + "was accepted (" + page.status() + ")");
                }
            }
        }
    }

    // ---------------------------------------------------------------- sending and checking

    private Page send(WebSession web, Route route, HttpRequest.Builder request, String what) {
        boolean get = route.method().equals("GET");
        // the rows after one request are the rows before the next (nothing else writes meanwhile)
        Map<String, Long> before = get ? null : lastCounts != null ? lastCounts : counts();
        java.time.Instant sent = java.time.Instant.now().minusSeconds(1);
        Page page = web.send(request);
        requests++;
        statuses.computeIfAbsent(route.key(), k -> new TreeMap<>()).merge(page.status(), 1, Integer::sum);
        if (page.status() == 200 && String.valueOf(page.header("Content-Type")).startsWith("text/html")) {
            for (Element form : page.html().select("form[method=post]")) {
                String action = URI.create(form.attr("action")).getPath();
                if (action != null && !action.isEmpty() && !action.equals("/logout") && !namesForeign(action)) {
                    harvested.computeIfAbsent(action, a -> new ArrayList<>()).add(form(form));
                }
            }
        }
        if (page.status() >= 500) {
            serverErrors++;
            failures.add(route.key() + " answered " + page.status() + " to " + printable(what));
        }
        if (get) {
            lastCounts = null;
            return page;
        }
        Map<String, Long> after = counts();
        if (!java.util.Objects.equals(after.get(EVENTS), before.get(EVENTS))) {
            // it published events: what their listeners write after the answer belongs to this request, not the next
            long waited = System.nanoTime();
            listenersDone(sent);
            listenerWaits++;
            listenerWaitNanos += System.nanoTime() - waited;
            after = counts();
        }
        lastCounts = after;
        if (page.status() >= 400 && page.status() < 500) {
            if (!records(after).equals(records(before))) {
                partialWrites++;
                Map<String, String> changed = new TreeMap<>();
                Map<String, Long> was = records(before);
                records(after).forEach((t, n) -> {
                    if (!n.equals(was.get(t))) {
                        changed.put(t, was.get(t) + " -> " + n);
                    }
                });
                failures.add(route.key() + " refused (" + page.status() + ") but wrote " + changed + ": "
                        + printable(what));
            }
        }
        return page;
    }

    /**
     * Waits until the events published since {@code since} have reached every listener (they run after commit),
     * looking every few milliseconds: a listener takes milliseconds, and the fuzzer sends thousands of requests.
     */
    private void listenersDone(java.time.Instant since) {
        org.hearth.support.Eventually.waitFor(() -> jdbc.sql("""
                SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND publication_date >= ?""")
                .param(java.sql.Timestamp.from(since)).query(Long.class).single() == 0, java.time.Duration.ofSeconds(30),
                java.time.Duration.ofMillis(5));
    }

    /** The rows of the application's records: the counts without the events published. */
    private static Map<String, Long> records(Map<String, Long> counts) {
        Map<String, Long> records = new TreeMap<>(counts);
        records.remove(EVENTS);
        return records;
    }

    private Map<String, Long> counts() {
        return rows.counts();
    }

    private static String describe(List<Map.Entry<String, String>> fields) {
        return fields.stream().filter(f -> !f.getKey().equals("_csrf"))
                .map(f -> f.getKey() + "=" + (f.getValue().length() > 40 ? f.getValue().substring(0, 40) + "..." : f.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(600).forEach(c -> out.append(c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e
                || c >= 0x2066 && c <= 0x2069 || Character.isSurrogate((char) c) && c < 0x10000
                ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return out.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
