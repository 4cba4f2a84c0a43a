package org.hearth.marac;

import org.hearth.platform.InvalidInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.marac.MaracTestSupport.actAs;
import static org.hearth.marac.MaracTestSupport.signOut;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.partnership.Partnerships;
import org.hearth.people.AccessGround;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.referrals.Consent;
import org.hearth.risk.MaracCriterion.Kind;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Agendas: order and capacity, and the research grants that publishing makes. An agency sees only its agenda's
 * cases, through its named representative and deputy only, until 28 days after the meeting; an agency not on the
 * MARAC sees nothing.
 */
@HearthIntegrationTest
class MaracAgendaTest {

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
    PersonAccess access;
    @LocalServerPort
    int port;

    MaracTestSupport support;
    StaffUser coordinator;

    @BeforeEach
    void setUp() {
        support = new MaracTestSupport(fixtures, jdbc, partnerships, maracs);
        coordinator = fixtures.enrolledUserAt("Marac Hub", Role.HUB_COORDINATOR).user();
    }

    @AfterEach
    void tearDown() {
        signOut();
    }

    private StaffUser userAt(String agency, Role role) {
        return fixtures.enrolledUserAt(agency, role).user();
    }

    private boolean sees(StaffUser user, UUID person) {
        actAs(user);
        try {
            return access.mayView(new PersonId(person));
        } finally {
            signOut();
        }
    }

    private MaracReferral refer(Marac marac, UUID victim, UUID perpetrator) {
        actAs(coordinator);
        try {
            return referrals.refer(new NewMaracReferral(new PersonId(victim), List.of(new PersonId(perpetrator)),
                    marac.id(), Set.of(Kind.PROFESSIONAL_JUDGEMENT), "Escalating threats to kill this week",
                    Consent.GIVEN, null, null), ReferralSource.PERSON_PAGE);
        } finally {
            signOut();
        }
    }

    @Test
    void publishingGrantsEachMemberAgencysNamedPeopleItsAgendasCasesUntil28DaysAfterTheMeeting() {
        String a = Fixtures.uniqueName("Agency A");
        String b = Fixtures.uniqueName("Agency B");
        TestUser repAUser = fixtures.enrolledUserAt(a, Role.AGENCY_REPRESENTATIVE);
        StaffUser repA = repAUser.user();
        StaffUser deputyA = userAt(a, Role.PRACTITIONER);
        StaffUser colleagueA = userAt(a, Role.PRACTITIONER);
        StaffUser repB = userAt(b, Role.AGENCY_REPRESENTATIVE);
        StaffUser stranger = userAt(Fixtures.uniqueName("Agency C"), Role.AGENCY_REPRESENTATIVE);
        Marac one = support.marac(coordinator, 20, List.of(new Member(repA.agency(), repA.id(), deputyA.id())));
        Marac two = support.marac(coordinator, 20, List.of(new Member(repB.agency(), repB.id(), null)));
        UUID victim1 = support.person("Vera");
        UUID perpetrator1 = support.person("Piers");
        UUID victim2 = support.person("Wendy");
        UUID perpetrator2 = support.person("Quentin");
        refer(one, victim1, perpetrator1);
        refer(two, victim2, perpetrator2);
        LocalDate meetsOn = LocalDate.now(ZoneId.of("Europe/London")).plusDays(7);
        actAs(coordinator);
        Meeting m1 = agendas.addMeeting(one.id(), meetsOn);
        Meeting m2 = agendas.addMeeting(two.id(), meetsOn);
        assertThat(agendas.agenda(m1.id()).orElseThrow().cases()).extracting(c -> c.victim().value())
                .containsExactly(victim1);
        signOut();

        assertThat(sees(repA, victim1)).as("nothing before the agenda is published").isFalse();

        // only the coordinator publishes
        actAs(repA);
        assertThatThrownBy(() -> agendas.publish(m1.id())).isInstanceOf(AccessDeniedException.class);
        actAs(coordinator);
        agendas.publish(m1.id());
        signOut();

        assertThat(sees(repA, victim1)).as("A's representative: the case on A's agenda").isTrue();
        assertThat(sees(repA, perpetrator1)).as("and its perpetrator").isTrue();
        assertThat(sees(deputyA, victim1)).as("A's deputy").isTrue();
        assertThat(sees(colleagueA, victim1)).as("not everyone at A: named people only").isFalse();
        assertThat(sees(repA, victim2)).as("not another MARAC's case").isFalse();
        assertThat(sees(repB, victim1)).as("B is not a member of A's MARAC").isFalse();
        assertThat(sees(stranger, victim1)).as("an agency on no MARAC").isFalse();
        assertThat(sees(repB, victim2)).as("B's agenda is not published yet").isFalse();

        actAs(coordinator);
        agendas.publish(m2.id());
        signOut();
        assertThat(sees(repB, victim2)).isTrue();
        assertThat(sees(repB, victim1)).isFalse();
        assertThat(sees(stranger, victim2)).isFalse();

        // the grants: MARAC research, held by the named people, until the end of the 28th day after the meeting
        Instant until = meetsOn.plusDays(29).atStartOfDay(ZoneId.of("Europe/London")).toInstant().minusSeconds(60);
        actAs(coordinator);
        var grants = access.currentGrants(new PersonId(victim1)).stream()
                .filter(g -> g.ground() == AccessGround.MARAC_RESEARCH).toList();
        signOut();
        assertThat(grants).extracting(g -> g.holder().user()).containsExactlyInAnyOrder(repA.id(), deputyA.id());
        assertThat(grants).allSatisfy(g -> assertThat(g.expiresAt()).isEqualTo(until));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'access-grant' AND ? = ANY(record_ids)")
                .param(victim1.toString()).query(Long.class).single()).as("each grant audited").isGreaterThanOrEqualTo(2);

