package org.hearth.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
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
 * Casework's guards one layer down, asked by someone not involved at that guard: a referral of a person whose case
 * is open with another service (the referrer learns only that a case is open, and the attempt is audited), the
 * handover's temporary grant to the receiving agency (read to decide, never a lasting ground, ended on acceptance),
 * and a colleague of the receiving service who is neither the receiving worker nor a manager.
 */
@HearthIntegrationTest
class CaseworkGuardTest {

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

    private CaseService service(String agency, ServiceKind kind, StaffUser manager, StaffUser... workers) {
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

    private UUID person(UUID groundedAgency) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Guard', ?, ?)")
                .params(id, Fixtures.uniqueName("Casework"), UUID.randomUUID()).update();
        fixtures.grant(id, groundedAgency, "RECORDED");
        return id;
    }

    private long cases(UUID person) {
        return jdbc.sql("SELECT count(*) FROM casework_case WHERE person_id = ?").param(person).query(Long.class)
                .single();
    }

    @Test
    void referringAgainWhileAnotherServicesCaseIsOpenShowsNothingOfItAndIsAuditedWhileItsManagerGetsTheCase() {
        String agencyX = Fixtures.uniqueName("Guard IDVA X");
        StaffUser managerX = fixtures.enrolledUserAt(agencyX, Role.PRACTITIONER).user();
        StaffUser workerX = fixtures.enrolledUserAt(agencyX, Role.PRACTITIONER).user();
        CaseService idvaX = service(agencyX, ServiceKind.IDVA, managerX, workerX);
        StaffUser referrer = fixtures.enrolledUserAt(Fixtures.uniqueName("Guard Referrer"), Role.PRACTITIONER).user();
        StaffUser second = fixtures.enrolledUserAt(Fixtures.uniqueName("Guard Second"), Role.PRACTITIONER).user();
        UUID p = person(referrer.agency().value());
        fixtures.grant(p, second.agency().value(), "RECORDED");
        fixtures.grant(p, managerX.agency().value(), "RECORDED");
        PersonId person = new PersonId(p);

        actAs(referrer);
        Case c = casework.refer(person, idvaX.id(), "High risk after a strangulation", CaseSource.PERSON_PAGE);
        signOut();

        actAs(second);
        assertThatThrownBy(() -> casework.refer(person, idvaX.id(), "Worried too", CaseSource.PERSON_PAGE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).containsOnlyKeys("service");
                    assertThat(e.errors().get("service")).contains("already has an open case")
                            .doesNotContain(c.reference(), idvaX.name());
                });
        assertThatThrownBy(() -> casework.find(c.id())).isInstanceOf(AccessDeniedException.class);
        signOut();
        assertThat(cases(p)).as("no second case").isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'CREATE' AND record_type = 'casework-case'
                  AND actor_id = ? AND ? = ANY(record_ids) AND ? = ANY(record_ids) AND reason = ?""")
                .params(second.id().value(), c.id().toString(), p.toString(),
                        "referred again while open, by " + second.agency()).query(Long.class).single())
                .as("the attempt is audited").isEqualTo(1);

        // the service's own manager, who may read the case, is given it back rather than a second one
        actAs(managerX);
        Case again = casework.refer(person, idvaX.id(), "Again from the service", CaseSource.PERSON_PAGE);
        assertThat(again.id()).isEqualTo(c.id());
        signOut();
        assertThat(cases(p)).isEqualTo(1);
    }

    @Test
    void aHandoverGrantsTheReceivingAgencyATemporaryReadThatEndsOnAcceptanceAndOnlyTheReceiversAccept() {
        String agencyX = Fixtures.uniqueName("Guard Handover X");
        StaffUser managerX = fixtures.enrolledUserAt(agencyX, Role.PRACTITIONER).user();
        StaffUser workerX = fixtures.enrolledUserAt(agencyX, Role.PRACTITIONER).user();
        StaffUser colleagueX = fixtures.enrolledUserAt(agencyX, Role.PRACTITIONER).user();
        CaseService idvaX = service(agencyX, ServiceKind.IDVA, managerX, workerX, colleagueX);
        String agencyY = Fixtures.uniqueName("Guard Handover Y");
        StaffUser managerY = fixtures.enrolledUserAt(agencyY, Role.PRACTITIONER).user();
        StaffUser workerY = fixtures.enrolledUserAt(agencyY, Role.PRACTITIONER).user();
        StaffUser otherY = fixtures.enrolledUserAt(agencyY, Role.PRACTITIONER).user();
        CaseService idvaY = service(agencyY, ServiceKind.IDVA, managerY, workerY);
        StaffUser referrer = fixtures.enrolledUserAt(Fixtures.uniqueName("Guard Referrer"), Role.PRACTITIONER).user();
        UUID p = person(referrer.agency().value());
        PersonId person = new PersonId(p);
        actAs(referrer);
        Case c = casework.refer(person, idvaX.id(), "Needs an IDVA", CaseSource.PERSON_PAGE);
        signOut();
        actAs(managerX);
        casework.allocate(c.id(), workerX.id());
        signOut();

        String handoverGrants = """
                SELECT count(*) FROM person_access_grant WHERE person_id = ? AND ground = 'HANDOVER'
                  AND agency_id = ? AND ended_at IS NULL""";
        // to a colleague in the same service: no grant to any other agency
        actAs(workerX);
        Handover toColleague = casework.handover(c.id(), colleagueX.id(), null, null, "Going on leave");
        signOut();
        assertThat(jdbc.sql("SELECT count(*) FROM person_access_grant WHERE person_id = ? AND ground = 'HANDOVER'")
                .param(p).query(Long.class).single()).isZero();
        actAs(colleagueX);
        casework.acceptHandover(toColleague.id());
        Handover toY = casework.handover(c.id(), null, idvaY.id(), null, "She has moved to Y's area");
        signOut();

        Instant expires = jdbc.sql("""
                SELECT expires_at FROM person_access_grant WHERE person_id = ? AND ground = 'HANDOVER'
                  AND agency_id = ? AND ended_at IS NULL""").params(p, fixtures.agency(agencyY).id().value())
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(Duration.between(Instant.now(), expires)).as("a temporary read, 14 days")
                .isBetween(Duration.ofDays(13), Duration.ofDays(14));

        // Y's practitioner who is neither the receiving worker nor a manager reads the person but not the case
        actAs(otherY);
        assertThat(access.mayView(person)).isTrue();
        assertThat(access.holdsGround(person)).isFalse();
        assertThatThrownBy(() -> casework.find(c.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casework.acceptHandover(toY.id())).isInstanceOf(AccessDeniedException.class);
        signOut();
        assertThat(jdbc.sql("SELECT accepted_at IS NULL FROM casework_handover WHERE id = ?")
                .param(toY.id().value()).query(Boolean.class).single()).isTrue();

        actAs(managerY);
        assertThat(casework.find(c.id())).as("the receiving manager reads the case to decide").isPresent();
        casework.acceptHandover(toY.id());
        signOut();
        assertThat(jdbc.sql(handoverGrants).params(p, fixtures.agency(agencyY).id().value()).query(Long.class)
                .single()).as("the handover's read ends on acceptance").isZero();
        actAs(colleagueX);
        assertThat(access.mayView(person)).as("the handing-over worker's grant ended").isFalse();
        assertThatThrownBy(() -> casework.find(c.id())).isInstanceOf(AccessDeniedException.class);
        signOut();
        actAs(workerX);
        assertThat(access.mayView(person)).as("the first worker, handed over to a colleague earlier").isFalse();
    }

    private long audited(StaffUser actor, String action, String type, String reason, String... ids) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = ? AND record_type = ?
                  AND reason IS NOT DISTINCT FROM ? AND record_ids @> CAST(? AS text[])""")
                .params(actor.id().value(), action, type, reason, "{" + String.join(",", ids) + "}")
                .query(Long.class).single();
    }

    @Test
    void everyListOfCasesAndEveryEntryOnACaseIsAuditedWithThePerson() {
        String agencyX = Fixtures.uniqueName("Guard Audit X");
        StaffUser managerX = fixtures.enrolledUserAt(agencyX, Role.PRACTITIONER).user();
        StaffUser workerX = fixtures.enrolledUserAt(agencyX, Role.PRACTITIONER).user();
        CaseService idvaX = service(agencyX, ServiceKind.IDVA, managerX, workerX);
        StaffUser referrer = fixtures.enrolledUserAt(Fixtures.uniqueName("Guard Referrer"), Role.PRACTITIONER).user();
        UUID p = person(referrer.agency().value());
        PersonId person = new PersonId(p);
        actAs(referrer);
        Case c = casework.refer(person, idvaX.id(), "Threats after separation", CaseSource.PERSON_PAGE);
        signOut();
        String pid = p.toString();
        String cid = c.id().toString();

        actAs(managerX);
        assertThat(casework.queue(idvaX.id())).extracting(Case::id).contains(c.id());
        assertThat(audited(managerX, "READ", "person", "casework: allocation queue", pid)).isEqualTo(1);
        casework.allocate(c.id(), workerX.id());
        assertThat(audited(managerX, "UPDATE", "casework-case", "allocated to " + workerX.id(), cid, pid))
                .isEqualTo(1);
        signOut();

        actAs(workerX);
        assertThat(casework.myCases()).extracting(Case::id).contains(c.id());
        assertThat(audited(workerX, "READ", "person", "casework: my cases", pid)).isEqualTo(1);
        ContactAttempt attempt = casework.recordContact(c.id(), Instant.now().minus(Duration.ofMinutes(1)),
                ContactMethod.PHONE_CALL, ContactOutcome.SPOKE, "Agreed a safe time to call");
        assertThat(audited(workerX, "CREATE", "casework-contact", "PHONE_CALL SPOKE", attempt.id().toString(), cid,
                pid)).isEqualTo(1);
        CaseNote note = casework.addNote(c.id(), NoteType.CONTACT, java.time.LocalDate.now(
                java.time.ZoneId.of("Europe/London")), "Spoke at the agreed time");
        assertThat(audited(workerX, "CREATE", "casework-note", "CONTACT", note.id().toString(), cid, pid))
                .isEqualTo(1);
        assertThat(casework.notes(c.id())).extracting(CaseNote::id).contains(note.id());
        assertThat(audited(workerX, "READ", "person", "casework: notes", pid, cid)).isEqualTo(1);
        assertThat(casework.agencyCases(workerX.agency(), null)).extracting(Case::id).contains(c.id());
        assertThat(audited(workerX, "READ", "person", "casework: the agency's cases", pid)).isEqualTo(1);
        assertThat(casework.mayWork(c.id())).isTrue();
        signOut();

        // the referrer, of another agency, may not work the case; nobody signed in may not either
        actAs(referrer);
        assertThat(casework.mayWork(c.id())).isFalse();
        assertThat(casework.manages(idvaX.id())).isFalse();
        signOut();
        assertThat(casework.mayWork(c.id())).isFalse();
        actAs(managerX);
        assertThat(casework.manages(idvaX.id())).isTrue();
    }
}
