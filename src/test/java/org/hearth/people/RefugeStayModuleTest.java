package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.support.HearthModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The people module on its own (with the modules it uses: access, audit, partnership, people.matching, platform)
 * hearing {@link RefugeStayRecorded}, the event housing publishes when she moves into or out of refuge: the stay is
 * one confidential "In refuge, via" entry in her address history that never holds an address, a later event updates
 * that entry, and each is in the audit trail. No housing module, no web server. The module model is verified by
 * {@code ModularityTests}, not again here ({@code verifyAutomatically = false}).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, webEnvironment =
        org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE, verifyAutomatically = false)
@HearthModuleTest
class RefugeStayModuleTest {

    @Autowired
    JdbcClient jdbc;

    private PersonId aPerson() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, sex, created_by) VALUES (?, 'Sam', 'Refugestay', "
                + "'FEMALE', ?)").params(id, UUID.randomUUID()).update();
        return new PersonId(id);
    }

    private List<Map<String, Object>> addresses(PersonId person) {
        return jdbc.sql("""
                SELECT line1, line2, town, postcode, confidential, in_refuge, refuge_service, from_date, to_date
                FROM person_address WHERE person_id = ?""").param(person.value()).query().listOfRows();
    }

    private long auditEntries(PersonId person) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE ? = ANY(record_ids) AND record_type = 'person'")
                .param(person.toString()).query(Long.class).single();
    }

    @Test
    void aMoveIntoRefugeIsOneConfidentialEntryWithNoAddressAndTheMoveOutEndsIt(Scenario scenario) {
        PersonId person = aPerson();
        UUID stay = UUID.randomUUID();

        scenario.publish(new RefugeStayRecorded(person, stay, " Northfield Police, referral RR-0042 ",
                        LocalDate.of(2026, 11, 2), null))
                .andWaitForStateChange(() -> addresses(person), rows -> !rows.isEmpty())
                .andVerify(rows -> {
                    assertThat(rows).hasSize(1);
                    Map<String, Object> entry = rows.get(0);
                    assertThat(entry).containsEntry("in_refuge", true).containsEntry("confidential", true)
                            .containsEntry("refuge_service", "Northfield Police, referral RR-0042")
                            .containsEntry("from_date", java.sql.Date.valueOf("2026-11-02"))
                            .containsEntry("to_date", null);
                    assertThat(entry.get("line1")).isNull();
                    assertThat(entry.get("line2")).isNull();
                    assertThat(entry.get("town")).isNull();
                    assertThat(entry.get("postcode")).isNull();
                });
        assertThat(auditEntries(person)).as("the move in, in the audit trail").isEqualTo(1);

        scenario.publish(new RefugeStayRecorded(person, stay, "Northfield Police, referral RR-0042",
                        LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 1)))
                .andWaitForStateChange(() -> addresses(person), rows -> rows.get(0).get("to_date") != null)
                .andVerify(rows -> assertThat(rows).as("the same entry, ended").hasSize(1).first()
                        .satisfies(r -> assertThat(r.get("to_date")).isEqualTo(java.sql.Date.valueOf("2026-12-01"))));
        assertThat(auditEntries(person)).as("the move out too").isEqualTo(2);
    }
}
