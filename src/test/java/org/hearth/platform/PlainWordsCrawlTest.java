package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Crawls the pages each demo role reaches by following links from its home page (and its search), and fails on
 * what a person should never have to read: an id (a UUID), a matching engine weight ("+13.1") or a table name
 * ("person_address"), in the visible text. Ids in links, element ids and hidden inputs are for the browser, and
 * are not checked. It fails too on a link offered to a role that then refuses it (403) or leads nowhere (404, 5xx).
 *
 * <p>Justified exceptions, and only these:
 * <ul>
 * <li>Text inside {@code <code>}: what a machine reads (a CSV column name of the police import file, an API
 * field), which a user must type exactly; and those same words where a page names them in a sentence (a row of
 * the police import "incident_date is not a real date" names the column the user must correct in the file).</li>
 * </ul>
 */
@HearthIntegrationTest
class PlainWordsCrawlTest {

    static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    static final Pattern WEIGHT = Pattern.compile("[+\u2212]\\d+\\.\\d");
    static final Pattern TABLE_NAME = Pattern.compile("\\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\\b");
    static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    /** Pages per role at most, and pages of one shape (the same route with other ids) at most. */
    static final int MAX_PAGES = 250;
    static final int MAX_PER_SHAPE = 3;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void noIdsWeightsOrTableNamesInFrontOfAnyDemoRole() {
        Map<String, TestUser> roles = new LinkedHashMap<>();
        roles.put("police", fixtures.enrolledUserAt("Northfield Police", Role.AGENCY_REPRESENTATIVE));
        roles.put("idva", fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER));
        roles.put("hub", fixtures.enrolledUserAt("Northfield Police", Role.HUB_COORDINATOR));
        roles.put("coordinator", fixtures.enrolledUserAt("Northfield Community Safety Team",
                Role.PARTNERSHIP_COORDINATOR));
        roles.put("analyst", fixtures.enrolledUserAt("Northfield Community Safety Team", Role.ANALYST));
        roles.put("admin", fixtures.enrolledUserAt("Northfield Community Safety Team", Role.SYSTEM_ADMIN));
        roles.put("disclosure", fixtures.enrolledUserAt("Northfield Police", Role.DISCLOSURE_TEAM));

        String family = Fixtures.uniqueName("Crawl");
        Seeded seeded = seed(family);

