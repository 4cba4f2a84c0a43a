package org.hearth.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.insights.InsightsData;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonId;
import org.hearth.risk.RiskAssessmentId;
import org.hearth.risk.RiskAssessmentRecorded;
import org.hearth.risk.RiskGrade;
import org.hearth.strategy.Bvpi225Assessments;
import org.hearth.strategy.StrategyStatus;
import org.hearth.support.Eventually;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A dashboard served while its successor is computed: after a change of the read models, a report younger than the
 * staleness bound is answered at once and replaced in the background; an older one is recomputed before answering.
 * (The suite's own bean has the bound at 0, so every other test reads figures straight after writing them.)
 */
@HearthIntegrationTest
class InsightsRefreshTest {

    @Autowired
    IndicatorQueries queries;
    @Autowired
    Rollups rollups;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Bvpi225Assessments bvpi225;
    @Autowired
    ObjectProvider<StrategyStatus> strategyStatus;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-05T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private String highRisk(ComputedIndicators indicators, InsightsData data) {
        return indicators.report(InsightsData.FROM, InsightsData.TO, data.area.id().value()).headline("high-risk")
                .orElseThrow().value().text();
    }

    /** Grades one of the A victims high, with the event the risk module publishes, and waits for the read models. */
    private void gradeHigh(InsightsData data, UUID victim) {
        tx.executeWithoutResult(s -> {
            UUID assessment = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO risk_assessment (id, person_id, questionnaire_id, assessor_id, agency_id, assessed_on,
                        referral_id, score, high_risk_threshold, visible_high_risk, suggested_grade, final_grade)
                    SELECT ?, ?, q.id, ?, ?, ?, NULL, 15, 14, true, 'HIGH', 'HIGH'
                    FROM risk_questionnaire q WHERE q.code = 'SAFELIVES_RIC' AND q.version = 1""")
                    .params(assessment, victim, fixtures.enrolledUser(Role.PRACTITIONER).user().id().value(),
                            fixtures.agency("Test Agency").id().value(), LocalDate.of(2025, 7, 1)).update();
            events.publishEvent(new RiskAssessmentRecorded(new RiskAssessmentId(assessment), new PersonId(victim),
                    RiskGrade.HIGH));
        });
        InsightsData.awaitInsights(jdbc);
    }

    /** A module's figures (none), running {@code read} each time they are asked for. */
    private static org.hearth.insights.IndicatorSource source(Runnable read) {
        return new org.hearth.insights.IndicatorSource() {
            @Override
            public org.hearth.insights.Section section() {
                return org.hearth.insights.Section.RETENTION;
            }

            @Override
            public Figures figures(LocalDate from, LocalDate to, UUID areaId) {
                read.run();
                return new Figures(List.of(), List.of());
            }
        };
    }

    @Test
    void aChangedReportIsServedWithinTheBoundWhileItsSuccessorIsComputed() {
        InsightsData data = new InsightsData(partnerships, fixtures, jdbc, events, tx);
        TestClock clock = new TestClock();
        ComputedIndicators indicators = new ComputedIndicators(queries, rollups, partnerships, bvpi225, strategyStatus,
                List.of(), Duration.ofSeconds(60), clock);
        try {
            assertThat(highRisk(indicators, data)).isEqualTo("6");

            gradeHigh(data, data.a.get(2));
            clock.now = clock.now.plusSeconds(30);
            assertThat(highRisk(indicators, data)).as("30 s old: answered at once, as it was").isEqualTo("6");
            Eventually.waitFor(() -> highRisk(indicators, data).equals("7"), Duration.ofSeconds(30));

            gradeHigh(data, data.a.get(3));
            clock.now = clock.now.plusSeconds(61);
            assertThat(highRisk(indicators, data)).as("61 s old: recomputed before answering").isEqualTo("8");
        } finally {
            indicators.destroy();
        }
    }

    @Test
    void aModulesFiguresAreReadOncePerPeriodWithinTheBoundAndAfterAChange() {
        InsightsData data = new InsightsData(partnerships, fixtures, jdbc, events, tx);
        TestClock clock = new TestClock();
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        org.hearth.insights.IndicatorSource counting = source(reads::incrementAndGet);
        ComputedIndicators indicators = new ComputedIndicators(queries, rollups, partnerships, bvpi225, strategyStatus,
                List.of(counting), Duration.ofSeconds(60), clock);
        try {
            highRisk(indicators, data);
            highRisk(indicators, data);
            clock.now = clock.now.plusSeconds(59);
            highRisk(indicators, data);
            assertThat(reads).as("one period within the bound: read once").hasValue(1);
            indicators.report(InsightsData.FROM, InsightsData.TO.minusDays(1), data.area.id().value());
            assertThat(reads).as("another period").hasValue(2);
            clock.now = clock.now.plusSeconds(2);
            highRisk(indicators, data);
            assertThat(reads).as("past the bound: read again").hasValue(3);
            gradeHigh(data, data.a.get(2));
            Eventually.waitFor(() -> highRisk(indicators, data).equals("7"), Duration.ofSeconds(30));
            assertThat(reads.get()).as("the read models changed: read again").isGreaterThan(3);
        } finally {
            indicators.destroy();
        }
    }

    @Test
    void manyAskingAtOnceForAReportPastTheBoundHaveItComputedOnce() throws Exception {
        InsightsData data = new InsightsData(partnerships, fixtures, jdbc, events, tx);
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        org.hearth.insights.IndicatorSource slow = source(() -> {
            reads.incrementAndGet();
            try {
                release.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ComputedIndicators indicators = new ComputedIndicators(queries, rollups, partnerships, bvpi225, strategyStatus,
                List.of(slow), Duration.ofSeconds(60), new TestClock());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> highRisk(indicators, data)));
            }
            Eventually.waitFor(() -> reads.get() > 0, Duration.ofSeconds(30));
            Thread.sleep(500); // the other five asking meanwhile
            release.countDown();
            for (java.util.concurrent.Future<String> answer : answers) {
                assertThat(answer.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("6");
            }
            assertThat(reads).as("six at once: computed once").hasValue(1);
        } finally {
            release.countDown();
            pool.shutdownNow();
            indicators.destroy();
        }
    }

    @Test
    void aNegativeBoundIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ComputedIndicators(queries, rollups, partnerships,
                bvpi225, strategyStatus, List.of(), Duration.ofSeconds(-1), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-staleness");
    }
}
