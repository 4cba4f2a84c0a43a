package org.hearth.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.marac.MaracTestSupport.actAs;
import static org.hearth.marac.MaracTestSupport.signOut;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.marac.MaracMeetings.Attendance;
import org.hearth.marac.MaracMeetings.Outcome;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.Consent;
import org.hearth.risk.MaracCriterion.Kind;
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

/**
 * The MARAC meeting (issue 12, points 5 and 6): the chair runs the published agenda case by case, records attendance,
 * actions (which grant the owner agency's representatives MARAC_ACTION until they close), minutes, adjourns and marks
 * the meeting held; minutes go as a PDF per member agency; actions are tracked to completion. An agency not on the
 * MARAC, a member agency not owning an action and a colleague not named reach nothing.
 */
@HearthIntegrationTest
class MaracMeetingTest {

    static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Maracs maracs;
    @Autowired
    Agendas agendas;
    @Autowired
    MaracReferrals referrals;
    @Autowired
    MaracResearch research;
    @Autowired
    MaracMeetings meetings;
    @Autowired
    MaracActions actions;
    @Autowired
    org.hearth.people.PersonAccess personAccess;
    @LocalServerPort
    int port;

    @AfterEach
    void tearDown() {
        signOut();
    }

    private <T> T as(StaffUser user, Supplier<T> action) {
        actAs(user);
        try {
            return action.get();
        } finally {
            signOut();
        }
    }

    private void run(StaffUser user, Runnable action) {
        as(user, () -> {
            action.run();
            return null;
        });
    }