        List<Problem> problems = new ArrayList<>();
        List<String> deadLinks = new ArrayList<>();
        Set<String> code = new HashSet<>();
        Map<String, Integer> crawled = new LinkedHashMap<>();
        for (var role : roles.entrySet()) {
            WebSession web = new WebSession(port);
            web.signIn(role.getValue());
            List<String> start = new ArrayList<>(List.of("/", "/referrals/" + seeded.referral(),
                    "/people/" + seeded.victim(), "/people/" + seeded.victim() + "/risk"));
            start.add("/search?q=" + family);
            start.add("/audit?recordId=" + seeded.victim());
            crawled.put(role.getKey(), crawl(web, start, role.getKey(), problems, code, deadLinks));
        }
        List<String> left = problems.stream().filter(p -> !code.contains(p.found())).map(Problem::toString)
                .distinct().toList();
        assertThat(crawled.values()).as("pages crawled per role %s", crawled).allMatch(n -> n >= 5);
        assertThat(crawled.get("hub")).as("the hub reaches the most").isGreaterThan(20);
        assertThat(left).as("words a person should never read, by role, page and pattern").isEmpty();
        assertThat(deadLinks).as("links offered to a role that refuse it or lead nowhere").isEmpty();
    }

    /** A referral naming a victim, a person causing harm and a child, with a DASH assessment, as the police make it. */
    private Seeded seed(String family) {
        WebSession police = new WebSession(port);
        police.signIn(fixtures.enrolledUserAt("Northfield Police", Role.PRACTITIONER));
        LocalDate yesterday = LocalDate.now().minusDays(1);
        Map<String, String> f = new HashMap<>();
        f.put("incidentDate.day", String.valueOf(yesterday.getDayOfMonth()));
        f.put("incidentDate.month", String.valueOf(yesterday.getMonthValue()));
        f.put("incidentDate.year", String.valueOf(yesterday.getYear()));
        f.put("victimGivenName", "Rowena");
        f.put("victimFamilyName", family);
        f.put("victimDateOfBirth.day", "14");
        f.put("victimDateOfBirth.month", "3");
        f.put("victimDateOfBirth.year", "1988");
        f.put("victimSex", "FEMALE");
        f.put("victimPostcode", "NF1 2AB");
        f.put("perpetratorKnown", "true");
        f.put("perpetratorGivenName", "Dermot");
        f.put("perpetratorFamilyName", family);
        f.put("relationship", "INTIMATE_PARTNER");
        f.put("children[0].givenName", "Pip");
        f.put("children[0].familyName", family);
        f.put("children[0].age", "5");
        f.put("children[0].present", "true");
        f.put("abuseTypes", "PHYSICAL");
        f.put("consent", "GIVEN");
        f.put("narrative", "Synthetic test narrative.");
        police.open("/referrals/new");
        assertThat(police.post("/referrals/new", f).status()).isEqualTo(303);
        police.open("/referrals/check");
        Page sent = police.post("/referrals/submit", Map.of("victim", "new", "perpetrator", "new"));
        assertThat(sent.status()).isEqualTo(303);
        UUID referral = UUID.fromString(sent.location().replaceAll(".*/referrals/([^?]+).*", "$1"));
        UUID victim = jdbc.sql("SELECT victim_id FROM referral WHERE id = ?").param(referral).query(UUID.class).single();

        // a second referral about her, so the check page offers her, explained
        police.open("/referrals/new");
        f.put("perpetratorKnown", "false");
        assertThat(police.post("/referrals/new", f).status()).isEqualTo(303);
        Page check = police.open("/referrals/check");
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.html().select("#victim .govuk-radios__item").text()).contains("born 14 March 1988");
        problems(check.html(), "police", "/referrals/check").forEach(p -> {
            throw new AssertionError("the check page: " + p);
        });
        // recorded as someone new: the hub gets the pair to decide, and merges it
        Page second = police.post("/referrals/submit", Map.of("victim", "new"));
        assertThat(second.status()).isEqualTo(303);
        UUID twin = jdbc.sql("SELECT victim_id FROM referral WHERE id = ?")
                .param(UUID.fromString(second.location().replaceAll(".*/referrals/([^?]+).*", "$1")))
                .query(UUID.class).single();
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        String compare = "/people/duplicates/" + victim + "/" + twin;
        assertThat(hub.get(compare).status()).isEqualTo(200);
        Page merged = hub.post(compare + "/merge", Map.of("survivor", victim.toString(), "reason", "Same person"));
        assertThat(merged.status()).as(merged.body()).isEqualTo(303);

        String risk = "/people/" + victim + "/risk";
        police.get(risk + "/new?questionnaire=SAFELIVES_RIC");
        LocalDate today = LocalDate.now();
        Map<String, String> dash = new HashMap<>(Map.of("questionnaire", "SAFELIVES_RIC", "version", "1",
                "assessedOn.day", String.valueOf(today.getDayOfMonth()), "assessedOn.month",
                String.valueOf(today.getMonthValue()), "assessedOn.year", String.valueOf(today.getYear()),
                "grade", "HIGH", "reason", ""));
        for (int n = 1; n <= 24; n++) {
            dash.put("answer-" + n, n <= 15 ? "YES" : "NO");
        }
        assertThat(police.post(risk, dash).status()).isEqualTo(303);
        return new Seeded(referral, victim);
    }

    record Seeded(UUID referral, UUID victim) {
    }

    /**
     * Follows every link within Hearth from the start pages, breadth first; returns how many pages it read. A link
     * a page offers that then answers 403, 404 or 5xx to the same user goes to {@code deadLinks}, with the page
     * that offered it.
     */
    private int crawl(WebSession web, List<String> start, String role, List<Problem> problems, Set<String> code,
            List<String> deadLinks) {
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> seen = new HashSet<>(start);
        Map<String, String> offeredOn = new HashMap<>();
        Map<String, Integer> shapes = new HashMap<>();
        int pages = 0;
        while (!queue.isEmpty() && pages < MAX_PAGES) {
            String path = queue.poll();
            Page page = web.get(path);
            String type = page.header("Content-Type");
            int status = page.status();
            if (offeredOn.containsKey(path) && (status == 403 || status == 404 || status >= 500)) {
                deadLinks.add(role + ": " + path + " answers " + status + ", offered on " + offeredOn.get(path));
            }
            if (page.status() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            pages++;
            problems.addAll(problems(page.html(), role, path));
            code.addAll(page.html().select("code").eachText());
            for (Element a : page.html().select("a[href]")) {
                String href = a.attr("href");
                if (!followable(href) || !seen.add(href)) {
                    continue;
                }
                String shape = shape(href);
                if (shapes.merge(shape, 1, Integer::sum) <= MAX_PER_SHAPE) {
                    offeredOn.put(href, path);
                    queue.add(href);
                }
            }
        }
        return pages;
    }

    private static boolean followable(String href) {
        if (!href.startsWith("/") || href.startsWith("//")) {
            return false;
        }
        return !href.startsWith("/api/") && !href.startsWith("/css/") && !href.startsWith("/js/")
                && !href.startsWith("/images/") && !href.startsWith("/assets/") && !href.contains("#")
                && !href.startsWith("/logout") && !href.endsWith(".csv") && !href.contains("/export");
    }

    /** The route a link leads to, with its ids and its query's values taken out. */
    private static String shape(String href) {
        URI uri = URI.create(href.replace(" ", "%20"));
        Set<String> keys = new TreeSet<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                keys.add(pair.split("=", 2)[0]);
            }
        }
        return UUID_TEXT.matcher(uri.getRawPath()).replaceAll("{id}").replaceAll("/\\d+", "/{n}") + "?" + keys;
    }

    /** The visible text of the page checked against each pattern, except where a justified exception says. */
    static List<Problem> problems(Document html, String role, String path) {
        Document visible = html.clone();
        visible.select("script, style, template, input, code").remove();
        List<Problem> found = new ArrayList<>();
        String text = visible.body().text();
        report(found, role, path, "a UUID", UUID_TEXT, text);
        report(found, role, path, "a snake_case table name", TABLE_NAME, text);
        report(found, role, path, "a date as yyyy-mm-dd", ISO_DATE, text);
        report(found, role, path, "an engine weight", WEIGHT, text);
        return found;
    }

    /** What was found ({@code found}, the words matched) where, with the text around it. */
    record Problem(String role, String path, String what, String found, String around) {

        @Override
        public String toString() {
            return role + " " + path + ": " + what + " in \"\u2026" + around + "\u2026\"";
        }
    }

    private static void report(List<Problem> found, String role, String path, String what, Pattern pattern,
            String text) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String around = text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40));
            found.add(new Problem(role, path, what, m.group(), around));
        }
    }
}
