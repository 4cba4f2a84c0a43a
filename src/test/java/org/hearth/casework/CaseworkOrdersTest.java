package org.hearth.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.people.PersonId;
import org.hearth.platform.WorkItems;
import org.hearth.platform.WorkList;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Orders on a case: in its chronology, and their warnings (ending, hearing due, a breach) in "My work" of the case's
 * named worker as her own list; her colleagues keep their agency's list; an agency not involved sees none of it.
 */
@HearthIntegrationTest
class CaseworkOrdersTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseServices services;
    @Autowired
    Casework casework;
    @Autowired
    List<WorkItems> workItems;

    @AfterEach
    void tearDown() {
        CaseworkTest.signOut();
    }

    private UUID person(String given) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(id, given, Fixtures.uniqueName("Orders"), UUID.randomUUID()).update();
        return id;
    }

    private String order(String type, UUID victim, UUID subject, Instant made, LocalDate starts, LocalDate ends,
            UUID agency) {
        UUID id = UUID.randomUUID();
        String reference = "PO-C-" + id.toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO protective_order (id, reference, type_code, subject_id, applicant, made_at, notice_at,
                    hearing_at, starts_on, ends_on, recorded_by_name, agency_id)
                VALUES (?, ?, ?, ?, 'POLICE', ?, ?, ?, ?, ?, 'Test', ?)""")
                .params(id, reference, type, subject, Timestamp.from(made),
                        type.equals("DVPO") ? Timestamp.from(made.minusSeconds(3600)) : null,
                        type.equals("DVPO") ? Timestamp.from(made) : null, starts, ends, agency).update();
        jdbc.sql("INSERT INTO protective_order_person (order_id, person_id) VALUES (?, ?)").params(id, victim).update();
        return reference;
    }

    private List<WorkList> work() {
        return workItems.stream().flatMap(w -> w.forCurrentUser().stream()).toList();
    }

    private static List<String> rows(List<WorkList> lists, String title) {
        return lists.stream().filter(l -> l.title().equals(title)).flatMap(l -> l.rows().stream())
                .map(WorkList.WorkRow::label).toList();
    }

    @Test
    void theNamedWorkerGetsTheWarningsOfTheOrdersOnHerCasesAndTheyAreInTheChronology() {
        String agencyX = Fixtures.uniqueName("Orders IDVA X");
        StaffUser manager = fixtures.enrolledUserAt(agencyX, Role.PRACTITIONER).user();
        StaffUser worker = fixtures.enrolledUserAt(agencyX, Role.PRACTITIONER).user();
        StaffUser referrer = fixtures.enrolledUserAt(Fixtures.uniqueName("Orders Referrer"), Role.PRACTITIONER).user();
        StaffUser stranger = fixtures.enrolledUserAt(Fixtures.uniqueName("Orders Stranger"), Role.PRACTITIONER).user();
        CaseworkTest.actAs(fixtures.enrolledUser(Role.SYSTEM_ADMIN).user());
        CaseService s = services.create(fixtures.agency(agencyX).id(), null, ServiceKind.IDVA,
                Fixtures.uniqueName("Service "), 2, 60, 80);
        services.setWorker(s.id(), manager.id(), BigDecimal.ONE, true);
        services.setWorker(s.id(), worker.id(), BigDecimal.ONE, false);
        UUID victim = person("Olive");
        UUID subject = person("Oscar");
        fixtures.grant(victim, referrer.agency().value(), "RECORDED");
        CaseworkTest.actAs(referrer);
        Case c = casework.refer(new PersonId(victim), s.id(), "High risk", CaseSource.PERSON_PAGE);
        CaseworkTest.actAs(manager);
        casework.allocate(c.id(), worker.id());
        CaseworkTest.signOut();

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        UUID police = fixtures.agency(Fixtures.uniqueName("Orders Police")).id().value();
        // day 12 of a 14-day DVPO, within its 3 days' warning; a DVPN given an hour ago, its hearing not recorded
        String ending = order("DVPO", victim, subject, Instant.now().minusSeconds(11 * 86400L), today.minusDays(11),
                today.plusDays(2), police);
        String notice = order("DVPN", victim, subject, Instant.now().minusSeconds(3600), today, today.plusDays(2),
                police);
        String breached = order("BAIL", victim, subject, Instant.now().minusSeconds(20 * 86400L), today.minusDays(20),
                null, police);
        jdbc.sql("""
                INSERT INTO order_breach (id, order_id, occurred_on, police_response, recorded_by_name, agency_id)
                SELECT ?, id, ?, 'ARRESTED', 'Test', ? FROM protective_order WHERE reference = ?""")
                .params(UUID.randomUUID(), today.minusDays(1), police, breached).update();

        CaseworkTest.actAs(worker);
        List<WorkList> mine = work();
        assertThat(rows(mine, "Protective orders on your cases")).contains(ending + ": DVPO ends",
                notice + ": DVPN hearing", breached + ": Bail conditions breached");
        assertThat(rows(mine, "Protective orders ending soon")).as("not twice").noneMatch(r -> r.startsWith(ending));
        assertThat(casework.chronology(c.id())).filteredOn(e -> e.kind().equals("Protective order"))
                .extracting(ChronologyEntry::text)
                .anyMatch(t -> t.startsWith(ending + ": DVPO protecting the person"))
                .anyMatch(t -> t.startsWith("Breach of " + breached));

        CaseworkTest.actAs(manager);
        List<WorkList> colleague = work();
        assertThat(rows(colleague, "Protective orders on your cases")).as("not her case").isEmpty();
        assertThat(rows(colleague, "Protective orders ending soon")).as("her agency's list")
                .anyMatch(r -> r.startsWith(ending));

        CaseworkTest.actAs(stranger);
        List<WorkList> elsewhere = work();
        assertThat(elsewhere.stream().flatMap(l -> l.rows().stream()).map(WorkList.WorkRow::label))
                .noneMatch(r -> r.startsWith(ending) || r.startsWith(notice) || r.startsWith(breached));
    }
}
