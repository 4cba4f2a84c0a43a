package org.hearth.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.ApiClients;
import org.hearth.access.ApiScope;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.WorkItems;
import org.hearth.platform.WorkList;
import org.hearth.referrals.ReferralId;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Casework: the first-contact clock in working days, caseload by FTE, allocation and handover (with need-to-know
 * granted and ended), the safe-contact flag and its escalation, the triage door's idempotence, the API's scope;
 * each guard against an agency that is not involved.
 */
@HearthIntegrationTest
class CaseworkTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseServices services;
    @Autowired
    Casework casework;
    @Autowired
    PersonAccess access;
    @Autowired
    List<WorkItems> workItems;
    @Autowired
    ApiClients apiClients;
    @LocalServerPort
    int port;

    String agencyX;
    StaffUser managerX;
    StaffUser workerX;
    StaffUser referrer;
    StaffUser stranger;
    CaseService idvaX;

    static void actAs(StaffUser u) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    @BeforeEach
    void setUp() {
        agencyX = Fixtures.uniqueName("IDVA Agency X");
        managerX = fixtures.enrolledUserAt(agencyX, Role.PRACTITIONER).user();
        workerX = fixtures.enrolledUserAt(agencyX, Role.PRACTITIONER).user();
        referrer = fixtures.enrolledUserAt(Fixtures.uniqueName("Referring Agency"), Role.PRACTITIONER).user();
        stranger = fixtures.enrolledUserAt(Fixtures.uniqueName("Stranger Agency"), Role.PRACTITIONER).user();
        idvaX = service(agencyX, ServiceKind.IDVA, managerX, workerX);
    }

    @AfterEach
    void tearDown() {
        signOut();
    }

    /** A service at the agency, the first user its full-time manager, the others full-time workers. */
    CaseService service(String agency, ServiceKind kind, StaffUser manager, StaffUser... workers) {
        actAs(fixtures.enrolledUser(Role.SYSTEM_ADMIN).user());
        try {
            CaseService s = services.create(fixtures.agency(agency).id(), null, kind, Fixtures.uniqueName("Service "),
                    2, 60, 80);
            services.setWorker(s.id(), manager.id(), BigDecimal.ONE, true);
            for (StaffUser w : workers) {
                services.setWorker(s.id(), w.id(), BigDecimal.ONE, false);
            }
            return services.find(s.id()).orElseThrow();
        } finally {
            signOut();
        }
    }

    UUID person() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Casework', ?, ?)")
                .params(id, Fixtures.uniqueName("Person"), UUID.randomUUID()).update();
        fixtures.grant(id, referrer.agency().value(), "RECORDED");
        return id;
    }

    /** A case referred by the referring agency's practitioner into the service. */
    Case referred(UUID person, CaseService service) {
        actAs(referrer);
        try {
            return casework.refer(new PersonId(person), service.id(), "High risk after a strangulation", CaseSource.PERSON_PAGE);
        } finally {
            signOut();
        }
    }

    Case allocated(UUID person, CaseService service, StaffUser manager, StaffUser worker) {
        Case c = referred(person, service);
        actAs(manager);
        try {
            return casework.allocate(c.id(), worker.id());
        } finally {
            signOut();
        }
    }

    // ------------------------------------------------------------------------------------------- the clock

    @Test
    void firstContactIsDueTwoWorkingDaysAfterReferralLeavingOutWeekendsAndBankHolidays() {
        // a Friday: Monday and Tuesday are the two working days
        assertThat(services.firstContactDue(idvaX.id(), LocalDate.of(2026, 12, 4))).isEqualTo(LocalDate.of(2026, 12, 8));
        // a Wednesday: Friday
        assertThat(services.firstContactDue(idvaX.id(), LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2026, 12, 4));
        // Christmas Eve (Thursday): Christmas Day, the weekend and Boxing Day's substitute Monday do not count
        assertThat(services.firstContactDue(idvaX.id(), LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 30));
        // the Thursday before Easter 2027: Good Friday and Easter Monday do not count
        assertThat(services.firstContactDue(idvaX.id(), LocalDate.of(2027, 3, 25))).isEqualTo(LocalDate.of(2027, 3, 31));
        // a referral on a Saturday counts from Monday, the next working day (WorkingDays' rule): Wednesday
        assertThat(services.firstContactDue(idvaX.id(), LocalDate.of(2026, 12, 5))).isEqualTo(LocalDate.of(2026, 12, 9));
        Case c = referred(person(), idvaX);
        assertThat(c.firstContactDue()).isEqualTo(services.firstContactDue(idvaX.id(), c.referredOn()));
        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_ALLOCATION);
    }

    // ------------------------------------------------------------------------------------------- caseload

    @Test
    void caseloadCountsOpenCasesAgainstTheGuideScaledByHours() {
        StaffUser partTime = fixtures.enrolledUserAt(agencyX, Role.PRACTITIONER).user();
        actAs(managerX);
        services.setWorker(idvaX.id(), partTime.id(), new BigDecimal("0.5"), false);
        signOut();
        allocated(person(), idvaX, managerX, workerX);
        allocated(person(), idvaX, managerX, workerX);
        allocated(person(), idvaX, managerX, partTime);
        referred(person(), idvaX); // waiting in the queue: nobody's caseload

        actAs(managerX);
        List<Caseload> load = services.caseload(idvaX.id());
        Caseload full = load.stream().filter(l -> l.user().equals(workerX.id())).findFirst().orElseThrow();
        Caseload half = load.stream().filter(l -> l.user().equals(partTime.id())).findFirst().orElseThrow();
        assertThat(full.open()).isEqualTo(2);
        assertThat(full.low()).isEqualTo(60);
        assertThat(full.high()).isEqualTo(80);
        assertThat(half.open()).isEqualTo(1);
        assertThat(half.low()).isEqualTo(30);
        assertThat(half.high()).isEqualTo(40);
        assertThat(Caseload.of(new Worker(workerX.id(), "x", new BigDecimal("0.6"), false), 49, 60, 80))
                .satisfies(c -> {
                    assertThat(c.low()).isEqualTo(36);
                    assertThat(c.high()).isEqualTo(48);
                    assertThat(c.band()).isEqualTo("Over");
                });
        assertThat(casework.queue(idvaX.id())).hasSize(1);
        signOut();

        actAs(workerX);
        assertThatThrownBy(() -> services.caseload(idvaX.id())).as("a worker who does not manage")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(casework.myCases()).hasSize(2);
    }

    // ------------------------------------------------------------------------------------------- refusals

    @Test
    void allocationToAWorkerOfAnotherServiceAndHandoverToAnAgencyWithoutTheServiceAreRefusedWithNothingWritten() {
        String agencyY = Fixtures.uniqueName("Outreach Agency Y");
        StaffUser managerY = fixtures.enrolledUserAt(agencyY, Role.PRACTITIONER).user();
        StaffUser workerY = fixtures.enrolledUserAt(agencyY, Role.PRACTITIONER).user();
        CaseService outreachY = service(agencyY, ServiceKind.OUTREACH, managerY, workerY); // not an IDVA service
        Case c = referred(person(), idvaX);

        actAs(managerX);
        assertThatThrownBy(() -> casework.allocate(c.id(), workerY.id()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a worker of " + idvaX.name());
        assertThat(casework.find(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.AWAITING_ALLOCATION);
        casework.allocate(c.id(), workerX.id());
        signOut();

        actAs(workerX);
        AgencyId y = fixtures.agency(agencyY).id();
        assertThatThrownBy(() -> casework.handover(c.id(), null, outreachY.id(), null, "Moving to Y's area"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(agencyY + ": " + outreachY.name() + " is not a service like this one");
        assertThatThrownBy(() -> casework.handover(c.id(), null, null, y, "Moving to Y's area"))
                .as("the older form's agency").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(agencyY + " runs no service like this one (IDVA service)");
        assertThatThrownBy(() -> casework.handover(c.id(), workerY.id(), null, null, "To a colleague?"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a worker of");
        assertThatThrownBy(() -> casework.handover(c.id(), managerX.id(), null, null, " "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("handover note");
        assertThat(jdbc.sql("SELECT count(*) FROM casework_handover WHERE case_id = ?").param(c.id().value())
                .query(Long.class).single()).isZero();
    }

    // ------------------------------------------------------------------------------------------- handover

    @Test
    void handoverMovesNeedToKnowAndTheOldWorkerLosesAccessOnceItIsAccepted() {
        String agencyY = Fixtures.uniqueName("IDVA Agency Y");
        StaffUser managerY = fixtures.enrolledUserAt(agencyY, Role.PRACTITIONER).user();
        StaffUser workerY = fixtures.enrolledUserAt(agencyY, Role.PRACTITIONER).user();
        CaseService idvaY = service(agencyY, ServiceKind.IDVA, managerY, workerY);
        UUID p = person();
        PersonId person = new PersonId(p);
        Case c = allocated(p, idvaX, managerX, workerX);

        actAs(workerX);
        assertThat(access.mayView(person)).as("the allocated worker").isTrue();
        assertThat(access.mayViewContact(person)).as("with safe contact details").isTrue();
        Handover h = casework.handover(c.id(), null, idvaY.id(), null, "She has moved to Y's area");
        assertThat(h.toService()).isEqualTo(idvaY.id());
        assertThat(casework.find(c.id())).as("until accepted, the old worker keeps the case").isPresent();
        assertThatThrownBy(() -> casework.acceptHandover(h.id())).as("not by the one handing over")
                .isInstanceOf(AccessDeniedException.class);
        signOut();

        actAs(stranger);
        assertThatThrownBy(() -> casework.acceptHandover(h.id())).as("an agency not involved cannot accept")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casework.find(c.id())).isInstanceOf(AccessDeniedException.class);
        signOut();

        actAs(managerY);
        assertThat(access.mayView(person)).as("the receiving agency reads the case to decide").isTrue();
        assertThat(access.holdsGround(person)).as("reading to decide is not a lasting ground").isFalse();
        assertThat(access.mayViewContact(person)).as("nor safe contact details").isFalse();
        Case accepted = casework.acceptHandover(h.id());
        assertThat(accepted.service()).isEqualTo(idvaY.id());
        assertThat(accepted.status()).isEqualTo(CaseStatus.AWAITING_ALLOCATION);
        casework.allocate(c.id(), workerY.id());
        signOut();

        actAs(workerX);
        assertThat(access.mayView(person)).as("the old worker's (and agency's) grant ended").isFalse();
        assertThat(access.mayViewContact(person)).isFalse();
        assertThatThrownBy(() -> casework.find(c.id())).as("the old worker").isInstanceOf(AccessDeniedException.class);
        assertThat(casework.myCases()).noneMatch(x -> x.id().equals(c.id()));
        signOut();
        actAs(workerY);
        assertThat(access.mayViewContact(person)).as("the new worker").isTrue();
        assertThat(casework.find(c.id()).orElseThrow().worker()).isEqualTo(workerY.id());
        assertThat(jdbc.sql("""
                SELECT count(*) FROM person_access_grant WHERE person_id = ? AND basis_kind LIKE 'casework-%'
                  AND ended_at IS NULL AND agency_id = ?""").params(p, fixtures.agency(agencyX).id().value())
                .query(Long.class).single()).isZero();
    }

    // ------------------------------------------------------------------------------------------- safe contact

    @Test
    void anAgencyRunningTheKindInTwoAreasGetsTheCaseInTheServiceChosen() {
        String agencyY = Fixtures.uniqueName("Two Area Agency Y");
        StaffUser managerY = fixtures.enrolledUserAt(agencyY, Role.PRACTITIONER).user();
        CaseService northY = service(agencyY, ServiceKind.IDVA, managerY);
        CaseService southY = service(agencyY, ServiceKind.IDVA, managerY);
        Case c = allocated(person(), idvaX, managerX, workerX);

        actAs(workerX);
        // the older form's agency cannot say which: refused, asking for the service, nothing written
        assertThatThrownBy(() -> casework.handover(c.id(), null, null, fixtures.agency(agencyY).id(), "Moved"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get("toService"))
                        .isEqualTo(agencyY + " runs 2 services like this one (IDVA service): choose the service to"
                                + " hand the case over to"));
        assertThat(jdbc.sql("SELECT count(*) FROM casework_handover WHERE case_id = ?").param(c.id().value())
                .query(Long.class).single()).isZero();
        Handover h = casework.handover(c.id(), null, southY.id(), null, "She has moved south");
        assertThat(h.toService()).as("the second of the two, as chosen").isEqualTo(southY.id())
                .isNotEqualTo(northY.id());
        signOut();
        actAs(managerY);
        assertThat(casework.acceptHandover(h.id()).service()).isEqualTo(southY.id());
    }

    @Test
    void anAttemptOnAnUnsafeChannelIsRecordedFlaggedAndEscalatedToTheManagerAtOnce() {
        UUID p = person();
        jdbc.sql("INSERT INTO safe_contact (person_id, call_ok, voicemail_ok, text_ok, updated_by) VALUES (?, false, false, true, ?)")
                .params(p, UUID.randomUUID()).update();
        Case c = allocated(p, idvaX, managerX, workerX);

        actAs(stranger);
        assertThatThrownBy(() -> casework.recordContact(c.id(), Instant.now(), ContactMethod.TEXT,
                ContactOutcome.NO_ANSWER, null)).as("an agency not involved").isInstanceOf(AccessDeniedException.class);
        assertThat(titles()).doesNotContain("Casework: contact on an unsafe channel");
        signOut();

        actAs(workerX);
        ContactAttempt text = casework.recordContact(c.id(), Instant.now(), ContactMethod.TEXT, ContactOutcome.NO_ANSWER, null);
        assertThat(text.unsafeChannel()).isFalse();
        ContactAttempt call = casework.recordContact(c.id(), Instant.now(), ContactMethod.PHONE_CALL,
                ContactOutcome.SPOKE, "She answered; he was in the room");
        assertThat(call.unsafeChannel()).as("the record is true: recorded, and flagged").isTrue();
        assertThat(casework.contacts(c.id())).hasSize(2);
        assertThat(casework.find(c.id()).orElseThrow().firstContactAt()).isNotNull();
        assertThat(titles()).as("a worker who does not manage").doesNotContain("Casework: contact on an unsafe channel");
        assertThatThrownBy(() -> casework.acknowledge(c.id(), call.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casework.recordContact(c.id(), Instant.now().plusSeconds(86_400), ContactMethod.TEXT,
                ContactOutcome.NO_ANSWER, null)).isInstanceOf(InvalidInputException.class);
        signOut();

        actAs(managerX);
        assertThat(titles()).contains("Casework: contact on an unsafe channel");
        casework.acknowledge(c.id(), call.id());
        assertThat(titles()).doesNotContain("Casework: contact on an unsafe channel");
    }

    private List<String> titles() {
        return workItems.stream().flatMap(w -> w.forCurrentUser().stream()).map(WorkList::title).toList();
    }

    // ------------------------------------------------------------------------------------------- guards

    @Test
    void anAgencyNotInvolvedCanNeitherReferNorAllocateNorReadNorWriteTheCase() {
        UUID p = person();
        actAs(stranger);
        assertThatThrownBy(() -> casework.refer(new PersonId(p), idvaX.id(), "reason", CaseSource.PERSON_PAGE))
                .as("referring needs a ground").isInstanceOf(AccessDeniedException.class);
        signOut();
        Case c = referred(p, idvaX);
        // referring again while the case is open: told a case is open, never shown it (service, worker, state)
        actAs(referrer);
        assertThatThrownBy(() -> casework.refer(new PersonId(p), idvaX.id(), "Again", CaseSource.PERSON_PAGE))
                .isInstanceOfSatisfying(org.hearth.platform.InvalidInputException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("service").allSatisfy((k, v) -> assertThat(v).doesNotContain(c.reference())));
        signOut();
        actAs(stranger);
        assertThatThrownBy(() -> casework.allocate(c.id(), workerX.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casework.queue(idvaX.id())).isInstanceOf(AccessDeniedException.class);
        signOut();
        actAs(managerX);
        casework.allocate(c.id(), workerX.id());
        signOut();
        actAs(stranger);
        assertThatThrownBy(() -> casework.find(c.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casework.addNote(c.id(), NoteType.RISK, LocalDate.now(), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casework.saveSafetyPlan(c.id(), new SafetyPlan.Sections("x", null, null, null, null,
                null, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casework.chronology(c.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casework.handover(c.id(), stranger.id(), null, null, "note"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(access.mayView(new PersonId(p))).isFalse();
        signOut();

        // the worker: a note, a safety plan in versions, a support plan, the chronology
        actAs(workerX);
        casework.addNote(c.id(), NoteType.COURT, LocalDate.now(), "First hearing listed");
        casework.saveSafetyPlan(c.id(), new SafetyPlan.Sections("Sister", null, null, "Bluebell", null, null, null, null));
        SafetyPlan second = casework.saveSafetyPlan(c.id(), new SafetyPlan.Sections("Sister and neighbour", null,
                null, "Bluebell", null, null, null, null));
        assertThat(second.version()).isEqualTo(2);
        assertThat(casework.safetyPlans(c.id())).hasSize(2);
        SupportItem item = casework.addSupport(c.id(), SupportNeed.HOUSING, "Sanctuary scheme referral");
        assertThatThrownBy(() -> casework.updateSupport(c.id(), item.id(), SupportStatus.DONE, ""))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("outcome");
        assertThat(casework.updateSupport(c.id(), item.id(), SupportStatus.DONE, "Locks fitted").status())
                .isEqualTo(SupportStatus.DONE);
        assertThat(casework.chronology(c.id())).extracting(ChronologyEntry::kind)
                .contains("Case", "Note: Court", "Safety plan");
        signOut();
    }

    @Test
    void everyReadOfACaseIsAuditedWithThePersonsId() {
        UUID p = person();
        Case c = allocated(p, idvaX, managerX, workerX);
        actAs(workerX);
        casework.find(c.id());
        signOut();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'READ' AND record_type = 'person'
                  AND ? = ANY(record_ids) AND reason = 'casework: case'""").param(p.toString())
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------- doors

    @Test
    void theTriageDoorMakesOneCasePerDecisionHoweverOftenTheEventIsDelivered() {
        UUID p = person();
        UUID referral = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, incident_on, victim_id,
                    consent, triage_outcome, triage_reason, triaged_at)
                VALUES (?, ?, 'WEB', ?, current_date, current_date, ?, 'GIVEN', 'REFER_TO_IDVA', 'High risk', now())""")
                .params(referral, "T-" + referral.toString().substring(0, 13), referrer.agency().value(), p).update();
        Case first = casework.fromTriage(new ReferralId(referral), new PersonId(p), ServiceKind.IDVA).orElseThrow();
        Case again = casework.fromTriage(new ReferralId(referral), new PersonId(p), ServiceKind.IDVA).orElseThrow();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.source()).isEqualTo(CaseSource.TRIAGE);
        assertThat(jdbc.sql("SELECT count(*) FROM casework_case WHERE person_id = ?").param(p).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void everyReferralToMaracOffersAnIdvaOnceHoweverOftenTheEventIsDelivered() {
        UUID p = person();
        org.hearth.marac.MaracReferralId referral = new org.hearth.marac.MaracReferralId(UUID.randomUUID());
        Case first = casework.fromMarac(referral, new PersonId(p), null).orElseThrow();
        Case again = casework.fromMarac(referral, new PersonId(p), null).orElseThrow();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.kind()).isEqualTo(ServiceKind.IDVA);
        assertThat(first.source()).isEqualTo(CaseSource.MARAC);
        assertThat(first.status()).isEqualTo(CaseStatus.AWAITING_ALLOCATION);
    }

    @Test
    void theApiGivesAWorkerTheirOwnCasesAndAProvidersSystemItsAgencysOnly() {
        UUID p = person();
        Case c = allocated(p, idvaX, managerX, workerX);
        actAs(fixtures.enrolledUser(Role.SYSTEM_ADMIN).user());
        String own = apiClients.create(Fixtures.uniqueName("Own"), fixtures.agency(agencyX).id(),
                Set.of(ApiScope.CASEWORK_READ)).token();
        String other = apiClients.create(Fixtures.uniqueName("Other"), stranger.agency(),
                Set.of(ApiScope.CASEWORK_READ)).token();
        signOut();
        assertThat(get(own, "/api/casework/cases").body()).contains(c.id().toString());
        assertThat(get(other, "/api/casework/cases").body()).doesNotContain(c.id().toString());
        assertThat(get(own, "/api/casework/cases/" + c.id()).status()).isEqualTo(200);
        assertThat(get(other, "/api/casework/cases/" + c.id()).status()).as("another agency's system").isEqualTo(403);
        assertThat(get(other, "/api/casework/cases/" + c.id() + "/contacts").status()).isEqualTo(403);
        Page bad = get(own, "/api/casework/cases?worker=nobody");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"worker\"");
    }

    private Page get(String token, String path) {
        WebSession web = new WebSession(port);
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json").GET());
    }
}
