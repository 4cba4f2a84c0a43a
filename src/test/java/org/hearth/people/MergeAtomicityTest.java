package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.platform.TestSuperuser;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.PersonRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A merge and an unmerge are all or nothing: a failure injected in the middle of either (a trigger of the test's,
 * raising an error at a chosen statement of the transaction, as a {@code kill -9}, a lost connection or a full disk
 * would) leaves every row of every table about the two persons exactly as it was, checked row by row over every
 * table with a foreign key to {@code person} ({@link PersonRows}), and leaves no audit entry of the merge. The
 * harness {@code bench/faults merge-kill} does the same with a real {@code kill -9}.
 */
@HearthIntegrationTest
class MergeAtomicityTest {

    private static final UUID RIC = UUID.fromString("6f1d2c1e-0d7a-4c59-9a51-1c1a5e0a0001");

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonMerges merges;

    private JdbcClient su;

    @org.junit.jupiter.api.BeforeEach
    void superuser() {
        su = JdbcClient.create(TestSuperuser.dataSource());
    }

    @AfterEach
    void removeFaults() {
        su.sql("DROP TRIGGER IF EXISTS merge_fault ON person").update();
        su.sql("DROP TRIGGER IF EXISTS merge_fault ON person_merge_row").update();
        su.sql("DROP FUNCTION IF EXISTS merge_fault()").update();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aMergeThatFailsHalfWayThroughItsLedgerLeavesEveryRowAsBefore() {
        Pair p = pair();
        Map<String, List<String>> before = PersonRows.snapshot(su, p.ids());
        assertThat(PersonRows.count(before)).as("rows in many tables").isGreaterThan(15);
        // the fourth row the merge writes to its ledger fails: three rows have been moved by then
        fault("person_merge_row", "(SELECT count(*) FROM person_merge_row r WHERE r.merge_id = NEW.merge_id) >= 3");

        assertThatThrownBy(() -> merges.merge(new PersonId(p.a()), new PersonId(p.b()), "Same woman", false, null))
                .hasMessageContaining("injected fault");

        assertThat(PersonRows.differences(PersonRows.snapshot(su, p.ids()), before)).as("tables changed").isEmpty();
        assertThat(noAuditOfTheMerge(p)).isTrue();
    }

    @Test
    void aMergeThatFailsAtItsLastStepLeavesEveryRowAsBefore() {
        Pair p = pair();
        Map<String, List<String>> before = PersonRows.snapshot(su, p.ids());
        // every row has been moved and the alias added when the tombstone is written: that fails
        fault("person", "OLD.id = '" + p.b() + "' AND NEW.merged_into IS DISTINCT FROM OLD.merged_into");

        assertThatThrownBy(() -> merges.merge(new PersonId(p.a()), new PersonId(p.b()), "Same woman", false, null))
                .hasMessageContaining("injected fault");

        assertThat(PersonRows.differences(PersonRows.snapshot(su, p.ids()), before)).as("tables changed").isEmpty();
        assertThat(noAuditOfTheMerge(p)).isTrue();

        // without the fault the same merge goes through, and changes the rows (the test can tell)
        removeFaults();
        actAsHub();
        merges.merge(new PersonId(p.a()), new PersonId(p.b()), "Same woman", false, null);
        assertThat(PersonRows.differences(PersonRows.snapshot(su, p.ids()), before)).contains("person", "referral");
    }

    @Test
    void anUnmergeThatFailsAtItsLastStepLeavesEveryRowMerged() {
        Pair p = pair();
        Map<String, List<String>> before = PersonRows.snapshot(su, p.ids());
        MergeId merge = merges.merge(new PersonId(p.a()), new PersonId(p.b()), "Same woman", false, null);
        Map<String, List<String>> merged = PersonRows.snapshot(su, p.ids());
        // every ledger row has been put back when the merged record's own row is restored: that fails
        fault("person", "OLD.id = '" + p.b() + "' AND NEW.merged_into IS DISTINCT FROM OLD.merged_into");

        assertThatThrownBy(() -> merges.unmerge(merge, "Two women")).hasMessageContaining("injected fault");

        assertThat(PersonRows.differences(PersonRows.snapshot(su, p.ids()), merged)).as("tables changed").isEmpty();

        removeFaults();
        actAsHub();
        merges.unmerge(merge, "Two women");
        Map<String, List<String>> after = PersonRows.snapshot(su, p.ids());
        // everything is back but the merge's own record (now marked undone) and its pair's decision
        assertThat(PersonRows.differences(after, before)).doesNotContain("person", "referral", "person_address",
                "person_alias", "risk_assessment", "safe_contact");
    }

    /** Raises an error in {@code table}'s row trigger when {@code condition} holds. */
    private void fault(String table, String condition) {
        su.sql("CREATE OR REPLACE FUNCTION merge_fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF " + condition
                + " THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END $$").update();
        su.sql("CREATE TRIGGER merge_fault BEFORE INSERT OR UPDATE ON " + table
                + " FOR EACH ROW EXECUTE FUNCTION merge_fault()").update();
    }

    private boolean noAuditOfTheMerge(Pair p) {
        return jdbc.sql("SELECT count(*) FROM person_merge WHERE merged_id = ?").param(p.b()).query(Integer.class)
                .single() == 0
                && su.sql("SELECT count(*) FROM audit_event WHERE reason LIKE ?").param("merged " + p.b() + "%")
                        .query(Integer.class).single() == 0;
    }

    private record Pair(UUID a, UUID b, UUID perp, UUID child) {
        List<UUID> ids() {
            return List.of(a, b, perp, child);
        }
    }

    private StaffUser hub;

    private void actAsHub() {
        StaffPrincipal principal = new StaffPrincipal(hub.id(), hub.username(), hub.displayName(), hub.agency(),
                hub.roles(), true, false, true, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /** Two records of one woman, each with a referral, address, alias, safe-contact rule and grant; B more. */
    private Pair pair() {
        hub = fixtures.enrolledUser(Role.HUB_COORDINATOR).user();
        actAsHub();
        UUID agency = hub.agency().value();
        UUID by = hub.id().value();
        String family = Fixtures.uniqueName("Atomic");
        UUID a = person("Imogen", family, LocalDate.of(1991, 4, 9), by);
        UUID b = person("Immy", family, LocalDate.of(1991, 9, 4), by);
        UUID perp = person("Victor", "Quayle" + family, null, by);
        UUID child = person("Hal", family, LocalDate.now().minusYears(6), by);
        for (UUID x : List.of(a, b)) {
            fixtures.grant(x, agency, "REFERRER");
            jdbc.sql("INSERT INTO person_address (id, person_id, line1, town, postcode, from_date) VALUES (?, ?, ?, 'Northfield', 'NF1 2AB', ?)")
                    .params(UUID.randomUUID(), x, x.equals(a) ? "1 Elm Row" : "9 Oak Lane", LocalDate.now().minusYears(1)).update();
            jdbc.sql("INSERT INTO person_alias (person_id, given_name, family_name) VALUES (?, 'Im', ?)").params(x, family).update();
            jdbc.sql("INSERT INTO safe_contact (person_id, call_ok, text_ok, safe_times, updated_by) VALUES (?, ?, true, ?, ?)")
                    .params(x, x.equals(a), x.equals(a) ? "Mornings" : "Evenings", by).update();
            UUID referral = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO referral (id, reference, source, referring_agency_id, received_on, victim_id, consent)
                    VALUES (?, ?, 'WEB', ?, ?, ?, 'GIVEN')""")
                    .params(referral, "T-" + referral.toString().substring(0, 13), agency, LocalDate.now().minusDays(9), x)
                    .update();
            jdbc.sql("INSERT INTO referral_perpetrator (referral_id, person_id) VALUES (?, ?)").params(referral, perp).update();
            jdbc.sql("INSERT INTO referral_child (referral_id, person_id, present) VALUES (?, ?, true)").params(referral, child).update();
            jdbc.sql("""
                    INSERT INTO risk_assessment (id, person_id, questionnaire_id, assessor_id, agency_id, assessed_on, referral_id,
                        score, high_risk_threshold, visible_high_risk, suggested_grade, final_grade)
                    VALUES (?, ?, ?, ?, ?, current_date, ?, 6, 14, false, 'STANDARD', 'STANDARD')""")
                    .params(UUID.randomUUID(), x, RIC, by, agency, referral).update();
        }
        jdbc.sql("INSERT INTO person_relationship (person_id, related_id, kind) VALUES (?, ?, 'INTIMATE_PARTNER')").params(b, perp).update();
        return new Pair(a, b, perp, child);
    }

    private UUID person(String given, String family, LocalDate dob, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, date_of_birth, sex, created_by) VALUES (?, ?, ?, ?, 'FEMALE', ?)")
                .params(id, given, family, dob, by).update();
        return id;
    }
}
