package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.hearth.access.Role;
import java.time.LocalDate;
import org.hearth.strategy.Bvpi225Assessments;
import org.hearth.strategy.Bvpi225Periods;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core (Deque) checks the pages people use most against the WCAG 2.0, 2.1 and 2.2 A and AA rules it
 * can test automatically, in the real browser with GOV.UK Frontend's JavaScript running, including pages
 * showing an error summary. Automated checks find only part of the problems; they guard against regressions.
 */
@HearthIntegrationTest
class AccessibilityBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Bvpi225Assessments bvpi225;
    @Autowired
    org.hearth.partnership.Structures structures;
    @Autowired
    org.hearth.audit.AuditTrail trail;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void publicPagesMeetWcagAa() {
        WebDriver driver = chromium.driver();
        LoginPage login = LoginPage.open(driver, base());
        Wcag.assertMeetsAa(driver, "sign-in page");
        login.signInExpectingError("nobody-at-all", "wrong password");
        Wcag.assertMeetsAa(driver, "sign-in page with an error");
    }

    @Test
    void signedInPagesMeetWcagAa() {
        var user = fixtures.enrolledUserAt("Northfield Police", Role.SYSTEM_ADMIN, Role.HUB_COORDINATOR,
                Role.PRACTITIONER);
        WebDriver driver = chromium.driver();
        LoginPage.open(driver, base()).signIn(user.username(), user.password()).enterCode(user.code(0));

        for (String path : List.of("/", "/account", "/referrals/new", "/people/new", "/triage", "/admin/users",
                "/admin/agencies", "/admin/partnership", "/admin/partnership/areas/new", "/workforce/training", "/workforce/training/new", "/workforce/quality-mark", "/workforce/quality-mark/register", "/workforce/quality-mark/applications/new", "/workforce/ambassadors", "/workforce/ambassadors/new", "/audit", "/directory/manage", "/directory/manage/new", "/strategy/bvpi225",
                "/strategy/bvpi225/new", "/strategy/bvpi225/history", bvpi225Period() + "/answers",
                bvpi225Period(), "/partnership/groups", "/partnership/groups/new", groupPage(""),
                groupPage("/meetings/new"), groupPage("/attendance"), groupPage("/members/new"), meetingPage(),
                "/search?q=Smith", "/search?q=NF1+2AB", "/referrals", "/referrals?state=DECIDED&from.day=31&from.month=2&from.year=2026",
                "/sections/people", "/sections/administration", manyRecords(), manyRecords())) {
            driver.get(base() + path);
            Wcag.assertMeetsAa(driver, path);
        }
        driver.get(base() + "/referrals/new");
        Page.submit(driver);
        errorSummaryShown(driver);
        Wcag.assertMeetsAa(driver, "referral form with errors");
        driver.get(base() + "/directory/manage/new");
        Page.submit(driver);
        errorSummaryShown(driver);
        Wcag.assertMeetsAa(driver, "service form with errors");
        driver.get(base() + "/strategy/bvpi225/new");
        driver.findElement(By.id("period")).clear();
        Page.submit(driver);
        errorSummaryShown(driver);
        Wcag.assertMeetsAa(driver, "BVPI 225 period form with errors");
        driver.get(base() + groupPage("/meetings/new"));
        Page.submit(driver);
        errorSummaryShown(driver);
        Wcag.assertMeetsAa(driver, "meeting form with errors");
    }

    /** The page the submit led to shows its error summary (waited for: the click returns before the page loads). */
    private static void errorSummaryShown(WebDriver driver) {
        assertThat(Page.waiting(driver, Duration.ofSeconds(15)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary")))).isNotNull();
    }

    private String period;

    /** A draft BVPI 225 period's summary page, started once for this test. */
    private String bvpi225Period() {
        if (period == null) {
            period = Bvpi225Periods.next();
            int year = Integer.parseInt(period.substring(0, 4));
            bvpi225.start(period, LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31));
        }
        return "/strategy/bvpi225/" + period.replace('/', '-');
    }

    private org.hearth.partnership.PartnershipGroup group;

    /** A page of a board with a forum reporting to it, a representative and a meeting, made once for this test. */
    private String groupPage(String suffix) {
        if (group == null) {
            var police = fixtures.agency("Northfield Police");
            var board = structures.create(new org.hearth.partnership.GroupDetails(
                    org.hearth.support.Fixtures.uniqueName("Board "), org.hearth.partnership.GroupKind.STRATEGIC_BOARD,
                    null, "Chair", org.hearth.partnership.TermsOfReference.none(), java.util.List.of(police.id()), true));
            group = structures.create(new org.hearth.partnership.GroupDetails(
                    org.hearth.support.Fixtures.uniqueName("Forum "), org.hearth.partnership.GroupKind.FORUM,
                    board.id(), "Chair", new org.hearth.partnership.TermsOfReference("Practice", "Remit", "Quarterly",
                            "Three", LocalDate.of(2030, 1, 1)), java.util.List.of(police.id()), true));
            var rep = structures.addMember(group.id(), "Avery Example", "Inspector", police.id());
            structures.recordMeeting(group.id(), new org.hearth.partnership.MeetingDetails(structures.today(),
                    "Welcome.\n\nFigures.", "Action: figures.",
                    java.util.Map.of(police.id(), org.hearth.partnership.Presence.ATTENDED),
                    java.util.Map.of(rep.id(), org.hearth.partnership.Presence.APOLOGIES)));
        }
        return "/partnership/groups/" + group.id() + suffix;
    }

    private String auditEntry;

    /**
     * First the audit trail's results with an entry naming 60 records ("and 57 more records"), then that entry's own
     * page of them, 50 to a page with pagination.
     */
    private String manyRecords() {
        if (auditEntry == null) {
            String type = "a11y-" + java.util.UUID.randomUUID().toString().substring(0, 8);
            trail.record(org.hearth.audit.AuditAction.READ, type, java.util.stream.IntStream.range(0, 60)
                    .mapToObj(i -> java.util.UUID.randomUUID().toString()).toList(), null);
            auditEntry = "/audit/entries/" + jdbc.sql("SELECT id FROM audit_event WHERE record_type = ?").param(type)
                    .query(Long.class).single();
            return "/audit?recordType=" + type;
        }
        return auditEntry;
    }

    private String meetingPage() {
        String page = groupPage("");
        return page + "/meetings/" + structures.meetings(group.id()).get(0).id();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
