package org.hearth.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.calendar.WorkingDays;
import org.hearth.hub.HubMeetings.Action;
import org.hearth.hub.HubMeetings.AgendaCase;
import org.hearth.hub.HubMeetings.Meeting;
import org.hearth.hub.HubMeetings.NewAction;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.WorkItems;
import org.hearth.platform.WorkList;
import org.hearth.referrals.TriageOutcome;
import org.hearth.referrals.ReferralId;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The hub meeting's guards one layer down from the pages, each asked by someone who is not involved at that guard:
 * a representative of an agency not attending, an attending representative whose grant on the victim ended, a
 * representative trying the coordinator's steps, another agency completing an action. What is refused is audited
 * as refused; what an attending representative records is recorded for their own agency only.
 */
@HearthIntegrationTest
class HubGuardTest {

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
    @Autowired
    List<WorkItems> work;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void actAs(StaffUser u) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    private UUID person(String given) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(id, given, Fixtures.uniqueName("HubGuard"), UUID.randomUUID()).update();
        return id;
    }

    private UUID referral(AreaId area, LocalDate on, UUID victim) {
        return referral(area, on, victim, "HIGH", 16);
    }

    private UUID referral(AreaId area, LocalDate on, UUID victim, String grade, int score) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, incident_on, victim_id,
                    consent, area_id, police_risk_grade, police_risk_score)
                VALUES (?, ?, 'IMPORT', ?, ?, ?, ?, 'GIVEN', ?, ?, ?)""")
                .params(id, "HG-" + id.toString().substring(0, 13), fixtures.agency("Hub Referrer").id().value(), on,
                        on, victim, area.value(), grade, score).update();
        return id;
    }

    private long audited(UUID actor, String recordType, String id, String reason) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE actor_id = ? AND record_type = ? AND ? = ANY(record_ids)
                  AND reason = ?""").params(actor, recordType, id, reason).query(Long.class).single();
    }

    /** A meeting today or the next working day, with one case whose victim is {@code victim}. */
    private record Setting(Meeting meeting, AgendaCase hubCase, StaffUser coordinator, StaffUser attending,
            StaffUser absent) {
    }

    private Setting setting(UUID victim) {
        return setting(victim, referral -> {
        });
    }

    /** As {@link #setting(UUID)}, with {@code beforeOpening} given the referral before the meeting opens. */
    private Setting setting(UUID victim, java.util.function.Consumer<UUID> beforeOpening) {
        fixtures.agency("Test Agency");
        AreaId area = partnerships.addArea(Fixtures.uniqueName("Hub Guard Area"), 100000).id();
        LocalDate day = workingDays.nextWorkingDay(LocalDate.now(Dates.UK));
        UUID referral = referral(area, hub.windowFrom(day), victim);
        beforeOpening.accept(referral);
        StaffUser coordinator = fixtures.enrolledUserAt("Hub Coordinators", Role.HUB_COORDINATOR).user();
        StaffUser attending = fixtures.enrolledUserAt(Fixtures.uniqueName("Hub Guard Housing"),
                Role.AGENCY_REPRESENTATIVE).user();
        StaffUser absent = fixtures.enrolledUserAt(Fixtures.uniqueName("Hub Guard Health"),
                Role.AGENCY_REPRESENTATIVE).user();
        actAs(coordinator);
        Meeting m = hub.open(area, day);
        hub.recordAttendance(m.id(), attending.agency(), attending.id());
        AgendaCase c = hub.agenda(m.id()).stream().filter(x -> x.referral().value().equals(referral)).findFirst()
                .orElseThrow();
        signOut();
        return new Setting(m, c, coordinator, attending, absent);
    }

    @Test
    void anAgencyNotAttendingOpensNothingOfTheMeetingAndTheRefusalIsAudited() {
        UUID victim = person("Ada");
        Setting s = setting(victim);
        actAs(s.absent());
        String meeting = s.meeting().id().toString();
        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> asks = List.of(
                () -> hub.meeting(s.meeting().id()),
                () -> hub.meetingOn(s.meeting().area(), s.meeting().meetsOn()),
                () -> hub.agenda(s.meeting().id()),
                () -> hub.attendance(s.meeting().id()),
                () -> hub.openCase(s.meeting().id(), s.hubCase().id()),
                () -> hub.information(s.hubCase().id()),
                () -> hub.actions(s.hubCase().id()),
                () -> hub.addInformation(s.hubCase().id(), s.absent().agency(), "We know her"));
        for (int i = 0; i < asks.size(); i++) {
            assertThatThrownBy(asks.get(i)).as("ask " + i).isInstanceOf(AccessDeniedException.class);
            // a refused write (the last ask) too: its transaction must not roll the refusal's entry back
            assertThat(audited(s.absent().id().value(), "hub-meeting", meeting, "refused: not attending"))
                    .as("the refusal of ask " + i + " is audited").isEqualTo(i + 1);
        }
        signOut();
        assertThat(jdbc.sql("SELECT count(*) FROM hub_information WHERE case_id = ?").param(s.hubCase().id().value())
                .query(Long.class).single()).isZero();
        // no grant came of asking
        assertThat(jdbc.sql("SELECT count(*) FROM person_access_grant WHERE person_id = ? AND user_id = ?")
                .params(victim, s.absent().id().value()).query(Long.class).single()).isZero();
    }

    @Test
    void anAttendingRepresentativeSeesTheMeetingButACaseOnlyWhileTheirGrantOnTheVictimLasts() {
        UUID victim = person("Bea");
        Setting s = setting(victim);
        actAs(s.attending());
        assertThat(hub.meeting(s.meeting().id())).isPresent();
        assertThat(hub.meetingOn(s.meeting().area(), s.meeting().meetsOn())).isPresent();
        assertThat(hub.attendance(s.meeting().id())).extracting(a -> a.representative())
                .containsExactly(s.attending().id());
        assertThat(hub.agenda(s.meeting().id())).extracting(AgendaCase::id).containsExactly(s.hubCase().id());
        assertThat(hub.openCase(s.meeting().id(), s.hubCase().id())).isPresent();
        assertThat(audited(s.attending().id().value(), "person", victim.toString(),
                "hub meeting " + s.meeting().id() + ": case " + s.hubCase().reference())).isEqualTo(1);
        // the case of another meeting is not found through this one
        assertThatThrownBy(() -> hub.openCase(HubMeetingId.random(), s.hubCase().id())).as("another meeting")
                .isInstanceOf(AccessDeniedException.class);
        signOut();

        actAs(s.coordinator());
        for (AccessGrant g : access.currentGrants(new PersonId(victim))) {
            if (g.ground() == AccessGround.HUB_MEETING) {
                access.end(g.id());
            }
        }
        signOut();
        actAs(s.attending());
        assertThat(hub.agenda(s.meeting().id())).as("the agenda leaves out the case").isEmpty();
        assertThatThrownBy(() -> hub.openCase(s.meeting().id(), s.hubCase().id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audited(s.attending().id().value(), "hub-case", s.hubCase().id().toString(),
                "refused: no ground on the victim")).isEqualTo(1);
        assertThatThrownBy(() -> hub.information(s.hubCase().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hub.actions(s.hubCase().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hub.addInformation(s.hubCase().id(), null, "Tenancy at risk"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRepresentativeRecordsInformationForTheirOwnAgencyOnlyAndTakesNoneOfTheCoordinatorsSteps() {
        UUID victim = person("Cat");
        Setting s = setting(victim);
        StaffUser other = s.absent();
        actAs(s.attending());
        hub.addInformation(s.hubCase().id(), other.agency(), "Known to housing");
        assertThat(hub.information(s.hubCase().id())).singleElement()
                .satisfies(i -> assertThat(i.agency()).as("their own agency, not the one they named")
                        .isEqualTo(s.attending().agency()));
        Instant due = Instant.now().plus(2, ChronoUnit.DAYS);
        assertThatThrownBy(() -> hub.recordAttendance(s.meeting().id(), other.agency(), other.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hub.start(s.meeting().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hub.end(s.meeting().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hub.refreshAgenda(s.meeting().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hub.open(s.meeting().area(), s.meeting().meetsOn()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hub.addAction(s.hubCase().id(), new NewAction(ActionSubject.VICTIM, "Visit",
                s.attending().agency(), due))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hub.decide(s.hubCase().id(), Set.of(TriageOutcome.values()[0]), "A reason"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hub.volumes(null, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30)))
                .isInstanceOf(AccessDeniedException.class);
        signOut();
        assertThat(jdbc.sql("SELECT started_at IS NULL FROM hub_meeting WHERE id = ?")
                .param(s.meeting().id().value()).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM hub_attendance WHERE meeting_id = ?")
                .param(s.meeting().id().value()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM hub_action WHERE case_id = ?").param(s.hubCase().id().value())
                .query(Long.class).single()).isZero();

        // the coordinator records for the agency they name
        actAs(s.coordinator());
        hub.addInformation(s.hubCase().id(), other.agency(), "Known to health");
        assertThat(hub.information(s.hubCase().id())).extracting(i -> i.agency())
                .containsExactlyInAnyOrder(s.attending().agency(), other.agency());
    }

    @Test
    void onlyTheOwnerAgencyOrACoordinatorCompletesAnActionAndVolumesAreForCoordinatorsAndAnalysts() {
        UUID victim = person("Dot");
        Setting s = setting(victim);
        actAs(s.coordinator());
        HubActionId id = hub.addAction(s.hubCase().id(), new NewAction(ActionSubject.VICTIM, "Safety visit",
                s.attending().agency(), Instant.now().plus(3, ChronoUnit.DAYS)));
        assertThat(hub.volumes(s.meeting().area(), s.meeting().meetsOn(), s.meeting().meetsOn())).hasSize(1);
        signOut();

        actAs(s.absent());
        assertThat(hub.openActionsOfMyAgency()).extracting(Action::id).doesNotContain(id);
        assertThatThrownBy(() -> hub.completeAction(id)).isInstanceOf(AccessDeniedException.class);
        signOut();
        assertThat(jdbc.sql("SELECT done_at IS NULL FROM hub_action WHERE id = ?").param(id.value())
                .query(Boolean.class).single()).as("another agency completes nothing").isTrue();

        actAs(s.attending());
        assertThat(hub.openActionsOfMyAgency()).extracting(Action::id).contains(id);
        hub.completeAction(id);
        assertThat(audited(s.attending().id().value(), "hub-action", id.toString(), "done")).isEqualTo(1);
        assertThat(hub.openActionsOfMyAgency()).extracting(Action::id).doesNotContain(id);
        signOut();

        for (Role role : List.of(Role.ANALYST, Role.PARTNERSHIP_COORDINATOR, Role.SYSTEM_ADMIN)) {
            actAs(fixtures.enrolledUser(role).user());
            assertThat(hub.volumes(s.meeting().area(), s.meeting().meetsOn(), s.meeting().meetsOn())).as(role.name())
                    .hasSize(1);
            signOut();
        }
        actAs(fixtures.enrolledUser(Role.PRACTITIONER).user());
        assertThatThrownBy(() -> hub.volumes(s.meeting().area(), s.meeting().meetsOn(), s.meeting().meetsOn()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void myWorkListsAnActionDueTodayForTheOwnerAgencysCaseworkStaffOnly() {
        UUID victim = person("Fay");
        Setting s = setting(victim);
        actAs(s.coordinator());
        hub.addAction(s.hubCase().id(), new NewAction(ActionSubject.VICTIM, "Call back",
                s.attending().agency(), Instant.now().plus(1, ChronoUnit.MINUTES)));
        signOut();

        actAs(s.attending());
        assertThat(hubActionsDue()).as("the owner agency's practitioner").contains(s.hubCase().reference());
        signOut();
        actAs(s.absent());
        assertThat(hubActionsDue()).as("another agency's").doesNotContain(s.hubCase().reference());
        signOut();
        String ownerAgency = jdbc.sql("SELECT name FROM agency WHERE id = ?").param(s.attending().agency().value())
                .query(String.class).single();
        StaffUser analyst = fixtures.enrolledUserAt(ownerAgency, Role.ANALYST).user();
        actAs(analyst);
        assertThat(hubActionsDue()).as("no casework role at the owner agency").isEmpty();
    }

    /** The references on the "Hub actions due" list of the signed-in user's My work. */
    private List<String> hubActionsDue() {
        return work.stream().flatMap(w -> w.forCurrentUser().stream())
                .filter(l -> l.title().equals("Hub actions due"))
                .flatMap(l -> l.rows().stream().map(WorkList.WorkRow::label)).toList();
    }

    @Test
    void recordingTheSameRepresentativeAgainKeepsTheirGrantsAndAReplacedOneLosesOnlyThisMeetingsGrants() {
        UUID victim = person("Eve");
        Setting s = setting(victim);
        String held = "SELECT count(*) FROM person_access_grant WHERE person_id = ? AND user_id = ?"
                + " AND ground = 'HUB_MEETING' AND ended_at IS NULL";
        String ended = "SELECT count(*) FROM person_access_grant WHERE person_id = ? AND user_id = ?"
                + " AND ground = 'HUB_MEETING' AND ended_at IS NOT NULL";
        actAs(s.coordinator());
        hub.recordAttendance(s.meeting().id(), s.attending().agency(), s.attending().id());
        signOut();
        assertThat(jdbc.sql(held).params(victim, s.attending().id().value()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql(ended).params(victim, s.attending().id().value()).query(Long.class).single())
                .as("recorded again: nothing ended").isZero();
    }

    /**
     * The hub's own coordinator checks on these three are a second wall: {@code referrals} refuses the same callers
     * beneath them (deleting the hub's check alone leaves this test green, and PIT's mutants of those lines survive
     * as equivalent). The audit entries are the hub's alone.
     */
    @Test
    void casesWithNoAreaAreTheCoordinatorsAndListingAndPlacingThemIsAudited() {
        UUID victim = person("Fay");
        Setting s = setting(victim);
        UUID lost = person("Gil");
        UUID referral = UUID.randomUUID();
        // received long ago (within retention): the list shows the oldest 500 first, and other tests add cases too
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, incident_on, victim_id,
                    consent, police_risk_grade, police_risk_score)
                VALUES (?, ?, 'IMPORT', ?, current_date - 1800, current_date - 1800, ?, 'GIVEN', 'HIGH', 16)""")
                .params(referral, "HG-" + referral.toString().substring(0, 13),
                        fixtures.agency(Fixtures.uniqueName("Hub Guard No Area")).id().value(), lost).update();
        ReferralId id = new ReferralId(referral);
        actAs(s.attending());
        assertThatThrownBy(() -> hub.withoutArea()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hub.withoutAreaCount()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hub.place(id, s.meeting().area())).isInstanceOf(AccessDeniedException.class);
        signOut();
        assertThat(jdbc.sql("SELECT area_id IS NULL FROM referral WHERE id = ?").param(referral)
                .query(Boolean.class).single()).as("not placed").isTrue();

        actAs(s.coordinator());
        assertThat(hub.withoutAreaCount()).isPositive();
        assertThat(hub.withoutArea()).extracting(u -> u.victim().value()).contains(lost);
        assertThat(audited(s.coordinator().id().value(), "person", lost.toString(), "hub: cases with no area"))
                .isEqualTo(1);
        assertThat(hub.place(id, s.meeting().area())).contains(s.meeting().id());
        assertThat(audited(s.coordinator().id().value(), "hub-placement", referral.toString(),
                "area " + s.meeting().area().value())).isEqualTo(1);
        assertThat(audited(s.coordinator().id().value(), "person", victim.toString(),
                "hub meeting " + s.meeting().id() + ": agenda")).isEqualTo(1);
        assertThat(hub.refreshAgenda(s.meeting().id())).isZero();
        assertThat(audited(s.coordinator().id().value(), "hub-meeting", s.meeting().id().toString(),
                "agenda refreshed: 0 added")).isEqualTo(1);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static final String HELD = """
            SELECT count(*) FROM person_access_grant WHERE person_id = ? AND user_id = ? AND ground = 'HUB_MEETING'
              AND ended_at IS NULL""";

    /**
     * Refreshing the agenda adds a new waiting case once (audited with how many), grants it to the representatives
     * already attending, keeps the cases already there, and places a case decided outside the meeting after the
     * waiting ones, every position taken once.
     */
    @Test
    void refreshingAddsNewCasesOnceGrantsThemToTheRepresentativesAttendingAndPlacesDecidedCasesLast() {
        UUID first = person("Hal");
        Setting s = setting(first);
        AreaId area = s.meeting().area();
        LocalDate from = s.meeting().windowFrom();
        UUID medium = person("Ian");
        UUID standard = person("Jo");
        UUID mediumReferral = referral(area, from, medium, "MEDIUM", 11);
        UUID standardReferral = referral(area, from, standard, "STANDARD", 3);
        assertThat(count(HELD, medium, s.attending().id().value())).as("not yet on the agenda").isZero();

        actAs(s.coordinator());
        assertThat(hub.refreshAgenda(s.meeting().id())).isEqualTo(2);
        assertThat(audited(s.coordinator().id().value(), "hub-meeting", s.meeting().id().toString(),
                "agenda refreshed: 2 added")).isEqualTo(1);
        assertThat(count(HELD, medium, s.attending().id().value())).as("the representative attending reads it")
                .isEqualTo(1);
        assertThat(count(HELD, standard, s.attending().id().value())).isEqualTo(1);
        List<AgendaCase> agenda = hub.agenda(s.meeting().id());
        assertThat(agenda).extracting(c -> c.referral().value())
                .containsExactly(s.hubCase().referral().value(), mediumReferral, standardReferral);
        assertThat(agenda).extracting(AgendaCase::position).containsExactly(1, 2, 3);
        assertThat(agenda).extracting(AgendaCase::areaKnown).containsOnly(true);

        assertThat(hub.refreshAgenda(s.meeting().id())).as("nothing new").isZero();
        assertThat(hub.agenda(s.meeting().id())).hasSize(3);

        // the high-risk case is decided outside the meeting: the waiting ones move up, it goes last
        jdbc.sql("""
                UPDATE referral SET triage_outcome = 'SIGNPOST', triage_reason = 'urgent', triaged_at = now(),
                    triaged_outside_meeting = true WHERE id = ?""").param(s.hubCase().referral().value()).update();
        assertThat(hub.refreshAgenda(s.meeting().id())).isZero();
        agenda = hub.agenda(s.meeting().id());
        assertThat(agenda).extracting(c -> c.referral().value())
                .containsExactly(mediumReferral, standardReferral, s.hubCase().referral().value());
        assertThat(agenda).extracting(AgendaCase::position).containsExactly(1, 2, 3);
        assertThat(agenda.get(2).status()).isEqualTo(HubMeetings.CaseStatus.DECIDED_OUTSIDE);
    }

    /**
     * The meeting's steps, each audited, in their order: opened once a day, information before the start is marked
     * prepared, no decision before the start nor after the end, the end rolls the undecided cases over (audited with
     * how many) and is taken once; actions are added with their owner (audited) and read back; the figures count the
     * decisions, for the figures' roles only.
     */
    @Test
    void theMeetingsStepsAreAuditedAndTakenInTheirOrder() {
        UUID victim = person("Kay");
        Setting s = setting(victim);
        UUID other = person("Lou");
        referral(s.meeting().area(), s.meeting().windowFrom(), other, "MEDIUM", 12);
        UUID coordinator = s.coordinator().id().value();
        String meeting = s.meeting().id().toString();
        actAs(s.coordinator());
        assertThat(audited(coordinator, "hub-meeting", meeting, "opened for " + s.meeting().meetsOn())).isEqualTo(1);
        assertThat(hub.open(s.meeting().area(), s.meeting().meetsOn()).id()).as("once a day").isEqualTo(s.meeting().id());
        assertThat(audited(coordinator, "hub-meeting", meeting, "opened for " + s.meeting().meetsOn())).isEqualTo(1);
        hub.refreshAgenda(s.meeting().id());
        HubCaseId hubCase = s.hubCase().id();
        assertThatThrownBy(() -> hub.open(new AreaId(UUID.randomUUID()), s.meeting().meetsOn()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("area"));
        assertThatThrownBy(() -> hub.recordAttendance(s.meeting().id(), new org.hearth.partnership.AgencyId(
                UUID.randomUUID()), s.attending().id())).as("an agency not of the partnership")
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("agency"));
        assertThatThrownBy(() -> hub.recordAttendance(s.meeting().id(), s.attending().agency(), null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("representative"));
        assertThatThrownBy(() -> hub.addInformation(hubCase, null, " ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> hub.addAction(hubCase, new NewAction(null, "", null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(hub.information(hubCase)).as("nothing written").isEmpty();
        assertThat(hub.actions(hubCase)).isEmpty();

        hub.addInformation(hubCase, s.attending().agency(), "Known before the meeting");
        assertThat(audited(coordinator, "hub-case", victim.toString(), "information from agency "
                + s.attending().agency())).isEqualTo(1);
        assertThatThrownBy(() -> hub.decide(hubCase, Set.of(TriageOutcome.OUTREACH), "Too early"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Start the meeting before recording its decisions");
        assertThatThrownBy(() -> hub.end(s.meeting().id())).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("meeting"));

        hub.start(s.meeting().id());
        assertThat(audited(coordinator, "hub-meeting", meeting, "started")).isEqualTo(1);
        hub.addInformation(hubCase, null, "Said at the meeting");
        assertThat(hub.information(hubCase)).extracting(i -> i.text() + ":" + i.prepared())
                .containsExactlyInAnyOrder("Known before the meeting:true", "Said at the meeting:false");

        HubActionId action = hub.addAction(hubCase, new NewAction(ActionSubject.VICTIM, "Safety plan",
                s.attending().agency(), Instant.now().plus(2, ChronoUnit.DAYS)));
        assertThat(audited(coordinator, "hub-action", action.toString(), "owner agency " + s.attending().agency()))
                .isEqualTo(1);
        assertThat(hub.actions(hubCase)).extracting(Action::id).containsExactly(action);
        hub.decide(hubCase, Set.of(TriageOutcome.OUTREACH), "Medium risk: outreach");

        hub.end(s.meeting().id());
        assertThat(audited(coordinator, "hub-meeting", meeting, "ended; 1 not reached, rolled to the next meeting"))
                .isEqualTo(1);
        hub.end(s.meeting().id());
        assertThat(count("SELECT count(*) FROM audit_event WHERE ? = ANY(record_ids) AND reason LIKE 'ended;%'",
                meeting)).as("ended once").isEqualTo(1);
        assertThatThrownBy(() -> hub.decide(hubCase, Set.of(TriageOutcome.OUTREACH), "Too late"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("The meeting has ended");
        assertThatThrownBy(() -> hub.end(HubMeetingId.random())).isInstanceOf(java.util.NoSuchElementException.class);
        assertThatThrownBy(() -> hub.refreshAgenda(s.meeting().id())).as("an ended meeting's agenda")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> hub.addInformation(hubCase, null, "Too late")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The meeting has ended");
        assertThatThrownBy(() -> hub.completeAction(HubActionId.random()))
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(hub.outcomes(s.meeting().area(), s.meeting().meetsOn(), s.meeting().meetsOn()))
                .containsExactly(java.util.Map.entry(TriageOutcome.OUTREACH, 1));
        signOut();

        actAs(s.attending());
        assertThatThrownBy(() -> hub.outcomes(s.meeting().area(), s.meeting().meetsOn(), s.meeting().meetsOn()))
                .isInstanceOf(AccessDeniedException.class);
    }

    /**
     * A representative attending two days running: the second day's attendance extends their grant to the end of
     * that day (the first day's, which ends sooner, is ended and granted again), and the audit says how many people
     * the grants name.
     */
    @Test
    void attendingTheNextDayTooExtendsTheGrantToTheEndOfThatDay() {
        UUID victim = person("Mo");
        Setting s = setting(victim);
        UUID rep = s.attending().id().value();
        assertThat(audited(s.coordinator().id().value(), "hub-meeting", s.meeting().id().toString(),
                "attending; 1 hub meeting grants to the representative")).isEqualTo(1);
        LocalDate next = workingDays.nextWorkingDay(s.meeting().meetsOn());
        actAs(s.coordinator());
        hub.start(s.meeting().id());
        hub.end(s.meeting().id());
        Meeting tomorrow = hub.open(s.meeting().area(), next);
        assertThat(hub.agenda(tomorrow.id())).extracting(c -> c.referral().value())
                .contains(s.hubCase().referral().value());
        hub.recordAttendance(tomorrow.id(), s.attending().agency(), s.attending().id());
        signOut();
        assertThat(count(HELD, victim, rep)).isEqualTo(1);
        assertThat(jdbc.sql(HELD.replace("count(*)", "expires_at")).params(victim, rep)
                .query(java.sql.Timestamp.class).single().toInstant())
                .isEqualTo(next.plusDays(1).atStartOfDay(Dates.UK).toInstant().minusSeconds(60));
    }

    /**
     * A case naming a perpetrator and a child: attending grants the representative all three (the audit says so), and
     * opening the case is audited as a read of each of them.
     */
    @Test
    void openingACaseIsAuditedWithEveryoneItNamesAndAttendanceGrantsThemAll() {
        UUID victim = person("Nia");
        UUID perpetrator = person("Olaf");
        UUID child = person("Pip");
        Setting s = setting(victim, referral -> {
            jdbc.sql("INSERT INTO referral_perpetrator (referral_id, person_id) VALUES (?, ?)")
                    .params(referral, perpetrator).update();
            jdbc.sql("INSERT INTO referral_child (referral_id, person_id, present) VALUES (?, ?, true)")
                    .params(referral, child).update();
        });
        UUID rep = s.attending().id().value();
        assertThat(audited(s.coordinator().id().value(), "hub-meeting", s.meeting().id().toString(),
                "attending; 3 hub meeting grants to the representative")).isEqualTo(1);
        for (UUID named : List.of(victim, perpetrator, child)) {
            assertThat(count(HELD, named, rep)).isEqualTo(1);
        }
        actAs(s.attending());
        AgendaCase c = hub.openCase(s.meeting().id(), s.hubCase().id()).orElseThrow();
        assertThat(c.perpetrators()).extracting(PersonId::value).containsExactly(perpetrator);
        assertThat(c.children()).extracting(PersonId::value).containsExactly(child);
        assertThat(c.childrenPresent()).isEqualTo(1);
        String read = "hub meeting " + s.meeting().id() + ": case " + s.hubCase().reference();
        for (UUID named : List.of(victim, perpetrator, child)) {
            assertThat(audited(rep, "person", named.toString(), read)).as(named.toString()).isEqualTo(1);
        }
    }
}
