package org.hearth.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hearth.access.Role;
import org.hearth.admin.Forms;
import org.hearth.audit.AuditQuery;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.Area;
import org.hearth.partnership.Partnerships;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Coordinators keep the directory up to date at /directory/manage: validated forms (400 and an error summary),
 * POST/redirect/GET with a success banner, audited changes, and the review reminder at its boundaries.
 */
@HearthIntegrationTest
class DirectoryManagementTest {

    @LocalServerPort
    int port;
    @Autowired
    ServiceDirectory directory;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditTrail audit;

    DirectoryTestData data;
    Area area;
    WebSession coordinator;

    @BeforeEach
    void signIn() {
        data = new DirectoryTestData(directory, partnerships, fixtures);
        area = data.area("Area");
        coordinator = new WebSession(port);
        coordinator.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
    }

    @Test
    void aCoordinatorAddsAServiceAndItIsPublishedAndAudited() {
        Page form = coordinator.get("/directory/manage/new");
        assertThat(form.status()).isEqualTo(200);
        LocalDate today = directory.today();
        Page saved = Forms.post(coordinator, form, "/directory/manage", "name", "Juniper Outreach " + data.tag,
                "providerName", "Juniper Trust", "kind", "OUTREACH", "areas", area.id().toString(), "needs", "WOMEN",
                "needs", "OLDER_PEOPLE", "languages", "english, Polish", "openingTimes", "Mondays 9am to 5pm",
                "phone", "0306 999 0500", "email", "help@juniper.example.org", "website", "https://juniper.example.org",
                "walkInAddress", "1 Example Street, Northfield", "lastReviewed.day", String.valueOf(today.getDayOfMonth()),
                "lastReviewed.month", String.valueOf(today.getMonthValue()), "lastReviewed.year",
                String.valueOf(today.getYear()), "published", "true", "_published", "on");
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).endsWith("/directory/manage");
        Page list = coordinator.get("/directory/manage");
        assertThat(Forms.successBanner(list)).contains("Juniper Outreach " + data.tag + " has been added");

