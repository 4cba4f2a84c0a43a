package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.casework.Case;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.casework.CaseOutcomes;
import org.hearth.casework.CaseService;
import org.hearth.casework.CaseServices;
import org.hearth.casework.CaseSource;
import org.hearth.casework.Casework;
import org.hearth.casework.OutcomeAnswer;
import org.hearth.casework.OutcomeStage;
import org.hearth.casework.RiskLevel;
import org.hearth.casework.ServiceKind;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An IDVA case from the allocation queue to closure in a real browser (issue 14): the service manager allocates a
 * waiting case to a worker; the worker sees the person's safe-contact rules above the contact form, logs an
 * attempt, writes a safety plan, records a DVPO from the person's page (its 48-hour hearing clock met, the order on
 * the person's list of orders), records the exit outcomes and closes the case; the closed case is then read-only
 * (no form on the case, its safety plan or its outcomes); and the partnership coordinator's casework figures,
 * reached from the insights dashboard, count one more case closed with exit outcomes than before.
 */
@HearthIntegrationTest
class CaseworkBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseServices services;
    @Autowired
    Casework casework;
    @Autowired
    CaseOutcomes outcomesOf;

    /** Cases closed beforehand with exit outcomes, so the suppressed figures show numbers ("<5" is not one). */
    private static final int CLOSED_BEFORE = 5;

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

    /**
     * Each user's signed-in session cookies. A code is accepted once (replay), so signing the same user in again
     * within its 30-second step would wait for the next step: a user met again gets their session back instead
     * (still signed in, as in a second browser tab), and the header must name them.
     */
    private final Map<String, java.util.Set<org.openqa.selenium.Cookie>> sessions = new java.util.HashMap<>();

    private void signIn(WebDriver driver, TestUser user) {
        driver.manage().deleteAllCookies();
        java.util.Set<org.openqa.selenium.Cookie> session = sessions.get(user.username());
        if (session == null) {
            LoginPage.open(driver, base()).signIn(user.username(), user.password()).enterCode(user.code(0));
            sessions.put(user.username(), java.util.Set.copyOf(driver.manage().getCookies()));
        } else {
            driver.get(base() + "/directory"); // a page of the site without a session, to set its cookies on
            for (org.openqa.selenium.Cookie c : session) { // as set by the site (no domain: this host's)
                driver.manage().addCookie(new org.openqa.selenium.Cookie.Builder(c.getName(), c.getValue())
                        .path(c.getPath()).isHttpOnly(c.isHttpOnly()).isSecure(c.isSecure()).sameSite(c.getSameSite())
                        .build());
            }
            driver.get(base() + "/");
        }
        assertThat(new HomePage(driver).signedInName()).as("signed in as").isEqualTo(user.user().displayName());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aWaitingCaseIsAllocatedContactedPlannedAndClosedWithExitOutcomes() {
        String agency = Fixtures.uniqueName("Browser IDVA");
        TestUser manager = fixtures.enrolledUserAt(agency, Role.PRACTITIONER);
        TestUser worker = fixtures.enrolledUserAt(agency, Role.PRACTITIONER);
        TestUser referrer = fixtures.enrolledUserAt(Fixtures.uniqueName("Browser Referrer"), Role.PRACTITIONER);
        TestUser coordinator = fixtures.enrolledUserAt(Fixtures.uniqueName("Browser Partnership"),
                Role.PARTNERSHIP_COORDINATOR);
        CaseService service = as(fixtures.enrolledUser(Role.SYSTEM_ADMIN).user(), () -> {
            CaseService s = services.create(fixtures.agency(agency).id(), null, ServiceKind.IDVA,
                    Fixtures.uniqueName("Browser IDVA service "), 2, 60, 80);
            services.setWorker(s.id(), manager.user().id(), BigDecimal.ONE, true);
            services.setWorker(s.id(), worker.user().id(), BigDecimal.ONE, false);
            return s;
        });
        closedWithExitOutcomes(service, referrer, manager, worker, CLOSED_BEFORE);
        UUID person = UUID.randomUUID();
        String family = Fixtures.uniqueName("Browser");
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Ash', ?, ?)")
                .params(person, family, UUID.randomUUID()).update();
        fixtures.grant(person, referrer.user().agency().value(), "RECORDED");
        // the person causing harm, on her record as her ex-partner (an order names him from there)
        UUID subject = UUID.randomUUID();
        String subjectFamily = Fixtures.uniqueName("Browserex");
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Rory', ?, ?)")
                .params(subject, subjectFamily, UUID.randomUUID()).update();
        jdbc.sql("INSERT INTO person_relationship (person_id, related_id, kind) VALUES (?, ?, 'EX_PARTNER')")
                .params(person, subject).update();
        jdbc.sql("INSERT INTO safe_contact (person_id, call_ok, text_ok, updated_by) VALUES (?, false, true, ?)")
                .params(person, UUID.randomUUID()).update();
        Case waiting = as(referrer.user(), () -> casework.refer(new PersonId(person), service.id(),
                "High risk after a strangulation", CaseSource.PERSON_PAGE));
        String ref = waiting.reference();
        String caseUrl = base() + "/casework/cases/" + waiting.id();
        LocalDate today = LocalDate.now(Dates.UK);
        WebDriver driver = chromium.driver();

        // the service manager allocates the waiting case from the queue
        signIn(driver, manager);
        CaseScreen servicePage = CaseScreen.open(driver, base() + "/casework/services/" + service.id(), service.name());
        assertThat(servicePage.main()).contains(ref);
        servicePage = servicePage.select("/allocate", "worker", worker.user().displayName())
                .submit("/allocate", service.name());
        assertThat(servicePage.main()).contains(ref + " allocated to " + worker.user().displayName())
                .contains("No cases are waiting for allocation");
        assertThat(driver.findElements(org.openqa.selenium.By.id("queue"))).as("the queue is empty").isEmpty();

        // the worker: the safe-contact rules come before the contact form; a text is logged
        signIn(driver, worker);
        CaseScreen c = CaseScreen.open(driver, base() + "/casework/my-cases", "My cases").follow(ref, ref);
        assertThat(c.main()).contains("Check these before you plan any contact");
        assertThat(c.before("#safe-contact-rules", "main form[action$='/contacts']"))
                .as("the safe-contact rules show before the contact form").isTrue();
        String rules = driver.findElement(org.openqa.selenium.By.id("safe-contact-rules")).getText();
        assertThat(rules).contains("Phone call Not safe").contains("Text message Safe");
        c = c.date("/contacts", "attemptedOn", today)
                .select("/contacts", "method", "Text message").select("/contacts", "outcome", "Spoke to them")
                .type("/contacts", "notes", "Agreed a safe time to call back").submit("/contacts", ref);
        String attempts = driver.findElement(org.openqa.selenium.By.id("contact-attempts")).getText();
        assertThat(attempts).contains("Text message").contains("Spoke to them").doesNotContain("Unsafe channel");

        // a safety plan
        CaseScreen plan = c.follow("Safety plan (none yet)", "Safety plan");
        c = plan.type("/safety-plan", "safeContacts", "Her sister, on the number in the safe-contact notes")
                .type("/safety-plan", "escapePlan", "Out through the back garden to the neighbour at number 12")
                .type("/safety-plan", "codeWord", "Blue umbrella").submit("/safety-plan", ref);
        assertThat(c.main()).contains("Safety plan saved as version 1").contains("Safety plan (version 1)");

        // a DVPO from her page: the DVPN given two days ago at 18:00, the order heard and made the next evening
        // (within the 48 hours, whatever the day), for 14 days
        LocalDate noticed = today.minusDays(2);
        LocalDate made = today.minusDays(1);
        CaseScreen herOrders = CaseScreen.open(driver, base() + "/people/" + person, "Ash " + family)
                .follow("Protective orders", "Protective orders");
        assertThat(herOrders.main()).contains("No protective orders are recorded for this person");
        CaseScreen order = herOrders.follow("Record an order", "Record a protective order")
                .select("/orders", "type", "Domestic violence protection order")
                .choose("/orders", "role", "PROTECTED")
                .select("/orders", "other", "Rory " + subjectFamily + " (Ex-partner)")
                .choose("/orders", "applicant", "POLICE")
                .date("/orders", "noticeAt", noticed).type("/orders", "noticeAtTime", "18:00")
                .date("/orders", "hearingAt", made).type("/orders", "hearingAtTime", "17:00")
                .date("/orders", "madeAt", made).type("/orders", "madeAtTime", "17:30")
                .date("/orders", "startsOn", made).date("/orders", "endsOn", made.plusDays(13))
                .type("/orders", "conditions", "Not to contact her or come within 100 metres of her home")
                .submitToPrefix("/orders", "DVPO ");
        String orderReference = order.title().substring("DVPO ".length(), order.title().indexOf(" – Hearth"));
        assertThat(order.main()).contains("DVPO recorded: " + orderReference);
        assertThat(order.text("#order-summary")).contains("Domestic violence protection order")
                .contains("Not to contact her").contains(Dates.DAY.format(made.plusDays(13)) + " (14 days)");
        assertThat(order.text("#clocks")).contains("Hearing within 48 hours of the notice").contains("Met");
        CaseScreen list = order.follow("Back to the orders", "Protective orders");
        assertThat(list.row("", orderReference)).as("the order on her list")
                .contains("DVPO", "Protects this person", Dates.DAY.format(made.plusDays(13)));

        // the partnership's casework figures before the case closes, from the insights dashboard
        signIn(driver, coordinator);
        int[] before = closedFigures(driver, service.name());
        signIn(driver, worker);
        c = CaseScreen.open(driver, caseUrl, ref);

        // closing without exit outcomes is refused, nothing closed
        CaseScreen close = c.follow("Close the case", "Close the case");
        close = close.select("/close", "reason", "Risk reduced").submit("/close", "Close the case");
        assertThat(close.main()).contains("Record the exit outcomes before closing the case");
        assertThat(status(waiting)).isEqualTo("OPEN");

        // exit outcomes
        CaseScreen outcomes = CaseScreen.open(driver, caseUrl + "/outcomes", "Outcomes")
                .choose("/outcomes", "stage", "EXIT").choose("/outcomes", "risk", "STANDARD")
                .choose("/outcomes", "answer-PHYSICAL", "STOPPED").choose("/outcomes", "answer-SEXUAL", "NOT_PRESENT")
                .choose("/outcomes", "answer-HARASSMENT_STALKING", "REDUCED")
                .choose("/outcomes", "answer-JEALOUS_CONTROLLING", "REDUCED")
                .choose("/outcomes", "answer-FEELS_SAFER", "YES").choose("/outcomes", "answer-QUALITY_OF_LIFE", "PARTLY");
        c = outcomes.submit("/outcomes", ref);
        assertThat(CaseScreen.open(driver, caseUrl + "/outcomes", "Outcomes").main()).contains("Exit")
                .contains("Stopped").contains("Partly");

        // the case is closed
        c = CaseScreen.open(driver, caseUrl + "/close", "Close the case").select("/close", "reason", "Risk reduced")
                .type("/close", "note", "Moved to a safe tenancy; plan in place").submit("/close", ref);
        assertThat(status(waiting)).isEqualTo("CLOSED");
        chromium.screenshot("casework-closed");

        // and read-only: no form on the case, its safety plan or its outcomes
        assertThat(c.main()).contains("Reopen the case").doesNotContain("Record a contact attempt");
        assertThat(c.formActions()).as("forms on the closed case").isEmpty();
        CaseScreen closedPlan = c.follow("Safety plan (version 1)", "Safety plan");
        assertThat(closedPlan.main()).contains("Blue umbrella");
        assertThat(closedPlan.buttons()).as("buttons on the closed case's safety plan").isEmpty();
        assertThat(CaseScreen.open(driver, caseUrl + "/outcomes", "Outcomes").buttons())
                .as("buttons on the closed case's outcomes").isEmpty();
        assertThat(CaseScreen.open(driver, caseUrl + "/close", "Close the case").buttons())
                .as("the worker (not a manager) cannot reopen it").isEmpty();

        // the coordinator's figures count the case: one more closed in the period, one more with exit outcomes
        signIn(driver, coordinator);
        int[] after = closedFigures(driver, service.name());
        assertThat(before[0]).as("closed before, shown as a number").isGreaterThanOrEqualTo(CLOSED_BEFORE);
        assertThat(after[0]).as("closed in the period").isEqualTo(before[0] + 1);
        assertThat(after[1]).as("closed with exit outcomes").isEqualTo(before[1] + 1);
        chromium.screenshot("casework-figures-after");
    }

    /**
     * The coordinator's casework figures for the service, reached from the insights dashboard's link: the cases
     * closed in the period and those with exit outcomes, read from the "Outcomes at exit" table as numbers.
     */
    private int[] closedFigures(WebDriver driver, String serviceName) {
        InsightsDashboardPage.open(driver, base(), "");
        CaseScreen figures = new CaseScreen(driver, InsightsDashboardPage.TITLE)
                .follow("Casework insights", "Casework: capacity, first contact and outcomes");
        List<String> row = figures.row("Outcomes at exit", serviceName);
        return new int[] {number(row.get(1)), number(row.get(2))};
    }

    /** The leading count of a cell ("6" or "6 (100.0%)"); fails on a suppressed one ("<5", "[c]"). */
    private static int number(String cell) {
        assertThat(cell).as("a figure shown as a number").matches("\\d+( \\(.*\\))?");
        return Integer.parseInt(cell.split(" ")[0]);
    }

    /** Cases of the service referred, allocated, given exit outcomes and closed through the module, before the journey. */
    private void closedWithExitOutcomes(CaseService service, TestUser referrer, TestUser manager, TestUser worker,
            int count) {
        Map<String, OutcomeAnswer> answers = new LinkedHashMap<>();
        for (String code : List.of("PHYSICAL", "SEXUAL", "HARASSMENT_STALKING", "JEALOUS_CONTROLLING")) {
            answers.put(code, OutcomeAnswer.REDUCED);
        }
        answers.put("FEELS_SAFER", OutcomeAnswer.PARTLY);
        answers.put("QUALITY_OF_LIFE", OutcomeAnswer.PARTLY);
        LocalDate today = LocalDate.now(Dates.UK);
        for (int i = 0; i < count; i++) {
            UUID p = UUID.randomUUID();
            jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Earlier', ?, ?)")
                    .params(p, Fixtures.uniqueName("Browser"), UUID.randomUUID()).update();
            fixtures.grant(p, referrer.user().agency().value(), "RECORDED");
            Case c = as(referrer.user(), () -> casework.refer(new PersonId(p), service.id(), "Earlier case",
                    CaseSource.PERSON_PAGE));
            as(manager.user(), () -> {
                casework.allocate(c.id(), worker.user().id());
                outcomesOf.record(c.id(), OutcomeStage.EXIT, today, RiskLevel.MEDIUM, answers, null);
                return outcomesOf.close(c.id(), "RISK_REDUCED", today, null);
            });
        }
    }

    private String status(Case c) {
        return jdbc.sql("SELECT status FROM casework_case WHERE id = ?").param(c.id().value()).query(String.class)
                .single();
    }
}
