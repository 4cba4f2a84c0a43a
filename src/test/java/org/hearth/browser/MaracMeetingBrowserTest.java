package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.marac.Agendas;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracDetails;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.MaracReferrals;
import org.hearth.marac.Maracs;
import org.hearth.marac.Meeting;
import org.hearth.marac.Member;
import org.hearth.marac.NewMaracReferral;
import org.hearth.marac.ReferralSource;
import org.hearth.marac.Schedule;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.referrals.Consent;
import org.hearth.risk.MaracCriterion.Kind;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A MARAC from agenda to action in a real browser (issue 12, "Done when"): the coordinator publishes the agenda, an
 * agency's representative returns research, the chair holds the meeting and records two actions, the minutes are
 * issued (the representative's PDF is marked OFFICIAL-SENSITIVE and stamped with their agency), and the
 * representative completes an action; the insights dashboard's MARAC figures for the MARAC's area change (read before
 * the agenda is published, and after).
 */
@HearthIntegrationTest
class MaracMeetingBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Maracs maracs;
    @Autowired
    MaracReferrals referrals;
    @Autowired
    Agendas agendas;

    private static <T> T as(StaffUser u, java.util.function.Supplier<T> action) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void signIn(WebDriver driver, TestUser user) {
        driver.manage().deleteAllCookies();
        LoginPage.open(driver, base()).signIn(user.username(), user.password()).enterCode(user.code(0));
    }

    @Test
    void fromPublishedAgendaToACompletedAction() throws Exception {
        TestUser coordinator = fixtures.enrolledUserAt("Marac Hub", Role.HUB_COORDINATOR);
        TestUser chair = fixtures.enrolledUserAt(Fixtures.uniqueName("Browser Chair Police"), Role.PRACTITIONER);
        String agency = Fixtures.uniqueName("Browser Housing");
        TestUser rep = fixtures.enrolledUserAt(agency, Role.AGENCY_REPRESENTATIVE);
        var area = partnerships.addArea(Fixtures.uniqueName("Marac Browser Area"), 50000).id();
        Marac marac = as(coordinator.user(), () -> maracs.create(new MaracDetails(Fixtures.uniqueName("Browser MARAC"),
                List.of(area), Schedule.FORTNIGHTLY, chair.user().id(), coordinator.user().id(), 20,
                List.of(new Member(rep.user().agency(), rep.user().id(), null)))));
        UUID victim = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Bea', ?, ?)")
                .params(victim, Fixtures.uniqueName("Browser"), UUID.randomUUID()).update();
        MaracReferral referral = as(coordinator.user(), () -> referrals.refer(new NewMaracReferral(new PersonId(victim),
                List.of(), marac.id(), Set.of(Kind.PROFESSIONAL_JUDGEMENT), "Escalating stalking", Consent.GIVEN, null,
                null), ReferralSource.PERSON_PAGE));
        LocalDate today = LocalDate.now(Dates.UK);
        Meeting meeting = as(coordinator.user(), () -> agendas.addMeeting(marac.id(), today));
        String date = Dates.day(today);
        WebDriver driver = chromium.driver();

        // the dashboard's MARAC figures for the area before: no case discussed, no meeting attended
        signIn(driver, coordinator);
        Set<Cookie> hubCookies = driver.manage().getCookies();
        InsightsDashboardPage before = InsightsDashboardPage.open(driver, base(), "area=" + area.value());
        String discussedBefore = before.figure("marac");
        String attendanceBefore = before.figure("marac-attendance");
        assertThat(discussedBefore).isEqualTo("0");
        assertThat(attendanceBefore).isEqualTo("–");

        // the coordinator publishes the agenda
        MaracScreen agenda = MaracScreen.open(driver, base() + "/marac/meetings/" + meeting.id(),
                "Agenda: " + marac.name() + ", " + org.hearth.platform.Dates.DAY.format(today));
        agenda = agenda.submit("publish-form", "Agenda: " + marac.name() + ", "
                + org.hearth.platform.Dates.DAY.format(today));
        assertThat(agenda.main()).contains("The agenda is published");

        // the agency's representative returns research
        signIn(driver, rep);
        Set<Cookie> repCookies = driver.manage().getCookies();
        MaracScreen research = MaracScreen.open(driver, base() + "/marac/research", "MARAC research")
                .follow(referral.reference(), "Research on " + referral.reference());
        research = research.type("victimFacts", "Rent arrears since the separation; two repairs calls at night")
                .submit("research-form", "MARAC research");
        assertThat(research.main()).contains("returned");

        // the chair holds the meeting: attendance, two actions, minutes, close, held, minutes issued
        signIn(driver, chair);
        String runTitle = "Meeting: " + marac.name() + ", " + date;
        MaracScreen run = MaracScreen.open(driver, base() + "/marac/meetings/" + meeting.id() + "/run", runTitle);
        run = run.choose("attendance", "Present").submit("attendance", runTitle);
        String caseTitle = "Case " + referral.reference() + " at the meeting on " + date;
        MaracScreen c = run.follow(referral.reference(), caseTitle);
        assertThat(c.main()).contains("Rent arrears since the separation").contains("Safe contact");
        c = c.choose("action-form", "The victim").type("description", "Move to a safe tenancy on the priority list")
                .type("risk", "The perpetrator knows the address").select("owner", agency).date("dueOn", today.plusDays(14))
                .submit("action-form", caseTitle);
        c = c.choose("action-form", "The children").type("description", "Tell the children's schools")
                .type("risk", "Children collected from school by the perpetrator").select("owner", agency)
                .date("dueOn", today.plusDays(7)).submit("action-form", caseTitle);
        assertThat(c.main()).contains("Move to a safe tenancy").contains("Tell the children's schools");
        chromium.screenshot("marac-case");
        run = c.type("idvaUpdate", "Bea wants to stay in the area").type("minutes", "Stalking escalating; two actions")
                .choose("notes-form", "The discussion is finished: close the case at this meeting")
                .submit("notes-form", runTitle);
        assertThat(run.main()).contains("Discussed and closed");
        run = run.submit("mark-held", runTitle).submit("issue", runTitle);
        assertThat(run.main()).contains("have been issued");

        // the representative downloads their agency's minutes and completes an action
        driver.manage().deleteAllCookies();
        driver.get(base() + "/login");
        repCookies.forEach(k -> driver.manage().addCookie(k));
        MaracScreen actions = MaracScreen.open(driver, base() + "/marac/actions", "MARAC actions");
        String pdfHref = actions.href(marac.name() + ", " + date + " (for " + agency + ", PDF)");
        String session = repCookies.stream().map(k -> k.getName() + "=" + k.getValue())
                .reduce((x, y) -> x + "; " + y).orElseThrow();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + pdfHref))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("OFFICIAL-SENSITIVE").contains("Issued to: " + agency)
                    .contains("Move to a safe tenancy").doesNotContain("Rent arrears");
        }
        MaracScreen action = actions.follow(referral.reference(), "MARAC action on " + referral.reference());
        action = action.type("note", "Tenancy offered and accepted").type("evidence", "Offer letter 2291")
                .choose("progress-form", "The action is complete")
                .submit("progress-form", "MARAC action on " + referral.reference());
        assertThat(action.main()).contains("Done").contains("Tenancy offered and accepted");
        chromium.screenshot("marac-action-done");

        // after the meeting the dashboard's MARAC figures for the area have changed: one case discussed (fewer than 5:
        // suppressed), and the member agency's attendance (1 of 1: hidden, as derived from small counts)
        driver.manage().deleteAllCookies();
        driver.get(base() + "/login");
        hubCookies.forEach(k -> driver.manage().addCookie(k));
        InsightsDashboardPage after = InsightsDashboardPage.open(driver, base(), "area=" + area.value());
        assertThat(after.figure("marac")).isEqualTo("<5").isNotEqualTo(discussedBefore);
        assertThat(after.figure("marac-attendance")).isEqualTo("[c]").isNotEqualTo(attendanceBefore);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
