package org.hearth.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.audit.AuditRecordNames;
import org.hearth.orders.ProtectiveOrder.Party;
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
 * The orders module's party naming guard, one layer down: an agency grounded on the person an order is against, and
 * not on the person it protects, reads the order through that person but never learns whom it protects (a new
 * partner, a child); and an order may name only people the recording agency holds a ground on or who are related to
 * the person it is recorded through.
 */
@HearthIntegrationTest
class OrderGuardTest {

    private static final String UNSEEN = "A person whose record you cannot see";

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Orders orders;
    @Autowired
    List<AuditRecordNames> auditNames;

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
                .params(id, given, Fixtures.uniqueName("OrderGuard"), UUID.randomUUID()).update();
        return id;
    }

    private String name(UUID person) {
        return jdbc.sql("SELECT given_name || ' ' || family_name FROM person WHERE id = ?").param(person)
                .query(String.class).single();
    }

    private static NewOrder restraining(UUID protectedPerson, UUID subject) {
        return new NewOrder("RESTRAINING", List.of(new PersonId(protectedPerson)), new PersonId(subject),
                Applicant.COURT, null, null, Instant.parse("2025-11-03T11:00:00Z"), null, null, null,
                LocalDate.of(2025, 11, 3), null, null, false, null);
    }

    @Test
    void anAgencyGroundedOnlyOnTheSubjectReadsTheOrderWithoutLearningWhomItProtects() {
        UUID victim = person("Vita");
        UUID subject = person("Simon");
        String involvedAgency = Fixtures.uniqueName("Orders Guard Involved ");
        fixtures.grant(victim, fixtures.agency(involvedAgency).id().value(), "RECORDED");
        fixtures.grant(subject, fixtures.agency(involvedAgency).id().value(), "RECORDED");
        StaffUser involved = fixtures.enrolledUserAt(involvedAgency, Role.PRACTITIONER).user();
        String probation = Fixtures.uniqueName("Orders Guard Probation ");
        fixtures.grant(subject, fixtures.agency(probation).id().value(), "RECORDED");
        StaffUser subjectOnly = fixtures.enrolledUserAt(probation, Role.PRACTITIONER).user();

        actAs(involved);
        ProtectiveOrder recorded = orders.record(new PersonId(victim), restraining(victim, subject));
        assertThat(recorded.protectedPersons()).extracting(Party::name).containsExactly(name(victim));
        assertThat(recorded.subject().name()).isEqualTo(name(subject));
        // the audit trail page names the order by its reference and type, never a person
        String type = jdbc.sql("SELECT short_name FROM order_type WHERE code = 'RESTRAINING'").query(String.class)
                .single();
        assertThat(auditNames).anySatisfy(m -> assertThat(m.names(Set.of(recorded.id().value())))
                .containsEntry(recorded.id().value(), "Protective order " + recorded.reference() + " (" + type + ")"));
        signOut();

        actAs(subjectOnly);
        List<ProtectiveOrder> read = orders.forPerson(new PersonId(subject));
        assertThat(read).singleElement().satisfies(o -> {
            assertThat(o.protectedPersons()).extracting(Party::name).containsExactly(UNSEEN);
            assertThat(o.subject().name()).isEqualTo(name(subject));
        });
        assertThat(orders.find(recorded.id(), new PersonId(subject))).hasValueSatisfying(o -> assertThat(
                o.protectedPersons()).extracting(Party::name).containsExactly(UNSEEN));
        // and never through the person it protects
        assertThatThrownBy(() -> orders.forPerson(new PersonId(victim))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> orders.find(recorded.id(), new PersonId(victim)))
                .isInstanceOf(AccessDeniedException.class);
        signOut();

        // the involved agency reads both names
        actAs(involved);
        assertThat(orders.forPerson(new PersonId(subject))).singleElement().satisfies(o -> assertThat(
                o.protectedPersons()).extracting(Party::name).containsExactly(name(victim)));
    }

    @Test
    void anOrderNamesOnlyPeopleTheAgencyHoldsAGroundOnOrWhoAreRelatedToThePersonItIsRecordedThrough() {
        String agency = Fixtures.uniqueName("Orders Guard Naming ");
        UUID agencyId = fixtures.agency(agency).id().value();
        UUID victim = person("Wren");
        fixtures.grant(victim, agencyId, "RECORDED");
        UUID related = person("Rory");
        jdbc.sql("INSERT INTO person_relationship (person_id, related_id, kind) VALUES (?, ?, 'EX_PARTNER')")
                .params(victim, related).update();
        UUID grounded = person("Gus");
        fixtures.grant(grounded, agencyId, "RECORDED");
        UUID stranger = person("Sid");
        StaffUser worker = fixtures.enrolledUserAt(agency, Role.PRACTITIONER).user();

        actAs(worker);
        PersonId through = new PersonId(victim);
        orders.check(through, restraining(victim, related));
        orders.check(through, restraining(victim, grounded));
        assertThatThrownBy(() -> orders.check(through, restraining(victim, stranger)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("subject"));
        // a stranger as the protected person, the order against a related one
        assertThatThrownBy(() -> orders.check(new PersonId(related), restraining(stranger, related)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> orders.check(through, new NewOrder("RESTRAINING", List.of(new PersonId(victim),
                new PersonId(stranger)), new PersonId(related), Applicant.COURT, null, null,
                Instant.parse("2025-11-03T11:00:00Z"), null, null, null, LocalDate.of(2025, 11, 3), null, null, false,
                null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("protectedPersons"));
        // an order recorded on the record of a person it does not name
        assertThatThrownBy(() -> orders.check(through, restraining(grounded, related)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsKey("protectedPersons"));
        assertThatThrownBy(() -> orders.record(through, restraining(victim, stranger)))
                .isInstanceOf(InvalidInputException.class);
        signOut();
        assertThat(jdbc.sql("SELECT count(*) FROM protective_order WHERE subject_id = ?").param(stranger)
                .query(Long.class).single()).isZero();
    }

    private List<List<String>> audited(StaffUser actor, String action, String reason) {
        return jdbc.sql("""
                SELECT record_ids FROM audit_event WHERE actor_id = ? AND action = ? AND record_type = 'protective-order'
                  AND reason = ? ORDER BY occurred_at, id""").params(actor.id().value(), action, reason)
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).list();
    }

    /**
     * {@code OrderService}'s guards one at a time with an agency grounded on a person the order does not name: it
     * neither reads nor breaches the order through that person; and every read and write is audited with the order
     * and everyone it names, recorded by the member of staff who made it.
     */
    @Test
    void anOrderIsReadAndBreachedOnlyThroughAPersonItNamesAndEveryReadAndWriteIsAudited() {
        UUID victim = person("Una");
        UUID subject = person("Sol");
        UUID unnamed = person("Nell");
        String agency = Fixtures.uniqueName("Orders Guard Through ");
        UUID agencyId = fixtures.agency(agency).id().value();
        fixtures.grant(victim, agencyId, "RECORDED");
        fixtures.grant(subject, agencyId, "RECORDED");
        fixtures.grant(unnamed, agencyId, "RECORDED");
        StaffUser worker = fixtures.enrolledUserAt(agency, Role.PRACTITIONER).user();

        actAs(worker);
        ProtectiveOrder recorded = orders.record(new PersonId(victim), restraining(victim, subject));
        String order = recorded.id().toString();
        assertThat(jdbc.sql("SELECT recorded_by FROM protective_order WHERE id = ?").param(recorded.id().value())
                .query(UUID.class).single()).as("recorded by the member of staff").isEqualTo(worker.id().value());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = 'CREATE' AND "
                + "record_type = 'protective-order' AND record_ids = ARRAY[?, ?, ?]::text[] AND reason LIKE ?")
                .params(worker.id().value(), order, victim.toString(), subject.toString(),
                        "% " + recorded.reference()).query(Long.class).single()).isEqualTo(1);

        assertThat(orders.forPerson(new PersonId(victim))).extracting(ProtectiveOrder::id).containsExactly(recorded.id());
        assertThat(audited(worker, "READ", "orders on a person's record"))
                .containsExactly(List.of(victim.toString(), subject.toString(), order));
        assertThat(orders.forPerson(new PersonId(unnamed))).isEmpty();
        assertThat(audited(worker, "READ", "orders on a person's record")).last()
                .isEqualTo(List.of(unnamed.toString()));

        // through a person the agency holds a ground on but the order does not name: no order, no breach
        assertThat(orders.find(recorded.id(), new PersonId(unnamed))).isEmpty();
        assertThat(audited(worker, "READ", "a protective order")).isEmpty();
        NewBreach breach = new NewBreach(LocalDate.of(2025, 11, 10), PoliceResponse.values()[0], " pushed her ");
        assertThatThrownBy(() -> orders.recordBreach(recorded.id(), new PersonId(unnamed), breach))
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM order_breach WHERE order_id = ?").param(recorded.id().value())
                .query(Long.class).single()).isZero();

        assertThat(orders.find(recorded.id(), new PersonId(subject))).isPresent();
        assertThat(audited(worker, "READ", "a protective order"))
                .containsExactly(List.of(subject.toString(), victim.toString(), order));
        Breach b = orders.recordBreach(recorded.id(), new PersonId(victim), breach);
        assertThat(b.details()).isEqualTo("pushed her");
        assertThat(b.recordedByName()).isEqualTo(worker.displayName());
        assertThat(jdbc.sql("SELECT recorded_by FROM order_breach WHERE id = ?").param(b.id()).query(UUID.class)
                .single()).isEqualTo(worker.id().value());
        assertThat(audited(worker, "UPDATE", "breach recorded"))
                .containsExactly(List.of(order, victim.toString(), subject.toString()));

        // nobody signed in records nothing
        signOut();
        assertThatThrownBy(() -> orders.record(new PersonId(victim), restraining(victim, subject)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Sign in");
        assertThatThrownBy(() -> orders.recordBreach(recorded.id(), new PersonId(victim), breach))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Sign in");
    }
}