        ListedService service = directory.search(new DirectoryQuery(data.tag, null, null, null)).get(0);
        assertThat(service.languages()).containsExactly("English", "Polish");
        assertThat(service.needs()).containsExactlyInAnyOrder(Need.WOMEN, Need.OLDER_PEOPLE);
        assertThat(service.areas()).containsExactly(area.id());
        assertThat(audit.search(new AuditQuery(null, null, "service", service.id().toString(), null, null), 0, 10))
                .hasSize(1);
        assertThat(new WebSession(port).get("/directory/" + service.id()).status()).isEqualTo(200);
    }

    @Test
    void invalidAnswersAreA400WithAnErrorSummaryInFormOrder() {
        Page form = coordinator.get("/directory/manage/new");
        Page page = Forms.post(coordinator, form, "/directory/manage", "name", "", "kind", "", "website",
                "javascript:alert(1)", "lastReviewed.day", "31", "lastReviewed.month", "2", "lastReviewed.year", "2025");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().title()).startsWith("Error: ");
        assertThat(page.html().select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#name",
                "#providerAgency", "#kind", "#areas", "#website", "#lastReviewed");
        assertThat(page.html().select("#name-error").text()).contains("Enter the service's name");
        assertThat(page.html().select("#website-error").text()).contains("starting https://");
    }

    @Test
    void aRefugeCannotBeGivenAnAddressOrAnythingButAPhoneNumber() {
        Page form = coordinator.get("/directory/manage/new");
        Page page = Forms.post(coordinator, form, "/directory/manage", "name", "Secret Refuge " + data.tag,
                "providerName", "Refuge Trust", "kind", "REFUGE", "areas", "ALL", "email", "r@example.org",
                "walkInAddress", "1 Hidden Road", "lastReviewed.day", "1", "lastReviewed.month", "1",
                "lastReviewed.year", "2026");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.errorSummary()).contains("Enter the refuge's phone number", "remove the email address",
                "Never give a refuge's address", "Enter the number of refuge places");
        assertThat(directory.search(new DirectoryQuery(data.tag, null, null, null))).isEmpty();
    }

    @Test
    void malformedInputIsA4xxNeverA500() {
        Page form = coordinator.get("/directory/manage/new");
        Page page = Forms.post(coordinator, form, "/directory/manage", "name", "X", "providerAgency", "not-a-uuid",
                "kind", "BOGUS", "areas", "garbage", "needs", "ALIENS", "refugePlaces", "many", "published", "banana",
                "lastReviewed.day", "x", "lastReviewed.month", "y", "lastReviewed.year", "z");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.errorSummary()).isNotNull();
        assertThat(coordinator.get("/directory/manage/not-an-id/edit").status()).isEqualTo(400);
        assertThat(coordinator.get("/directory/manage/" + java.util.UUID.randomUUID() + "/edit").status()).isEqualTo(404);
        Page list = coordinator.get("/directory/manage");
        assertThat(Forms.post(coordinator, list, "/directory/manage/" + java.util.UUID.randomUUID() + "/reviewed").status())
                .isEqualTo(404);
    }

    @Test
    void reviewIsDueAfter21MonthsAndOverdueAfterTwoYears() {
        LocalDate today = directory.today();
        ReviewSummary before = directory.reviewSummary(today);
        ListedService current = data.add("Current", ServiceKind.OUTREACH, Set.of(), Set.of(), List.of(),
                today.minusMonths(21), true);
        ListedService justDue = data.add("Just due", ServiceKind.OUTREACH, Set.of(), Set.of(), List.of(),
                today.minusMonths(21).minusDays(1), true);
        ListedService stillDue = data.add("Still due", ServiceKind.OUTREACH, Set.of(), Set.of(), List.of(),
                today.minusYears(2), true);
        ListedService overdue = data.add("Overdue", ServiceKind.OUTREACH, Set.of(), Set.of(), List.of(),
                today.minusYears(2).minusDays(1), true);

        assertThat(current.reviewStatus(today)).isEqualTo(ReviewStatus.CURRENT);
        assertThat(justDue.reviewStatus(today)).isEqualTo(ReviewStatus.DUE);
        assertThat(stillDue.reviewStatus(today)).isEqualTo(ReviewStatus.DUE);
        assertThat(overdue.reviewStatus(today)).isEqualTo(ReviewStatus.OVERDUE);

        ReviewSummary after = directory.reviewSummary(today);
        assertThat(after.published()).isEqualTo(before.published() + 4);
        assertThat(after.reviewDue()).isEqualTo(before.reviewDue() + 2);
        assertThat(after.overdue()).isEqualTo(before.overdue() + 1);
        assertThat(after.reviewedWithinTwoYears()).isEqualTo(before.reviewedWithinTwoYears() + 3);
        assertThat(after.oldestReview()).get().matches(d -> !d.isAfter(today.minusYears(2).minusDays(1)));
        assertThat(after.shareReviewedWithinTwoYears()).isLessThan(1.0);

        Page list = coordinator.get("/directory/manage");
        assertThat(status(list, current)).isEqualTo("Reviewed");
        assertThat(status(list, justDue)).isEqualTo("Review due");
        assertThat(status(list, stillDue)).isEqualTo("Review due");
        assertThat(status(list, overdue)).isEqualTo("Overdue");
        // the entries needing the coordinator come first: overdue, then due (oldest review first), then the rest
        List<String> order = list.html().select("#services tbody tr").eachAttr("data-service-id");
        assertThat(order.indexOf(overdue.id().toString())).isLessThan(order.indexOf(stillDue.id().toString()));
        assertThat(order.indexOf(stillDue.id().toString())).isLessThan(order.indexOf(justDue.id().toString()));
        assertThat(order.indexOf(justDue.id().toString())).isLessThan(order.indexOf(current.id().toString()));
        assertThat(list.html().select("#services tbody tr").first().select(".review-status").text())
                .isEqualTo("Overdue");
        assertThat(list.html().select("#count-overdue").text()).isEqualTo(String.valueOf(after.overdue()));
        assertThat(list.html().select("#count-due").text()).isEqualTo(String.valueOf(after.reviewDue()));

        Page marked = Forms.post(coordinator, list, "/directory/manage/" + overdue.id() + "/reviewed");
        assertThat(marked.status()).isEqualTo(303);
        Page again = coordinator.get("/directory/manage");
        assertThat(Forms.successBanner(again)).contains("marked as reviewed");
        assertThat(status(again, overdue)).isEqualTo("Reviewed");
        assertThat(directory.find(overdue.id()).orElseThrow().lastReviewed()).isEqualTo(today);
    }

    @Test
    void unpublishingTakesAServiceOutOfThePublicDirectory() {
        ListedService service = data.add("Going", Set.of(), Set.of(), List.of());
        Page list = coordinator.get("/directory/manage");
        // the list links to a question, never straight to the change
        String link = "/directory/manage/" + service.id() + "/unpublish";
        assertThat(list.html().select("form[action$=" + link + "]")).isEmpty();
        assertThat(list.html().select("a[href$=" + link + "]")).hasSize(1);
        Page question = coordinator.get(link);
        assertThat(question.status()).isEqualTo(200);
        assertThat(question.html().select("h1").text()).isEqualTo("Unpublish " + service.name() + "?");
        assertThat(question.html().select("form[method=post][action$=" + link + "] button").text()).isEqualTo("Unpublish");
        assertThat(directory.find(service.id()).orElseThrow().published()).as("asking changes nothing").isTrue();
        assertThat(Forms.post(coordinator, question, link).status()).isEqualTo(303);
        assertThat(Forms.successBanner(coordinator.get("/directory/manage"))).contains("removed from the public directory");
        assertThat(new WebSession(port).get("/directory/" + service.id()).status()).isEqualTo(404);
        assertThat(audit.search(new AuditQuery(null, null, "service", service.id().toString(), null, null), 0, 10))
                .hasSize(2);
    }

    @Test
    void anEditKeepsTheFormsAnswers() {
        ListedService service = data.add("Editable", Set.of(area.id()), Set.of(Need.MEN), List.of("Urdu"));
        Page form = coordinator.get("/directory/manage/" + service.id() + "/edit");
        assertThat(form.html().select("#name").val()).isEqualTo(service.name());
        assertThat(form.html().select("input[name=areas][checked]").val()).isEqualTo(area.id().toString());
        assertThat(form.html().select("input[name=needs][checked]").val()).isEqualTo("MEN");
        Page saved = Forms.post(coordinator, form, "/directory/manage/" + service.id() + "/edit", "name",
                "Edited " + data.tag, "providerName", "Test Provider", "kind", "HELPLINE", "areas", "ALL",
                "phone", "0306 999 0501", "lastReviewed.day", "1", "lastReviewed.month", "1", "lastReviewed.year",
                "2026", "_published", "on");
        assertThat(saved.status()).isEqualTo(303);
        ListedService edited = directory.find(service.id()).orElseThrow();
        assertThat(edited.name()).isEqualTo("Edited " + data.tag);
        assertThat(edited.allAreas()).isTrue();
        assertThat(edited.published()).isFalse();
    }

    @Test
    void practitionersAndAnalystsCannotManageTheDirectory() {
        ListedService service = data.add("Guarded", Set.of(), Set.of(), List.of());
        for (Role role : List.of(Role.PRACTITIONER, Role.ANALYST, Role.HUB_COORDINATOR)) {
            WebSession web = new WebSession(port);
            Page home = web.signIn(fixtures.enrolledUser(role));
            assertThat(web.get("/directory/manage").status()).as(role.name()).isEqualTo(403);
            assertThat(web.get("/directory/manage/new").status()).as(role.name()).isEqualTo(403);
            assertThat(web.get("/directory/manage/" + service.id() + "/unpublish").status()).as(role.name())
                    .isEqualTo(403);
            assertThat(Forms.post(web, home, "/directory/manage/" + service.id() + "/unpublish").status())
                    .as(role.name()).isEqualTo(403);
        }
        assertThat(directory.find(service.id()).orElseThrow().published()).isTrue();
        WebSession admin = new WebSession(port);
        admin.signIn(fixtures.enrolledUser(Role.SYSTEM_ADMIN));
        assertThat(admin.get("/directory/manage").status()).isEqualTo(200);
        assertThat(new WebSession(port).get("/directory/manage").status()).as("anonymous").isEqualTo(302);
    }

    private static String status(Page list, ListedService service) {
        return list.html().select("tr[data-service-id=" + service.id() + "] .review-status").text();
    }
}
