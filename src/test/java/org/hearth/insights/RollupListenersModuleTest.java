package org.hearth.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.Partnerships;
import org.hearth.people.MergeId;
import org.hearth.people.PersonId;
import org.hearth.people.PersonsMerged;
import org.hearth.strategy.Bvpi225Assessments;
import org.hearth.strategy.StrategyStatus;
import org.hearth.support.HearthModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The insights module on its own (the APIs it calls of other modules mocked) hearing {@link PersonsMerged}, which
 * the people module publishes after a merge: the read models' facts of both people are recomputed from the source
 * tables, so a fact of the merged record that no source row backs any more is gone. {@code RollupsTest} covers the
 * same listeners in the whole application. Like every module test it does not verify the module model again
 * ({@code verifyAutomatically = false}): {@code ModularityTests} verifies all of it, and a module test's verification
 * is the same whole-model check, seconds of the suite each time it runs in a JVM where that test did not.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.NONE, verifyAutomatically = false)
@HearthModuleTest
@MockitoBean(types = {AuditTrail.class, Partnerships.class, StrategyStatus.class, Bvpi225Assessments.class})
class RollupListenersModuleTest {

    @Autowired
    JdbcClient jdbc;

    private long factsOf(PersonId victim) {
        return jdbc.sql("SELECT count(*) FROM insights_referral_fact WHERE victim_id = ?").param(victim.value())
                .query(Long.class).single();
    }

    @Test
    void aMergeRecomputesTheFactsOfBothPeople(Scenario scenario) {
        PersonId survivor = new PersonId(UUID.randomUUID());
        PersonId merged = new PersonId(UUID.randomUUID());
        // a fact of the merged record whose referral is no longer in the source tables (it moved to the survivor)
        jdbc.sql("""
                INSERT INTO insights_referral_fact (referral_id, victim_id, received_on, agency_id, children_present,
                    repeat_victim)
                VALUES (?, ?, ?, ?, false, false)""")
                .params(UUID.randomUUID(), merged.value(), LocalDate.of(2026, 10, 1), UUID.randomUUID()).update();
        assertThat(factsOf(merged)).isEqualTo(1);

        scenario.publish(new PersonsMerged(new MergeId(UUID.randomUUID()), survivor, merged))
                .andWaitForStateChange(() -> factsOf(merged), n -> n == 0)
                .andVerify(n -> assertThat(n).as("the merged record's stale fact").isZero());
    }
}