        // the person page shows it to A's representative
        WebSession web = new WebSession(port);
        web.signIn(repAUser);
        String page = web.get("/people/" + victim1).html().select("#grants").text();
        assertThat(page).contains("MARAC research, until " + meetsOn.plusDays(28).format(
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));

        // research reads, and no more: no lasting ground, so no allocation without the hub, no referral to MARAC
        // (which would renew it), no confidential address
        actAs(repA);
        assertThat(access.holdsGround(new PersonId(victim1))).as("research is not a lasting ground").isFalse();
        assertThat(access.allocateToMe(new PersonId(victim1))).as("allocation asks the hub")
                .isEqualTo(org.hearth.people.PersonAccess.Allocation.REQUESTED);
        assertThatThrownBy(() -> referrals.refer(new NewMaracReferral(new PersonId(victim1), List.of(), two.id(),
                Set.of(Kind.PROFESSIONAL_JUDGEMENT), "Renewing my own access", Consent.GIVEN, null, null),
                ReferralSource.PERSON_PAGE)).as("a research holder cannot refer again").isInstanceOf(AccessDeniedException.class);
        signOut();

        // after the end, A loses the case
        jdbc.sql("UPDATE person_access_grant SET starts_at = now() - interval '2 days', expires_at = now() - interval '1 minute' WHERE basis_kind = 'marac-meeting'"
                + " AND basis_id = ?").param(m1.id().toString()).update();
        assertThat(sees(repA, victim1)).as("after 28 days").isFalse();
        assertThat(sees(deputyA, perpetrator1)).isFalse();
        assertThat(sees(repB, victim2)).as("B's grants run on").isTrue();
    }

    /** The audit entries naming {@code id}, oldest first, each as "ACTION record-type reason". */
    private List<String> auditOf(Object id) {
        return jdbc.sql("""
                SELECT action || ' ' || coalesce(record_type, '') || ' ' || coalesce(reason, '') FROM audit_event
                WHERE ? = ANY(record_ids) ORDER BY id""").param(id.toString()).query(String.class).list();
    }

    /**
     * Every agenda write and read is audited; a meeting is planned from today to 6 months ahead, once per date;
     * publishing twice changes nothing; a case is moved only between unpublished agendas; and publishing a later
     * agenda with the same person extends the representative's research to 28 days after the later meeting (the
     * shorter grant ended, not left beside the new one).
     */
    @Test
    void agendaStepsAreAuditedAndALaterMeetingExtendsResearch() {
        StaffUser rep = userAt(Fixtures.uniqueName("Agency E"), Role.AGENCY_REPRESENTATIVE);
        Marac marac = support.marac(coordinator, 20, List.of(new Member(rep.agency(), rep.id(), null)));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        UUID victim = support.person("Xena");
        UUID first = support.referral(marac, victim, today.minusDays(3), false, 12);
        actAs(coordinator);
        Meeting soon = agendas.addMeeting(marac.id(), today);
        assertThat(auditOf(soon.id())).containsExactly("CREATE marac-meeting 1 cases listed");
        assertThatThrownBy(() -> agendas.addMeeting(marac.id(), today)).isInstanceOfSatisfying(
                InvalidInputException.class,
                e -> assertThat(e.errors()).containsEntry("meetsOn", "This MARAC already meets on that date"));
        assertThatThrownBy(() -> agendas.addMeeting(marac.id(), today.plusMonths(6).plusDays(1))).isInstanceOfSatisfying(
                InvalidInputException.class,
                e -> assertThat(e.errors()).containsEntry("meetsOn", "A meeting can be planned up to 6 months ahead"));
        Meeting far = agendas.addMeeting(marac.id(), today.plusMonths(6));
        assertThat(auditOf(far.id())).containsExactly("CREATE marac-meeting 0 cases listed");

        assertThat(agendas.agenda(soon.id()).orElseThrow().cases()).extracting(c -> c.referral().id().value())
                .containsExactly(first);
        assertThat(auditOf(soon.id())).last().isEqualTo("READ marac-meeting agenda of 1 cases");
        agendas.publish(soon.id());
        agendas.publish(soon.id()); // already published: nothing more
        Instant untilSoon = today.plusDays(29).atStartOfDay(ZoneId.of("Europe/London")).toInstant().minusSeconds(60);
        assertThat(auditOf(soon.id())).filteredOn(e -> e.startsWith("UPDATE")).containsExactly(
                "UPDATE marac-meeting agenda published; 1 MARAC research grants until " + untilSoon
                        + "; research tasks set: 1");
        var before = access.currentGrants(new PersonId(victim)).stream()
                .filter(g -> g.ground() == AccessGround.MARAC_RESEARCH).toList();
        assertThat(before).singleElement().satisfies(g -> assertThat(g.expiresAt()).isEqualTo(untilSoon));

        // the same woman referred again, listed on a later meeting; moved only between unpublished agendas
        UUID second = support.referral(marac, victim, today, false, 12);
        Meeting later = agendas.addMeeting(marac.id(), today.plusDays(14));
        MaracReferralId moved = new MaracReferralId(second);
        assertThatThrownBy(() -> agendas.move(moved, soon.id())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsEntry("meeting", "Choose a meeting whose agenda is not published"));
        assertThatThrownBy(() -> agendas.move(moved, MaracMeetingId.random())).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errors()).containsEntry("meeting", "Choose a meeting"));
        assertThatThrownBy(() -> agendas.move(new MaracReferralId(first), later.id()))
                .as("a case on a published agenda stays on it").isInstanceOf(InvalidInputException.class);
        agendas.move(moved, far.id());
        agendas.move(moved, null);
        agendas.move(moved, later.id());
        assertThat(auditOf(second)).containsExactly("UPDATE marac-referral moved to meeting " + far.id(),
                "UPDATE marac-referral moved to awaiting listing", "UPDATE marac-referral moved to meeting " + later.id());

        agendas.publish(later.id());
        Instant untilLater = today.plusDays(15 + 28).atStartOfDay(ZoneId.of("Europe/London")).toInstant().minusSeconds(60);
        var after = access.currentGrants(new PersonId(victim)).stream()
                .filter(g -> g.ground() == AccessGround.MARAC_RESEARCH).toList();
        signOut();
        assertThat(after).singleElement().satisfies(g -> {
            assertThat(g.expiresAt()).isEqualTo(untilLater);
            assertThat(g.holder().user()).isEqualTo(rep.id());
        });
        assertThat(auditOf(before.get(0).id())).last().isEqualTo("UPDATE access-grant ended");
    }

    /** Meetings and agendas are the coordinators'; an unknown MARAC, meeting or referral is not found. */
    @Test
    void onlyCoordinatorsPlanMeetingsAndUnknownOnesAreNotFound() {
        StaffUser rep = userAt(Fixtures.uniqueName("Agency F"), Role.AGENCY_REPRESENTATIVE);
        Marac marac = support.marac(coordinator, 20, List.of(new Member(rep.agency(), rep.id(), null)));
        UUID listed = support.referral(marac, support.person("Yara"), LocalDate.now(ZoneId.of("Europe/London")), false, 10);
        actAs(coordinator);
        Meeting meeting = agendas.addMeeting(marac.id(), LocalDate.now(ZoneId.of("Europe/London")).plusDays(5));
        assertThat(agendas.meetings(marac.id())).extracting(Meeting::id).containsExactly(meeting.id());
        assertThat(agendas.meeting(meeting.id())).contains(meeting);
        assertThat(agendas.meeting(MaracMeetingId.random())).isEmpty();
        assertThat(agendas.agenda(MaracMeetingId.random())).isEmpty();
        assertThatThrownBy(() -> agendas.addMeeting(MaracId.random(), LocalDate.now(ZoneId.of("Europe/London"))))
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThatThrownBy(() -> agendas.move(MaracReferralId.random(), meeting.id()))
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThatThrownBy(() -> agendas.publish(MaracMeetingId.random()))
                .isInstanceOf(java.util.NoSuchElementException.class);

        actAs(rep);
        assertThatThrownBy(() -> agendas.meetings(marac.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agendas.meeting(meeting.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agendas.agenda(meeting.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agendas.addMeeting(marac.id(), LocalDate.now(ZoneId.of("Europe/London")).plusDays(9)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agendas.move(new MaracReferralId(listed), null)).isInstanceOf(AccessDeniedException.class);
        signOut();
        assertThat(jdbc.sql("SELECT meeting_id FROM marac_referral WHERE id = ?").param(listed).query(UUID.class).single())
                .as("still on its agenda").isEqualTo(meeting.id().value());
    }

    @Test
    void aRepresentativeRemovedFromTheMaracLosesTheResearchAtOnceAndOnlyCaseworkersInTheAgencyAreEverGranted() {
        String a = Fixtures.uniqueName("Agency R");
        StaffUser rep = userAt(a, Role.AGENCY_REPRESENTATIVE);
        StaffUser deputy = userAt(a, Role.PRACTITIONER);
        StaffUser analyst = userAt(a, Role.ANALYST);
        StaffUser stays = userAt(Fixtures.uniqueName("Agency S"), Role.AGENCY_REPRESENTATIVE);
        // an analyst (no casework role) is refused as a representative: publishing would open records to them
        actAs(coordinator);
        var refused = new MaracDetails(Fixtures.uniqueName("MARAC"), List.of(support.area()),
                org.hearth.marac.Schedule.FORTNIGHTLY, coordinator.id(), coordinator.id(), 20,
                List.of(new Member(rep.agency(), analyst.id(), null)));
        assertThatThrownBy(() -> maracs.create(refused)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsKey("members[0].representative"));
        signOut();
        Marac marac = support.marac(coordinator, 20, List.of(new Member(rep.agency(), rep.id(), deputy.id()),
                new Member(stays.agency(), stays.id(), null)));
        UUID victim = support.person("Rhea");
        UUID perpetrator = support.person("Rory");
        refer(marac, victim, perpetrator);
        actAs(coordinator);
        Meeting meeting = agendas.addMeeting(marac.id(), LocalDate.now(ZoneId.of("Europe/London")).plusDays(5));
        // the deputy moves to a non-casework role before the agenda is published: checked again at publish
        jdbc.sql("UPDATE staff_user_role SET role = 'ANALYST' WHERE user_id = ?").param(deputy.id().value()).update();
        agendas.publish(meeting.id());
        // the coordinator's agenda names the perpetrator, and the audit of its reading names both people
        Agenda agenda = agendas.agenda(meeting.id()).orElseThrow();
        assertThat(agenda.cases().get(0).perpetratorNames()).singleElement().asString().startsWith("Rory");
        signOut();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'marac-meeting' AND action = 'READ'"
                + " AND ? = ANY(record_ids) AND ? = ANY(record_ids)").params(victim.toString(), perpetrator.toString())
                .query(Long.class).single()).isPositive();
        assertThat(sees(rep, victim)).isTrue();
        assertThat(sees(stays, victim)).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM person_access_grant WHERE user_id = ? AND ground = 'MARAC_RESEARCH'")
                .param(deputy.id().value()).query(Long.class).single()).as("no grant for a deputy no longer in casework")
                .isZero();

        // the agency leaves the MARAC: its representative's research ends now, not 28 days after the meeting
        actAs(coordinator);
        maracs.update(marac.id(), new MaracDetails(marac.name(), marac.areas(), marac.schedule(), marac.chair(),
                marac.coordinator(), marac.capacity(), List.of(new Member(stays.agency(), stays.id(), null))));
        signOut();
        assertThat(sees(rep, victim)).as("removed: the grant ended").isFalse();
        assertThat(sees(rep, perpetrator)).isFalse();
        assertThat(sees(stays, victim)).as("a member still named keeps it").isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'access-grant' AND ? = ANY(record_ids)"
                + " AND reason LIKE 'ended: holder no longer entitled%'").param(victim.toString()).query(Long.class)
                .single()).as("each ending audited").isEqualTo(1);
    }

    @Test
    void agendaOrdersRepeatsThenHighestRiskThenLongestWaitingAndWarnsOverCapacity() {
        StaffUser rep = userAt(Fixtures.uniqueName("Agency D"), Role.AGENCY_REPRESENTATIVE);
        Marac marac = support.marac(coordinator, 3, List.of(new Member(rep.agency(), rep.id(), null)));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        UUID longWaiting = support.referral(marac, support.person("A"), today.minusDays(20), false, 14);
        UUID highRisk = support.referral(marac, support.person("B"), today.minusDays(2), false, 20);
        UUID repeat = support.referral(marac, support.person("C"), today.minusDays(1), true, 9);
        UUID notAssessed = support.referral(marac, support.person("D"), today.minusDays(30), false, null);
        UUID shortWaiting = support.referral(marac, support.person("E"), today.minusDays(5), false, 14);
        actAs(coordinator);
        Meeting meeting = agendas.addMeeting(marac.id(), today.plusDays(3));
        Agenda agenda = agendas.agenda(meeting.id()).orElseThrow();
        assertThat(agenda.cases()).extracting(c -> c.referral().id().value())
                .as("up to capacity, in agenda order").containsExactly(repeat, highRisk, longWaiting);
        assertThat(agenda.minMinutes()).isEqualTo(36);
        assertThat(agenda.maxMinutes()).isEqualTo(45);
        assertThat(agenda.overCapacity()).isFalse();
        assertThat(referrals.awaitingListing(marac.id())).extracting(r -> r.id().value())
                .containsExactly(notAssessed, shortWaiting);

        // the coordinator moves a case on: over capacity
        agendas.move(new MaracReferralId(shortWaiting), meeting.id());
        Agenda over = agendas.agenda(meeting.id()).orElseThrow();
        assertThat(over.cases()).hasSize(4);
        assertThat(over.cases().get(3).referral().id().value()).isEqualTo(shortWaiting);
        assertThat(over.overCapacity()).isTrue();
        // and back off
        agendas.move(new MaracReferralId(shortWaiting), null);
        assertThat(agendas.agenda(meeting.id()).orElseThrow().overCapacity()).isFalse();

        // a new referral goes onto the next meeting with room
        Meeting later = agendas.addMeeting(marac.id(), today.plusDays(17));
        assertThat(agendas.agenda(later.id()).orElseThrow().cases()).extracting(c -> c.referral().id().value())
                .as("a score before none").containsExactly(shortWaiting, notAssessed);

        // published agendas stay as they are
        agendas.publish(meeting.id());
        assertThatThrownBy(() -> agendas.move(new MaracReferralId(repeat), later.id()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> agendas.addMeeting(marac.id(), today.minusDays(1)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> agendas.addMeeting(marac.id(), null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> agendas.addMeeting(marac.id(), LocalDate.now(ZoneId.of("Europe/London")).plusYears(36)))
                .as("a mistyped year would grant research access for decades")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsKey("meetsOn"));
    }
}
