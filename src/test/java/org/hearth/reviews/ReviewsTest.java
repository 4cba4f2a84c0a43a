package org.hearth.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.insights.Headline;
import org.hearth.insights.IndicatorSource;
import org.hearth.insights.Section;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Death reviews: a notification through the pages with the decision's clock, the decision to hold with the completion
 * clock, the panel member's REVIEW grants approved by the coordinator who opened the review (another coordinator may
 * not), an agency not on the panel seeing nothing (list, page, API, person record, My work), chronology requests and
 * returns, a recommendation refused without its owner (nothing saved), overdue recommendations listed, publication
 * only after quality assurance approval, ending the panel's access; a decision not to hold needing the day the Home
 * Office was told; and the suppressed figures.
 */
@HearthIntegrationTest
class ReviewsTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Reviews reviews;
    @Autowired
    PersonAccess access;
    @Autowired
    List<IndicatorSource> sources;
    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private WebSession as(TestUser user) {
        WebSession web = new WebSession(port);
        web.signIn(user);
        return web;
    }

    private void actAs(StaffUser user) {
        StaffPrincipal principal = new StaffPrincipal(user.id(), user.username(), user.displayName(), user.agency(),
                user.roles(), true, false, true, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    private static void date(Map<String, String> form, String field, LocalDate d) {
        form.put(field + ".day", String.valueOf(d.getDayOfMonth()));
        form.put(field + ".month", String.valueOf(d.getMonthValue()));
        form.put(field + ".year", String.valueOf(d.getYear()));
    }

    private static LocalDate today() {
        return LocalDate.now(UK);
    }

    record Setting(String csp, String police, String other, TestUser coordinator, TestUser otherCoordinator,
            TestUser member, TestUser stranger) {
    }

    private Setting setting() {
        String csp = Fixtures.uniqueName("Dardr Csp ");
        String police = Fixtures.uniqueName("Dardr Police ");
        String other = Fixtures.uniqueName("Dardr Other ");
        return new Setting(csp, police, other, fixtures.enrolledUserAt(csp, Role.PARTNERSHIP_COORDINATOR),
                fixtures.enrolledUserAt(csp, Role.PARTNERSHIP_COORDINATOR),
                fixtures.enrolledUserAt(police, Role.AGENCY_REPRESENTATIVE),
                fixtures.enrolledUserAt(other, Role.PRACTITIONER));
    }

    /** A notification through the page; returns the review's id. */
    private UUID notifyThroughPage(WebSession web, Setting s, String family, LocalDate notified) {
        web.open("/reviews/new");
        Map<String, String> form = new HashMap<>();
        form.put("pseudonym", "Adult " + family.substring(family.length() - 4));
        form.put("deceasedGivenName", "Ada");
        form.put("deceasedFamilyName", family);
        date(form, "deceasedBornOn", LocalDate.of(1980, 2, 3));
        form.put("perpetratorGivenName", "Rex");
        form.put("perpetratorFamilyName", family + "son");
        date(form, "diedOn", notified.minusDays(3));
        date(form, "notifiedOn", notified);
        form.put("notifyingAgency", fixtures.agency(s.police()).id().value().toString());
        Page saved = web.post("/reviews", form);
        assertThat(saved.status()).as(saved.errorSummary()).isEqualTo(303);
        return UUID.fromString(saved.location().replaceAll(".*/reviews/", ""));
    }

    private Review review(UUID id, TestUser as) {
        actAs(as.user());
        try {
            return reviews.find(new ReviewId(id)).orElseThrow();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Page decideToHold(WebSession web, UUID id, LocalDate on) {
        web.open("/reviews/" + id);
        Map<String, String> form = new HashMap<>();
        date(form, "decidedOn", on);
        form.put("hold", "yes");
        form.put("rationale", "The death meets the criteria: an intimate partner relationship.");
        return web.post("/reviews/" + id + "/decision", form);
    }

    @Test
    void aReviewFromNotificationToPublicationWithItsClocksPanelAndActionPlan() {
        Setting s = setting();
        WebSession coordinator = as(s.coordinator());
        String family = Fixtures.uniqueName("Deceased");
        LocalDate notified = today().minusDays(50);
        UUID id = notifyThroughPage(coordinator, s, family, notified);
        Review r = review(id, s.coordinator());
        assertThat(r.decisionDueOn()).as("the decision's clock: a month").isEqualTo(notified.plusMonths(1));
        assertThat(r.status()).isEqualTo(Review.Status.AWAITING_DECISION);
        assertThat(r.overdue(today())).isTrue();
        Page list = coordinator.get("/reviews");
        assertThat(list.html().select("#overdue").text()).contains(r.reference(), "Decision overdue by");

        // the decision to hold: the completion clock, six months
        LocalDate decided = today().minusDays(40);
        assertThat(decideToHold(coordinator, id, decided).status()).isEqualTo(303);
        r = review(id, s.coordinator());
        assertThat(r.completionDueOn()).isEqualTo(decided.plusMonths(6));
        assertThat(r.overdue(today())).isFalse();
        assertThat(coordinator.get("/reviews").html().select("#running").text()).contains(r.reference(),
                "Completion due");

        // only the coordinator who opened the review approves the panel (and its grants)
        Review opened = r;
        actAs(s.otherCoordinator().user());
        assertThatThrownBy(() -> reviews.addPanelMember(opened.id(), s.member().user().id()))
                .isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        coordinator.open("/reviews/" + id);
        Page added = coordinator.post("/reviews/" + id + "/panel",
                Map.of("member", s.member().user().id().value().toString()));
        assertThat(added.status()).as(added.errorSummary()).isEqualTo(303);
        UUID deceased = r.deceased().id().value();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM person_access_grant WHERE person_id = ? AND user_id = ? AND ground = 'REVIEW'
                  AND ended_at IS NULL AND approved_by = ?""")
                .params(deceased, s.member().user().id().value(), s.coordinator().user().id().value())
                .query(Long.class).single()).as("the member's grant, approved by the opener").isEqualTo(1);

        // the panel member sees the review and the deceased's record; an agency not on the panel sees nothing
        WebSession member = as(s.member());
        assertThat(member.get("/reviews/" + id).status()).isEqualTo(200);
        // "View the record" only for a reader who may read it: the member (a grant), not the coordinator (no ground)
        String recordLink = "a[href=/people/" + deceased + "]";
        assertThat(member.get("/reviews/" + id).html().select(recordLink)).as("the member's link").hasSize(1);
        assertThat(coordinator.get("/reviews/" + id).html().select(recordLink)).as("the coordinator's link").isEmpty();
        assertThat(coordinator.get("/people/" + deceased).status()).as("which would refuse her").isEqualTo(403);
        assertThat(member.get("/reviews").body()).contains(r.reference());
        assertThat(member.get("/").body()).contains("Death reviews you are on", r.reference());
        actAs(s.member().user());
        assertThat(access.mayView(new PersonId(deceased))).isTrue();
        actAs(s.stranger().user());
        assertThat(access.mayView(new PersonId(deceased))).as("stranger's view of the deceased").isFalse();
        assertThat(reviews.find(new ReviewId(id))).as("the module answers a stranger nothing").isEmpty();
        assertThat(reviews.list(true)).extracting(Review::reference).doesNotContain(r.reference());
        assertThatThrownBy(() -> reviews.recordStage(new ReviewId(id), Stage.DRAFT, today(), null))
                .isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        WebSession stranger = as(s.stranger());
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(stranger.get("/reviews/" + id).status()).as("page").isEqualTo(404);
        soft.assertThat(stranger.get("/reviews").body()).as("list").doesNotContain(r.reference(), r.pseudonym());
        soft.assertThat(stranger.get("/api/reviews/" + id).status()).as("API").isEqualTo(404);
        soft.assertThat(stranger.get("/").body()).as("My work").doesNotContain(r.reference());
        // the person page is the stub every member of staff without a ground gets: no date of birth, no review
        soft.assertThat(stranger.get("/people/" + deceased).body()).as("person page")
                .doesNotContain("3 February 1980", "Review panel", r.reference());
        soft.assertAll();

        // chronology requested and returned
        coordinator.open("/reviews/" + id);
        Map<String, String> ask = new HashMap<>(Map.of("agency", fixtures.agency(s.police()).id().value().toString(),
                "kind", "CHRONOLOGY"));
        date(ask, "dueOn", today().plusDays(20));
        assertThat(coordinator.post("/reviews/" + id + "/requests", ask).status()).isEqualTo(303);
        UUID request = review(id, s.coordinator()).requests().get(0).id();
        coordinator.open("/reviews/" + id);
        Map<String, String> ret = new HashMap<>(Map.of("request", request.toString()));
        date(ret, "returnedOn", today());
        assertThat(coordinator.post("/reviews/" + id + "/returns", ret).status()).isEqualTo(303);
        assertThat(review(id, s.coordinator()).requests().get(0).returned()).isTrue();

        // a recommendation without its owner is refused, nothing saved
        coordinator.open("/reviews/" + id);
        Map<String, String> rec = new HashMap<>(Map.of("text", "GPs ask about abuse at every appointment.",
                "theme", "GP did not ask about abuse", "owner", ""));
        date(rec, "dueBy", today().minusDays(10));
        Page refused = coordinator.post("/reviews/" + id + "/recommendations", rec);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).contains("Choose the agency that owns the recommendation");
        assertThat(review(id, s.coordinator()).recommendations()).isEmpty();
        rec.put("owner", fixtures.agency(s.other()).id().value().toString());
        assertThat(coordinator.post("/reviews/" + id + "/recommendations", rec).status()).isEqualTo(303);
        r = review(id, s.coordinator());
        assertThat(r.recommendations()).hasSize(1);
        assertThat(r.recommendations().get(0).overdue(today())).isTrue();
        assertThat(coordinator.get("/reviews/recommendations/overdue").body()).contains(r.reference(),
                "GPs ask about abuse", "Overdue by 10 days");
        assertThat(coordinator.get("/").body()).contains("Review recommendations overdue");

        // completion needs the evidence
        coordinator.open("/reviews/" + id);
        Map<String, String> done = new HashMap<>(Map.of("recommendation",
                r.recommendations().get(0).id().toString(), "status", "DONE", "evidence", ""));
        date(done, "completedOn", today());
        Page noEvidence = coordinator.post("/reviews/" + id + "/progress", done);
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(noEvidence.errorSummary()).contains("Enter the evidence");

        // publication only after the quality assurance panel approves; it ends the panel's access
        coordinator.open("/reviews/" + id);
        Map<String, String> publish = new HashMap<>(Map.of("stage", "PUBLISHED"));
        date(publish, "reachedOn", today());
        Page early = coordinator.post("/reviews/" + id + "/stages", publish);
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.errorSummary()).contains("only after the quality assurance panel approves");
        for (String stage : List.of("SUBMITTED_TO_QA", "QA_APPROVED")) {
            coordinator.open("/reviews/" + id);
            Map<String, String> f = new HashMap<>(Map.of("stage", stage));
            date(f, "reachedOn", today());
            assertThat(coordinator.post("/reviews/" + id + "/stages", f).status()).isEqualTo(303);
        }
        coordinator.open("/reviews/" + id);
        assertThat(coordinator.post("/reviews/" + id + "/stages", publish).status()).isEqualTo(303);
        r = review(id, s.coordinator());
        assertThat(r.status()).isEqualTo(Review.Status.PUBLISHED);
        actAs(s.member().user());
        assertThat(access.mayView(new PersonId(deceased))).as("the member's grant ended on publication").isFalse();
        SecurityContextHolder.clearContext();
        assertThat(member.get("/reviews/" + id).status()).as("the published review, to the member").isEqualTo(404);
        assertThat(coordinator.get("/reviews?all=true").html().select("#closed").text()).contains(r.reference(),
                "Published on");
    }

    @Test
    void aDecisionNotToHoldNeedsTheDayTheHomeOfficeWasToldAndClosesTheReview() {
        Setting s = setting();
        WebSession coordinator = as(s.coordinator());
        UUID id = notifyThroughPage(coordinator, s, Fixtures.uniqueName("Notheld"), today().minusDays(5));
        coordinator.open("/reviews/" + id);
        Map<String, String> form = new HashMap<>(Map.of("hold", "no", "rationale", ""));
        date(form, "decidedOn", today());
        Page refused = coordinator.post("/reviews/" + id + "/decision", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).contains("Enter why a review will", "Enter the date the Home Office was told");
        assertThat(review(id, s.coordinator()).decidedOn()).as("nothing saved").isNull();
        form.put("rationale", "Not a domestic abuse related death: no relationship found.");
        date(form, "homeOfficeToldOn", today());
        assertThat(coordinator.post("/reviews/" + id + "/decision", form).status()).isEqualTo(303);
        Review r = review(id, s.coordinator());
        assertThat(r.status()).isEqualTo(Review.Status.NOT_HELD);
        assertThat(r.open()).isFalse();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM person_access_grant WHERE person_id = ? AND ground = 'REVIEW' AND ended_at IS NULL""")
                .param(r.deceased().id().value()).query(Long.class).single()).as("grants ended").isZero();
    }

    @Test
    void theApiRefusesBadInputFieldByFieldAndAnswersAStrangerNotFound() throws Exception {
        Setting s = setting();
        WebSession coordinator = as(s.coordinator());
        coordinator.open("/reviews");
        String csrf = coordinator.get("/reviews/new").csrf();
        Page bad = coordinator.send(HttpRequest.newBuilder(coordinator.uri("/api/reviews"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"pseudonym\": \"\"}")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("pseudonym", "deceased", "diedOn", "notifiedOn", "notifyingAgency");
        UUID id = notifyThroughPage(coordinator, s, Fixtures.uniqueName("Apidead"), today().minusDays(2));
        assertThat(coordinator.get("/api/reviews/" + id).body()).contains("AWAITING_DECISION");
        assertThat(as(s.stranger()).get("/api/reviews/" + id).status()).isEqualTo(404);
        assertThat(URI.create("/api/reviews/" + id)).isNotNull();
    }

    @Test
    void theFiguresAreSuppressed() {
        IndicatorSource source = sources.stream().filter(x -> x.section() == Section.DEATH_REVIEWS).findFirst()
                .orElseThrow();
        LocalDate from = today().minusYears(1);
        LocalDate to = today();
        IndicatorSource.Figures figures = source.figures(from, to, null);
        long open = jdbc.sql("SELECT count(*) FROM review WHERE notified_on <= ? AND (closed_on IS NULL OR closed_on > ?)")
                .params(to, to).query(Long.class).single();
        Headline headline = figures.headlines().stream().filter(h -> h.id().equals("reviews-open")).findFirst()
                .orElseThrow();
        assertThat(headline.section()).isEqualTo("DEATH_REVIEWS");
        assertThat(headline.value().text()).isEqualTo(open > 0 && open < 5 ? "<5" : String.valueOf(open));
        assertThat(figures.headlines()).extracting(Headline::id).contains("review-recommendations-overdue");
        assertThat(source.figures(from, to, UUID.randomUUID()).headlines()).as("no area figures").isEmpty();
    }
}