    /** Current MARAC_ACTION grants held by this user on this person. */
    private long actionGrants(StaffUser holder, UUID person) {
        return jdbc.sql("""
                SELECT count(*) FROM person_access_grant WHERE user_id = ? AND person_id = ? AND ground = 'MARAC_ACTION'
                  AND ended_at IS NULL AND (expires_at IS NULL OR expires_at > now())""")
                .params(holder.id().value(), person).query(Long.class).single();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder pages = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                assertThat(page).as("page " + p + " marked").contains("OFFICIAL-SENSITIVE");
                pages.append(page);
            }
            return pages.toString();
        }
    }

    record World(TestUser hubUser, StaffUser coordinator, TestUser chairUser, StaffUser chair, TestUser repUser,
            StaffUser rep, String agencyA, StaffUser colleague, StaffUser repB, String agencyB, StaffUser stranger,
            TestUser strangerUser, Marac marac, UUID victim, UUID perpetrator, MaracReferral referral,
            MaracReferral second, Meeting meeting) {
    }

    /** A MARAC chaired by a practitioner, members A and B, two cases on today's published agenda; A researched. */
    World world() {
        MaracTestSupport support = new MaracTestSupport(fixtures, jdbc, partnerships, maracs);
        TestUser hubUser = fixtures.enrolledUserAt("Marac Hub", Role.HUB_COORDINATOR);
        StaffUser coordinator = hubUser.user();
        TestUser chairUser = fixtures.enrolledUserAt(Fixtures.uniqueName("Chair Police"), Role.PRACTITIONER);
        String a = Fixtures.uniqueName("Meeting A");
        TestUser repUser = fixtures.enrolledUserAt(a, Role.AGENCY_REPRESENTATIVE);
        StaffUser colleague = fixtures.enrolledUserAt(a, Role.PRACTITIONER).user();
        String b = Fixtures.uniqueName("Meeting B");
        StaffUser repB = fixtures.enrolledUserAt(b, Role.AGENCY_REPRESENTATIVE).user();
        TestUser strangerUser = fixtures.enrolledUserAt(Fixtures.uniqueName("Meeting C"), Role.AGENCY_REPRESENTATIVE);
        StaffUser rep = repUser.user();
        Marac marac = as(coordinator, () -> maracs.create(new MaracDetails(Fixtures.uniqueName("MARAC"),
                List.of(support.area()), Schedule.FORTNIGHTLY, chairUser.user().id(), coordinator.id(), 20,
                List.of(new Member(rep.agency(), rep.id(), null), new Member(repB.agency(), repB.id(), null)))));
        UUID victim = support.person("Vera");
        UUID perpetrator = support.person("Perry");
        jdbc.sql("""
                INSERT INTO person_address (id, person_id, line1, town, postcode, from_date, confidential)
                VALUES (?, ?, '12 Secret Row', 'Hidetown', 'ZZ9 9ZZ', ?, true)""")
                .params(UUID.randomUUID(), victim, LocalDate.now(UK).minusYears(1)).update();
        MaracReferral referral = as(coordinator, () -> referrals.refer(new NewMaracReferral(new PersonId(victim),
                List.of(new PersonId(perpetrator)), marac.id(), Set.of(Kind.PROFESSIONAL_JUDGEMENT),
                "Threats to kill", Consent.GIVEN, null, null), ReferralSource.PERSON_PAGE));
        UUID other = support.person("Olive");
        MaracReferral second = as(coordinator, () -> referrals.refer(new NewMaracReferral(new PersonId(other),
                List.of(), marac.id(), Set.of(Kind.PROFESSIONAL_JUDGEMENT), "Strangulation", Consent.GIVEN, null,
                null), ReferralSource.PERSON_PAGE));
        Meeting meeting = as(coordinator, () -> agendas.addMeeting(marac.id(), LocalDate.now(UK)));
        run(coordinator, () -> agendas.publish(meeting.id()));
        ResearchTask task = as(rep, () -> research.mine()).stream().filter(t -> t.referral().equals(referral.id()))
                .findFirst().orElseThrow();
        as(rep, () -> research.submit(task.id(), new ResearchAnswers(false, "RESEARCH-FACT two A&E visits", null,
                null, "Rising", null, null)));
        return new World(hubUser, coordinator, chairUser, chairUser.user(), repUser, rep, a, colleague, repB, b,
                strangerUser.user(), strangerUser, marac, victim, perpetrator, referral, second, meeting);
    }

    @Test
    void theChairRunsTheMeetingAndActionsGrantTheOwnerUntilTheyClose() throws Exception {
        World w = world();
        MaracMeetingId m = w.meeting().id();
        LocalDate today = LocalDate.now(UK);

        // the chair's case page: research returned, no confidential address, safe contact rules
        MaracMeetings.CaseFile file = as(w.chair(), () -> meetings.caseFile(m, w.referral().id())).orElseThrow();
        assertThat(file.research()).filteredOn(ResearchTask::returned)
                .anySatisfy(t -> assertThat(t.answers().victimFacts()).contains("RESEARCH-FACT"));
        assertThat(file.address()).isNull();
        assertThat(file.confidentialAddress()).isTrue();
        assertThat(as(w.chair(), () -> meetings.run(m)).orElseThrow().cases()).hasSize(2);

        // need-to-know: an agency not on the MARAC, a member agency's representative and a colleague reach nothing
        for (StaffUser outsider : List.of(w.stranger(), w.rep(), w.colleague())) {
            assertThatThrownBy(() -> as(outsider, () -> meetings.run(m))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(outsider, () -> meetings.caseFile(m, w.referral().id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> run(outsider, () -> meetings.recordCase(m, w.referral().id(), "x", null, true,
                    false))).isInstanceOf(AccessDeniedException.class);
        }

        // attendance: member agencies only
        run(w.chair(), () -> meetings.recordAttendance(m, Map.of(w.rep().agency(), Attendance.PRESENT,
                w.repB().agency(), Attendance.APOLOGIES)));
        assertThatThrownBy(() -> run(w.chair(), () -> meetings.recordAttendance(m, Map.of(w.stranger().agency(),
                Attendance.PRESENT)))).isInstanceOf(InvalidInputException.class);

        // an action without owner or due date, or owned by an agency not on the MARAC: field errors, nothing saved
        assertThatThrownBy(() -> as(w.chair(), () -> meetings.addAction(m, w.referral().id(),
                new NewMaracAction(null, " ", null, null, null)))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsOnlyKeys("subject", "description", "risk", "owner", "dueOn"));
        assertThatThrownBy(() -> as(w.chair(), () -> meetings.addAction(m, w.referral().id(),
                new NewMaracAction(MaracAction.Subject.VICTIM, "Visit", "Isolation", w.stranger().agency(),
                        today.plusDays(7))))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsOnlyKeys("owner"));
        assertThat(jdbc.sql("SELECT count(*) FROM marac_action WHERE meeting_id = ?").param(m.value())
                .query(Long.class).single()).isZero();

        // two actions: A's for the victim, B's for the perpetrator; each grants its owner's representative only
        MaracAction forVictim = as(w.chair(), () -> meetings.addAction(m, w.referral().id(), new NewMaracAction(
                MaracAction.Subject.VICTIM, "Fit a sanctuary lock", "Perpetrator has a key", w.rep().agency(),
                today.plusDays(7))));
        MaracAction forPerpetrator = as(w.chair(), () -> meetings.addAction(m, w.referral().id(), new NewMaracAction(
                MaracAction.Subject.PERPETRATOR, "Check bail conditions", "Breach of bail", w.repB().agency(),
                today)));
        assertThat(actionGrants(w.rep(), w.victim())).isEqualTo(1);
        assertThat(actionGrants(w.repB(), w.perpetrator())).isEqualTo(1);
        assertThat(actionGrants(w.repB(), w.victim())).isZero();
        assertThat(actionGrants(w.colleague(), w.victim())).isZero();
        assertThat(actionGrants(w.stranger(), w.victim())).isZero();

        // an action is for its owner agency's representatives and the chair: not another member, not an outsider
        assertThat(as(w.rep(), () -> actions.find(forVictim.id()))).isPresent();
        for (StaffUser outsider : List.of(w.stranger(), w.repB(), w.colleague())) {
            assertThatThrownBy(() -> as(outsider, () -> actions.find(forVictim.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(outsider, () -> actions.progress(forVictim.id(), "Done", null, true)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as(w.stranger(), () -> actions.mine())).isEmpty();
        assertThat(as(w.rep(), () -> actions.mine())).extracting(MaracAction::id).containsExactly(forVictim.id());
        // a representative still named for the agency who may no longer represent it (account disabled) no longer
        // lists its actions
        jdbc.sql("UPDATE staff_user SET enabled = false WHERE id = ?").param(w.rep().id().value()).update();
        assertThat(as(w.rep(), () -> actions.mine())).isEmpty();
        jdbc.sql("UPDATE staff_user SET enabled = true WHERE id = ?").param(w.rep().id().value()).update();

        // minutes: the case closes; sharing the address is the chair's choice; the second case is adjourned
        assertThatThrownBy(() -> run(w.chair(), () -> meetings.recordCase(m, w.referral().id(), " ", null, false,
                true))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsOnlyKeys("minutes"));
        run(w.chair(), () -> meetings.recordCase(m, w.referral().id(), "Risk of homicide discussed; MINUTES-TEXT",
                "Victim wants to stay at home", false, true));
        run(w.chair(), () -> meetings.adjourn(m, w.second().id()));
        assertThat(as(w.chair(), () -> meetings.run(m)).orElseThrow().cases())
                .extracting(MaracMeetings.CaseLine::outcome).containsExactlyInAnyOrder(Outcome.CLOSED, Outcome.ADJOURNED);
        assertThat(jdbc.sql("SELECT closed_on FROM marac_referral WHERE id = ?").param(w.referral().id().value())
                .query(LocalDate.class).single()).isEqualTo(today);

        // before the meeting is held there are no minutes; an outsider never gets them
        assertThatThrownBy(() -> as(w.rep(), () -> meetings.minutesPdf(m, w.rep().agency())))
                .isInstanceOf(AccessDeniedException.class);
        run(w.chair(), () -> meetings.markHeld(m));
        run(w.chair(), () -> meetings.issueMinutes(m));
        assertThatThrownBy(() -> as(w.stranger(), () -> meetings.minutesPdf(m, w.stranger().agency())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(w.stranger(), () -> meetings.minutesPdf(m, w.rep().agency())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(w.rep(), () -> meetings.minutesPdf(m, w.repB().agency())))
                .as("A's representative gets A's copy only").isInstanceOf(AccessDeniedException.class);
        String minutes = text(as(w.rep(), () -> meetings.minutesPdf(m, w.rep().agency())));
        assertThat(minutes).contains("Issued to: " + w.agencyA()).contains("MINUTES-TEXT")
                .contains("Fit a sanctuary lock").contains("Check bail conditions")
                .doesNotContain("RESEARCH-FACT").doesNotContain("12 Secret Row");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'marac-minutes' AND action = 'EXPORT'"
                + " AND ? = ANY(record_ids) AND ? = ANY(record_ids)").params(m.toString(), w.victim().toString())
                .query(Long.class).single()).isPositive();
        assertThat(as(w.rep(), () -> meetings.minutesForMe())).extracting(MaracMeetings.IssuedMinutes::meeting)
                .contains(m);

        // overdue: B's action, due today, is overdue tomorrow; the coordinator sees it, A's representative does not
        jdbc.sql("UPDATE marac_action SET due_on = ? WHERE id = ?").params(today.minusDays(1),
                forPerpetrator.id().value()).update();
        assertThat(as(w.coordinator(), () -> actions.overdue())).extracting(MaracAction::id)
                .contains(forPerpetrator.id()).doesNotContain(forVictim.id());
        assertThatThrownBy(() -> as(w.rep(), () -> actions.overdue())).isInstanceOf(AccessDeniedException.class);

        // progress, then completion ends A's grant on the victim
        assertThatThrownBy(() -> as(w.rep(), () -> actions.progress(forVictim.id(), " ", null, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("note"));
        as(w.rep(), () -> actions.progress(forVictim.id(), "Locksmith booked", null, false));
        assertThat(actionGrants(w.rep(), w.victim())).isEqualTo(1);
        MaracAction done = as(w.rep(), () -> actions.progress(forVictim.id(), "Lock fitted", "Job sheet 4411", true));
        assertThat(done.open()).isFalse();
        assertThat(done.progress()).hasSize(2);
        assertThat(actionGrants(w.rep(), w.victim())).isZero();
        assertThat(actionGrants(w.repB(), w.perpetrator())).as("B's open action keeps B's grant").isEqualTo(1);

        // B leaves the MARAC: its representative loses the action grant at once
        as(w.coordinator(), () -> maracs.update(w.marac().id(), new MaracDetails(w.marac().name(), w.marac().areas(),
                w.marac().schedule(), w.marac().chair(), w.marac().coordinator(), w.marac().capacity(),
                List.of(new Member(w.rep().agency(), w.rep().id(), null)))));
        assertThat(actionGrants(w.repB(), w.perpetrator())).isZero();
    }

    /**
     * A new chair: the old chair (a practitioner, not a coordinator) loses at once the research grants publishing gave
     * them, and with them the case's record and the meeting; the new chair is not refused the meeting.
     */
    @Test
    void changingTheChairEndsTheOldChairsResearchAtOnce() {
        World w = world();
        org.hearth.people.PersonAccess access = personAccess;
        assertThat(as(w.chair(), () -> access.mayView(new PersonId(w.victim())))).as("the chair reads the case")
                .isTrue();
        assertThat(researchGrants(w.chair(), w.victim())).isEqualTo(1);
        StaffUser newChair = fixtures.enrolledUserAt(Fixtures.uniqueName("Chair Health"), Role.PRACTITIONER).user();
        as(w.coordinator(), () -> maracs.update(w.marac().id(), new MaracDetails(w.marac().name(), w.marac().areas(),
                w.marac().schedule(), newChair.id(), w.marac().coordinator(), w.marac().capacity(),
                w.marac().members())));
        assertThat(researchGrants(w.chair(), w.victim())).as("ended now, not 28 days after the meeting").isZero();
        assertThat(researchGrants(w.chair(), w.perpetrator())).isZero();
        assertThat(as(w.chair(), () -> access.mayView(new PersonId(w.victim())))).as("the old chair is refused")
                .isFalse();
        assertThatThrownBy(() -> as(w.chair(), () -> meetings.caseFile(w.meeting().id(), w.referral().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(researchGrants(w.rep(), w.victim())).as("a representative still named keeps theirs").isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'access-grant' AND ? = ANY(record_ids)"
                + " AND reason LIKE 'ended: holder no longer entitled%'").param(w.victim().toString())
                .query(Long.class).single()).as("the ending audited").isEqualTo(1);
    }

    private long researchGrants(StaffUser holder, UUID person) {
        return jdbc.sql("""
                SELECT count(*) FROM person_access_grant WHERE user_id = ? AND person_id = ? AND ground = 'MARAC_RESEARCH'
                  AND ended_at IS NULL AND (expires_at IS NULL OR expires_at > now())""")
                .params(holder.id().value(), person).query(Long.class).single();
    }

    @Test
    void aSecondOpenActionKeepsTheGrantWhenTheFirstClosesAndSharingCopiesTheAddress() throws Exception {
        World w = world();
        MaracMeetingId m = w.meeting().id();
        LocalDate today = LocalDate.now(UK);
        MaracAction first = as(w.chair(), () -> meetings.addAction(m, w.referral().id(), new NewMaracAction(
                MaracAction.Subject.VICTIM, "Safety plan", "Isolation", w.rep().agency(), today.plusDays(3))));
        as(w.chair(), () -> meetings.addAction(m, w.referral().id(), new NewMaracAction(
                MaracAction.Subject.CHILDREN, "Tell the school", "Children present", w.rep().agency(),
                today.plusDays(10))));
        as(w.rep(), () -> actions.progress(first.id(), "Plan agreed", null, true));
        assertThat(actionGrants(w.rep(), w.victim())).as("the children's action still open").isEqualTo(1);

        // the coordinator (who sees the confidential address) shares it: it is copied into the minutes
        run(w.coordinator(), () -> meetings.recordCase(m, w.referral().id(), "Discussed", null, true, true));
        run(w.coordinator(), () -> meetings.markHeld(m));
        String minutes = text(as(w.coordinator(), () -> meetings.minutesPdf(m, w.repB().agency())));
        assertThat(minutes).contains("12 Secret Row").contains("Issued to: " + w.agencyB());
        assertThatThrownBy(() -> run(w.chair(), () -> meetings.addAction(m, w.referral().id(), new NewMaracAction(
                MaracAction.Subject.VICTIM, "Late", "Late", w.rep().agency(), today))))
                .as("nothing changes once held").isInstanceOf(InvalidInputException.class);
    }

    @Test
    void pagesAndApiForTheChairAndNotForOutsiders() {
        World w = world();
        String m = w.meeting().id().toString();
        WebSession chair = new WebSession(port);
        chair.signIn(w.chairUser());
        // a chair who is not a coordinator finds the next published meeting in My work; a member agency does not
        Page home = chair.get("/");
        assertThat(home.html().select("a[href=/marac/meetings/" + m + "/run]")).as("My work links to the run page")
                .isNotEmpty();
        assertThat(home.html().select("main").text()).contains("MARAC meetings you chair", w.marac().name());
        WebSession rep = new WebSession(port);
        rep.signIn(w.repUser());
        Page memberHome = rep.get("/");
        assertThat(memberHome.html().select("main").text()).doesNotContain("MARAC meetings you chair");
        assertThat(memberHome.html().select("a[href=/marac/meetings/" + m + "/run]")).isEmpty();
        Page run = chair.get("/marac/meetings/" + m + "/run");
        assertThat(run.status()).as(run.html().select("main").text()).isEqualTo(200);
        assertThat(run.html().select("#cases a").eachAttr("href"))
                .contains("/marac/meetings/" + m + "/cases/" + w.referral().id());
        Page casePage = chair.get("/marac/meetings/" + m + "/cases/" + w.referral().id());
        assertThat(casePage.status()).isEqualTo(200);
        String main = casePage.html().select("main").text();
        assertThat(main).contains("RESEARCH-FACT").contains("Confidential: not shown").doesNotContain("12 Secret Row");
        assertThat(casePage.html().select("h2").eachText().get(0)).isEqualTo("Safe contact");
        Page refused = chair.post("/marac/meetings/" + m + "/cases/" + w.referral().id() + "/actions",
                Map.of("description", "Visit", "risk", "Isolation"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().select(".govuk-error-summary__list a").eachAttr("href"))
                .contains("#subject", "#owner", "#dueOn");
        LocalDate due = LocalDate.now(UK).plusDays(5);
        Page added = chair.post("/marac/meetings/" + m + "/cases/" + w.referral().id() + "/actions",
                Map.of("subject", "VICTIM", "description", "Visit with the IDVA", "risk", "Isolation",
                        "owner", w.rep().agency().toString(), "dueOn.day", String.valueOf(due.getDayOfMonth()),
                        "dueOn.month", String.valueOf(due.getMonthValue()), "dueOn.year", String.valueOf(due.getYear())));
        assertThat(added.status()).as(added.html().select("main").text()).isEqualTo(303);

        // the API: problem details naming the fields
        Page problem = chair.send(HttpRequest.newBuilder(chair.uri("/api/marac/meetings/" + m + "/cases/"
                + w.referral().id() + "/actions")).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", casePage.csrf())
                .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"VICTIM\",\"description\":\"x\",\"risk\":\"y\"}")));
        assertThat(problem.status()).as(problem.body()).isEqualTo(400);
        assertThat(problem.body()).contains("ownerId").contains("dueOn");

        WebSession stranger = new WebSession(port);
        stranger.signIn(w.strangerUser());
        assertThat(stranger.get("/marac/meetings/" + m + "/run").status()).isEqualTo(403);
        assertThat(stranger.get("/marac/meetings/" + m + "/cases/" + w.referral().id()).status()).isEqualTo(403);
        assertThat(stranger.get("/api/marac/meetings/" + m + "/run").status()).isEqualTo(403);
        assertThat(stranger.get("/marac/meetings/" + m + "/minutes.pdf?agency=" + w.stranger().agency()).status())
                .isEqualTo(403);
        String action = jdbc.sql("SELECT id FROM marac_action WHERE meeting_id = ?").param(w.meeting().id().value())
                .query(UUID.class).single().toString();
        assertThat(stranger.get("/marac/actions/" + action).status()).isEqualTo(403);
        assertThat(stranger.get("/api/marac/actions/" + action).status()).isEqualTo(403);

        // the owner's representative finds the action in My work and on the actions page
        assertThat(rep.get("/").html().select("a[href=/marac/actions/" + action + "]")).as("in My work").isNotEmpty();
        assertThat(rep.get("/marac/actions").html().select("#mine a").eachAttr("href"))
                .contains("/marac/actions/" + action);
        rep.get("/marac/actions/" + action);
        Page done = rep.post("/marac/actions/" + action + "/progress", Map.of("note", "Visited", "complete", "true"));
        assertThat(done.status()).isEqualTo(303);
        assertThat(rep.get("/marac/actions/" + action).html().select("main").text()).contains("Done");
    }

    /** The user's READ entries of this record type holding the id, with this reason (null: the route's own). */
    private long reads(StaffUser user, String recordType, Object id, String reason) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = 'READ' AND record_type = ?
                  AND ? = ANY (record_ids) AND reason IS NOT DISTINCT FROM ?""")
                .params(user.id().value(), recordType, id.toString(), reason).query(Long.class).single();
    }

    @Test
    void aMeetingPageShowingAPersonIsAReadingOfTheirRecordAndEachPageIsAuditedAtItsRoute() {
        World w = world();
        String m = w.meeting().id().toString();
        String casePath = "/marac/meetings/" + m + "/cases/" + w.referral().id();
        WebSession coordinator = new WebSession(port);
        coordinator.signIn(w.hubUser());
        Page agenda = coordinator.get("/marac/meetings/" + m);
        assertThat(agenda.status()).isEqualTo(200);
        // each entry asserted softly, so that a run without any one of them names every one missing
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        // the agenda names her and him: on each one's own trail ("who has read your record")
        soft.assertThat(reads(w.coordinator(), "person", w.victim(), "MARAC agenda " + m)).isEqualTo(1);
        soft.assertThat(reads(w.coordinator(), "person", w.perpetrator(), "MARAC agenda " + m)).isEqualTo(1);
        soft.assertThat(reads(w.coordinator(), "marac-meeting", m, null)).as("the agenda's route").isEqualTo(1);
        WebSession chair = new WebSession(port);
        chair.signIn(w.chairUser());
        assertThat(chair.get("/marac/meetings/" + m + "/run").status()).isEqualTo(200);
        soft.assertThat(reads(w.chair(), "marac-meeting", m, null)).as("the run page's route").isEqualTo(1);
        assertThat(chair.get(casePath).status()).isEqualTo(200);
        soft.assertThat(reads(w.chair(), "person", w.victim(), "MARAC meeting case " + m)).isEqualTo(1);
        soft.assertThat(reads(w.chair(), "person", w.perpetrator(), "MARAC meeting case " + m)).isEqualTo(1);
        soft.assertThat(reads(w.chair(), "marac-case", w.referral().id(), null)).as("the case page's route").isEqualTo(1);
        soft.assertAll();
    }
}
