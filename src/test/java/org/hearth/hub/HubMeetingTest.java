package org.hearth.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.calendar.WorkingDays;
import org.hearth.hub.HubMeetings.AgendaCase;
import org.hearth.hub.HubMeetings.Meeting;
import org.hearth.partnership.AgencyDetails;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.TriageOutcome;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The daily hub meeting: the agenda's window (Friday to Monday, a bank holiday Monday), cases not reached rolling
 * over, the agenda's order, the decision set (exclusive choices refused, on the page and in the API), and role
 * isolation (an agency not attending cannot open the meeting or its cases; a representative whose grant ended
 * cannot open the case).
 */
@HearthIntegrationTest
class HubMeetingTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    HubMeetings hub;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    PersonAccess access;
    @LocalServerPort
    int port;

    @AfterEach
    void tearDown() {
        signOut();
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void actAs(StaffUser u) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    /** A fresh area, and an agency in it that refers. */
    private AreaId area() {
        fixtures.agency("Test Agency");
        return partnerships.addArea(Fixtures.uniqueName("Hub Area"), 100000).id();
    }

    private UUID agency() {
        return fixtures.agency("Hub Referrer").id().value();
    }

    private UUID person(String given) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(id, given, Fixtures.uniqueName("Hub"), UUID.randomUUID()).update();
        return id;
    }

    /** A referral received on the day, in the area, with the police's grade (null: none). */
    private UUID referral(AreaId area, LocalDate on, UUID victim, String policeGrade, Integer policeScore) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, incident_on, victim_id,
                    consent, area_id, police_risk_grade, police_risk_score)
                VALUES (?, ?, 'IMPORT', ?, ?, ?, ?, 'GIVEN', ?, ?, ?)""")
                .params(id, "H-" + id.toString().substring(0, 13), agency(), on, on, victim, area.value(), policeGrade,
                        policeScore).update();
        return id;
    }

    private UUID referral(AreaId area, LocalDate on) {
        return referral(area, on, person("Victim"), "MEDIUM", 11);
    }

    private static List<UUID> referrals(List<AgendaCase> agenda) {
        return agenda.stream().map(c -> c.referral().value()).toList();
    }

    private StaffUser coordinator() {
        return fixtures.enrolledUserAt("Hub Coordinators", Role.HUB_COORDINATOR).user();
    }

    // ------------------------------------------------------------------------------------------ the window

    @Test
    void mondaysAgendaHoldsFridayToSundayAndABankHolidayRollsIntoTuesday() {
        assertThat(hub.windowFrom(LocalDate.of(2026, 9, 7))).as("Monday: since Friday").isEqualTo(LocalDate.of(2026, 9, 4));
        assertThat(hub.windowFrom(LocalDate.of(2026, 9, 9))).as("Wednesday: since Tuesday").isEqualTo(LocalDate.of(2026, 9, 8));
        assertThat(hub.windowFrom(LocalDate.of(2026, 9, 1))).as("Tuesday after the bank holiday Monday: since Friday")
                .isEqualTo(LocalDate.of(2026, 8, 28));
        AreaId area = area();
        UUID thursday = referral(area, LocalDate.of(2026, 9, 3));
        UUID friday = referral(area, LocalDate.of(2026, 9, 4));
        UUID saturday = referral(area, LocalDate.of(2026, 9, 5));
        UUID sunday = referral(area, LocalDate.of(2026, 9, 6));
        UUID monday = referral(area, LocalDate.of(2026, 9, 7));
        UUID otherArea = referral(area(), LocalDate.of(2026, 9, 5));
        actAs(coordinator());
        assertThatThrownBy(() -> hub.open(area, LocalDate.of(2026, 9, 5))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("day"));
        Meeting m = hub.open(area, LocalDate.of(2026, 9, 7));
        assertThat(referrals(hub.agenda(m.id()))).contains(friday, saturday, sunday)
                .doesNotContain(thursday, monday, otherArea);

        // the bank holiday Monday: no meeting; Tuesday's agenda holds Friday to Monday
        AreaId august = area();
        UUID fri = referral(august, LocalDate.of(2026, 8, 28));
        UUID bankHoliday = referral(august, LocalDate.of(2026, 8, 31));
        UUID tuesday = referral(august, LocalDate.of(2026, 9, 1));
        assertThatThrownBy(() -> hub.open(august, LocalDate.of(2026, 8, 31))).isInstanceOf(InvalidInputException.class);
        Meeting t = hub.open(august, LocalDate.of(2026, 9, 1));
        assertThat(referrals(hub.agenda(t.id()))).contains(fri, bankHoliday).doesNotContain(tuesday);
    }

    @Test
    void aCaseNotReachedRollsToTheNextMeeting() {
        AreaId area = area();
        UUID reached = referral(area, LocalDate.of(2026, 10, 5));
        UUID notReached = referral(area, LocalDate.of(2026, 10, 5));
        actAs(coordinator());
        Meeting tuesday = hub.open(area, LocalDate.of(2026, 10, 6));
        List<AgendaCase> agenda = hub.agenda(tuesday.id());
        assertThat(referrals(agenda)).contains(reached, notReached);
        hub.start(tuesday.id());
        AgendaCase first = agenda.stream().filter(c -> c.referral().value().equals(reached)).findFirst().orElseThrow();
        hub.decide(first.id(), Set.of(TriageOutcome.OUTREACH), "Medium risk: outreach");
        hub.end(tuesday.id());
        assertThat(hub.agenda(tuesday.id())).filteredOn(c -> c.referral().value().equals(notReached))
                .extracting(AgendaCase::status).containsExactly(HubMeetings.CaseStatus.NOT_REACHED);

        Meeting wednesday = hub.open(area, LocalDate.of(2026, 10, 7));
        List<AgendaCase> next = hub.agenda(wednesday.id());
        assertThat(referrals(next)).contains(notReached).doesNotContain(reached);
        assertThat(next).filteredOn(c -> c.referral().value().equals(notReached)).extracting(AgendaCase::carriedOver)
                .containsExactly(true);
        List<HubMeetings.Volume> volumes = hub.volumes(area, LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));
        assertThat(volumes).hasSize(2);
        // exactly this area's cases: a case whose area nobody knows (other tests make them) is on no area's agenda
        assertThat(volumes.get(0).cases()).isEqualTo(2);
        assertThat(volumes.get(0).decided()).isEqualTo(1);
        assertThat(volumes.get(0).notReached()).isEqualTo(1);
        assertThat(volumes.get(1).carriedOver()).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------ order

    @Test
    void highAndMediumRiskFirstThenNotAssessedThenStandardRepeatsFirstWithinABand() {
        AreaId area = area();
        LocalDate friday = LocalDate.of(2026, 10, 9);
        UUID standard = referral(area, friday, person("S"), "STANDARD", 3);
        UUID unassessed = referral(area, friday, person("U"), null, null);
        UUID medium = referral(area, friday, person("M"), "MEDIUM", 12);
        UUID highLow = referral(area, friday, person("H1"), "HIGH", 14);
        UUID highTop = referral(area, friday, person("H2"), "HIGH", 20);
        UUID repeatVictim = person("R");
        referral(area, LocalDate.of(2026, 6, 1), repeatVictim, "HIGH", 15);
        jdbc.sql("UPDATE referral SET triage_outcome = 'SIGNPOST', triage_reason = 'earlier', triaged_at = now() "
                + "WHERE victim_id = ?").param(repeatVictim).update();
        UUID repeat = referral(area, friday, repeatVictim, "HIGH", 14);
        actAs(coordinator());
        Meeting m = hub.open(area, LocalDate.of(2026, 10, 12));
        List<UUID> order = referrals(hub.agenda(m.id()));
        assertThat(order).containsSubsequence(repeat, highTop, highLow, medium, unassessed, standard);
        AgendaCase r = hub.agenda(m.id()).stream().filter(c -> c.referral().value().equals(repeat)).findFirst().orElseThrow();
        assertThat(r.repeatVictim()).isTrue();
        assertThat(r.grade().name()).isEqualTo("HIGH");
    }

    // ------------------------------------------------------------------------------------------ decisions

    /** The next working day after today: a meeting whose grants have not ended. */
    private LocalDate nextMeetingDay() {
        return workingDays.nextWorkingDay(LocalDate.now(Dates.UK));
    }

    @Test
    void exclusiveDecisionsAreRefusedWithAFieldErrorOnThePageAndProblemDetailsInTheApi() throws Exception {
        AreaId area = area();
        LocalDate day = nextMeetingDay();
        UUID referral = referral(area, hub.windowFrom(day));
        TestUser coordinator = fixtures.enrolledUserAt("Hub Coordinators", Role.HUB_COORDINATOR);
        actAs(coordinator.user());
        Meeting m = hub.open(area, day);
        hub.start(m.id());
        AgendaCase c = hub.agenda(m.id()).stream().filter(x -> x.referral().value().equals(referral)).findFirst()
                .orElseThrow();
        signOut();

        WebSession web = new WebSession(port);
        web.signIn(coordinator);
        String path = "/hub/meetings/" + m.id() + "/cases/" + c.id();
        assertThat(web.get(path).status()).isEqualTo(200);
        Page refused = web.post(path + "/decisions", Map.of("outcome", "NO_FURTHER_ACTION,REFER_TO_MARAC",
                "reason", "Test"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).contains("No further action").contains("cannot be chosen with other decisions");
        assertThat(refused.html().select(".govuk-error-summary a").attr("href")).isEqualTo("#outcome");
        assertThat(undecided(referral)).as("nothing written").isTrue();

        String csrf = web.get(path).csrf();
        HttpRequest.Builder api = HttpRequest.newBuilder(web.uri("/api" + path + "/decisions"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf).header("Accept", "application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"outcomes\":[\"INFORMATION_ONLY\",\"OUTREACH\"],\"reason\":\"x\"}"));
        Page problem = web.send(api);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.header("Content-Type")).contains("application/problem+json");
        assertThat(problem.body()).contains("\"outcomes\"").contains("Information only");
        assertThat(undecided(referral)).isTrue();

        web.get(path);
        Page decided = web.post(path + "/decisions", Map.of("outcome",
                "REFER_TO_MARAC,REFER_TO_IDVA,REFER_TO_CHILDRENS_SOCIAL_CARE", "reason", "High risk, children present"));
        assertThat(decided.status()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT outcome FROM referral_triage_decision WHERE referral_id = ? ORDER BY outcome")
                .param(referral).query(String.class).list())
                .containsExactly("REFER_TO_CHILDRENS_SOCIAL_CARE", "REFER_TO_IDVA", "REFER_TO_MARAC");
        assertThat(jdbc.sql("SELECT triaged_outside_meeting FROM referral WHERE id = ?").param(referral)
                .query(Boolean.class).single()).as("decided at the meeting").isFalse();
    }

    @Test
    void theTriagePageRefusesExclusiveChoicesAndMarksItsDecisionsUrgent() {
        AreaId area = area();
        UUID referral = referral(area, LocalDate.now(Dates.UK));
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt("Hub Coordinators", Role.HUB_COORDINATOR));
        web.get("/referrals/" + referral);
        Page refused = web.post("/referrals/" + referral + "/triage", Map.of("outcome", "INFORMATION_ONLY,SIGNPOST",
                "reason", "Test"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).contains("Information only").contains("cannot be chosen with other decisions");
        assertThat(undecided(referral)).isTrue();
        Page decided = web.post("/referrals/" + referral + "/triage", Map.of("outcome", "OUTREACH,SIGNPOST",
                "reason", "Cannot wait for the meeting"));
        assertThat(decided.status()).isEqualTo(303);
        assertThat(web.get("/referrals/" + referral).html().selectFirst("#triage-outcome").text())
                .contains("Outreach, Signpost").contains("outside the meeting");
    }

    @Test
    void todaysPageForAnAreaWithNoMeetingYetOffersTheCoordinatorToOpenIt() {
        AreaId area = area();
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt("Hub Coordinators", Role.HUB_COORDINATOR));
        Page today = web.get("/hub/meetings/today?area=" + area.value());
        assertThat(today.status()).as(today.body()).isEqualTo(200);
        // the button shows on a working day only (it was a 500: its quote escaped in a fragment's argument)
        if (workingDays.isWorkingDay(LocalDate.now(Dates.UK))) {
            assertThat(today.html().select("main form[action=/hub/meetings] button").text())
                    .isEqualTo("Open today’s meeting");
        } else {
            assertThat(today.html().select("#no-meeting")).isNotEmpty();
        }
    }

    private boolean undecided(UUID referral) {
        return jdbc.sql("SELECT triage_outcome IS NULL FROM referral WHERE id = ?").param(referral).query(Boolean.class)
                .single();
    }

    // ------------------------------------------------------------------------------------------ isolation

    @Test
    void aPersonTheHubHasNotConfirmedAsTheSameIsNotOpenedToTheAgenciesAttending() {
        AreaId area = area();
        LocalDate day = nextMeetingDay();
        UUID victim = person("Nell");
        UUID referral = referral(area, hub.windowFrom(day), victim, "HIGH", 16);
        // the API matched the referral to this existing record; no coordinator has confirmed it is the same person
        jdbc.sql("INSERT INTO referral_link_check (referral_id, person_id) VALUES (?, ?)").params(referral, victim)
                .update();
        TestUser attending = fixtures.enrolledUserAt("Hub Attending Probation", Role.AGENCY_REPRESENTATIVE);
        actAs(coordinator());
        Meeting m = hub.open(area, day);
        hub.recordAttendance(m.id(), attending.user().agency(), attending.user().id());
        signOut();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM person_access_grant WHERE person_id = ? AND user_id = ? AND ground = 'HUB_MEETING'
                  AND ended_at IS NULL""").params(victim, attending.user().id().value()).query(Integer.class).single())
                .as("no hub meeting grant on an unconfirmed link").isZero();
        WebSession present = new WebSession(port);
        present.signIn(attending);
        assertThat(present.get("/people/" + victim).html().title()).as("the person page stays the restricted stub")
                .startsWith("Restricted record");
    }

    @Test
    void aRepresentativeReplacedForTheDayLosesTheDaysGrantsAtOnce() {
        AreaId area = area();
        LocalDate day = nextMeetingDay();
        UUID victim = person("Orla");
        referral(area, hub.windowFrom(day), victim, "HIGH", 16);
        TestUser first = fixtures.enrolledUserAt("Hub Attending Education", Role.AGENCY_REPRESENTATIVE);
        TestUser second = fixtures.enrolledUserAt("Hub Attending Education", Role.AGENCY_REPRESENTATIVE);
        actAs(coordinator());
        Meeting m = hub.open(area, day);
        hub.recordAttendance(m.id(), first.user().agency(), first.user().id());
        hub.recordAttendance(m.id(), second.user().agency(), second.user().id());
        signOut();
        String held = "SELECT count(*) FROM person_access_grant WHERE person_id = ? AND user_id = ?"
                + " AND ground = 'HUB_MEETING' AND ended_at IS NULL";
        assertThat(jdbc.sql(held).params(victim, first.user().id().value()).query(Integer.class).single())
                .as("the replaced representative").isZero();
        assertThat(jdbc.sql(held).params(victim, second.user().id().value()).query(Integer.class).single())
                .as("the new one").isEqualTo(1);
    }

    @Test
    void onlyTheRepresentativesOfAgenciesAttendingOpenTheMeetingAndItsCasesWhileTheirGrantLasts() {
        AreaId area = area();
        LocalDate day = nextMeetingDay();
        UUID victim = person("Isla");
        UUID referral = referral(area, hub.windowFrom(day), victim, "HIGH", 16);
        String family = jdbc.sql("SELECT family_name FROM person WHERE id = ?").param(victim).query(String.class).single();
        TestUser attending = fixtures.enrolledUserAt("Hub Attending Housing", Role.AGENCY_REPRESENTATIVE);
        TestUser notAttending = fixtures.enrolledUserAt("Hub Absent Health", Role.AGENCY_REPRESENTATIVE);
        actAs(coordinator());
        Meeting m = hub.open(area, day);
        hub.recordAttendance(m.id(), attending.user().agency(), attending.user().id());
        AgendaCase c = hub.agenda(m.id()).stream().filter(x -> x.referral().value().equals(referral)).findFirst()
                .orElseThrow();
        signOut();
        String meetingPath = "/hub/meetings/" + m.id();
        String casePath = meetingPath + "/cases/" + c.id();

        WebSession absent = new WebSession(port);
        absent.signIn(notAttending);
        Page meeting = absent.get(meetingPath);
        assertThat(meeting.status()).as("an agency not attending cannot open the meeting").isEqualTo(403);
        assertThat(meeting.body()).doesNotContain(family);
        Page hubCase = absent.get(casePath);
        assertThat(hubCase.status()).as("nor its cases").isEqualTo(403);
        assertThat(hubCase.body()).doesNotContain(family);
        assertThat(absent.get("/people/" + victim).html().title()).as("the person page is the restricted stub")
                .startsWith("Restricted record");

        WebSession present = new WebSession(port);
        present.signIn(attending);
        Page agenda = present.get(meetingPath);
        assertThat(agenda.status()).isEqualTo(200);
        assertThat(agenda.html().select("#cases").text()).contains("Isla " + family);
        Page open = present.get(casePath);
        assertThat(open.status()).isEqualTo(200);
        // prepared before the meeting, for the representative's own agency
        assertThat(present.post(casePath + "/information", Map.of("text", "Known to housing: tenancy at risk")).status())
                .isEqualTo(303);
        assertThat(present.get(casePath).html().select(".information").text()).contains("tenancy at risk");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'person' AND actor_id = ? AND ? = ANY(record_ids)")
                .params(attending.user().id().value(), victim.toString()).query(Integer.class).single())
                .as("who saw the case is audited with the person's id").isPositive();
        // a decision is the coordinator's
        assertThat(present.post(casePath + "/decisions", Map.of("outcome", "OUTREACH", "reason", "x")).status())
                .isEqualTo(403);

        // the grant ended: the representative still attends, but no longer opens the case
        actAs(coordinator());
        for (AccessGrant g : access.currentGrants(new PersonId(victim))) {
            if (g.ground() == AccessGround.HUB_MEETING) {
                access.end(g.id());
            }
        }
        signOut();
        assertThat(present.get(casePath).status()).as("the case needs the grant").isEqualTo(403);
        assertThat(present.get(meetingPath).html().select("#cases").text()).doesNotContain(family);
    }

    /** A referral whose area nobody knows: none given, and its referring agency names none. */
    private UUID referralWithNoArea(LocalDate on, UUID victim) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, incident_on, victim_id,
                    consent, police_risk_grade, police_risk_score)
                VALUES (?, ?, 'IMPORT', ?, ?, ?, ?, 'GIVEN', 'HIGH', 18)""")
                .params(id, "N-" + id.toString().substring(0, 13), agency(), on, on, victim).update();
        return id;
    }

    @Test
    void aCaseWithNoAreaIsOnNoAreasAgendaUntilACoordinatorChoosesItsArea() {
        AreaId area = area();
        AreaId chosen = area();
        LocalDate day = nextMeetingDay();
        UUID victim = person("Nadia");
        String family = jdbc.sql("SELECT family_name FROM person WHERE id = ?").param(victim).query(String.class).single();
        UUID noArea = referralWithNoArea(hub.windowFrom(day), victim);
        TestUser otherArea = fixtures.enrolledUserAt("Hub Attending Other Area Police", Role.AGENCY_REPRESENTATIVE);
        actAs(coordinator());
        Meeting m = hub.open(area, day);
        hub.recordAttendance(m.id(), otherArea.user().agency(), otherArea.user().id());
        assertThat(referrals(hub.agenda(m.id()))).as("not on another area's agenda").doesNotContain(noArea);
        assertThat(hub.withoutArea()).extracting(u -> u.referral().value()).contains(noArea);
        assertThat(hub.withoutAreaCount()).isPositive();
        signOut();
        String held = "SELECT count(*) FROM person_access_grant WHERE person_id = ? AND user_id = ?"
                + " AND ground = 'HUB_MEETING' AND ended_at IS NULL";
        assertThat(jdbc.sql(held).params(victim, otherArea.user().id().value()).query(Integer.class).single())
                .as("the representative attending another area's meeting is granted nothing on it").isZero();
        WebSession rep = new WebSession(port);
        rep.signIn(otherArea);
        assertThat(rep.get("/hub/meetings/" + m.id()).html().select("#cases").text()).doesNotContain(family);
        assertThat(rep.get("/hub/unplaced").status()).as("the list is the coordinators' only").isEqualTo(403);
        assertThat(rep.get("/people/" + victim).html().title()).startsWith("Restricted record");

        // a coordinator chooses the area: the case joins that area's agenda, whatever the day it arrived
        TestUser coordinator = fixtures.enrolledUserAt("Hub Coordinators", Role.HUB_COORDINATOR);
        WebSession web = new WebSession(port);
        web.signIn(coordinator);
        Page list = web.get("/hub/unplaced");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select("#unplaced").text()).contains(family);
        Page refused = web.post("/hub/unplaced/" + noArea, Map.of("area", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).contains("Choose an area");
        actAs(coordinator.user());
        Meeting next = hub.open(chosen, day);
        signOut();
        assertThat(web.post("/hub/unplaced/" + noArea, Map.of("area", chosen.value().toString())).status())
                .isEqualTo(303);
        actAs(coordinator.user());
        assertThat(hub.agenda(next.id())).filteredOn(c -> c.referral().value().equals(noArea))
                .extracting(AgendaCase::areaKnown).as("on the chosen area's agenda, flagged").containsExactly(false);
        hub.refreshAgenda(m.id());
        assertThat(referrals(hub.agenda(m.id()))).doesNotContain(noArea);
        assertThat(hub.withoutArea()).extracting(u -> u.referral().value()).doesNotContain(noArea);
        assertThatThrownBy(() -> hub.place(new ReferralId(noArea), area)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("area"));
        assertThat(jdbc.sql("SELECT area_id FROM referral WHERE id = ?").param(noArea).query(UUID.class).single())
                .isEqualTo(chosen.value());
    }

    @Test
    void attendanceGrantsEndWithTheMeetingDay() {
        AreaId area = area();
        LocalDate day = nextMeetingDay();
        UUID victim = person("Grant");
        referral(area, hub.windowFrom(day), victim, "HIGH", 16);
        TestUser rep = fixtures.enrolledUserAt("Hub Attending Police", Role.AGENCY_REPRESENTATIVE);
        actAs(coordinator());
        Meeting m = hub.open(area, day);
        hub.recordAttendance(m.id(), rep.user().agency(), rep.user().id());
        List<AccessGrant> grants = access.currentGrants(new PersonId(victim)).stream()
                .filter(g -> g.ground() == AccessGround.HUB_MEETING).toList();
        assertThat(grants).hasSize(1);
        assertThat(grants.get(0).expiresAt()).isEqualTo(day.plusDays(1).atStartOfDay(Dates.UK).toInstant().minusSeconds(60));
        assertThatThrownBy(() -> hub.recordAttendance(m.id(), fixtures.agency("Hub Absent Health").id(), rep.user().id()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must work for the agency");
    }
}
