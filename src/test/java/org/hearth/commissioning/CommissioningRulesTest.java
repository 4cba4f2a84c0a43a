package org.hearth.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.partnership.AgencyId;
import org.junit.jupiter.api.Test;

/** The money arithmetic, variance, the year's table and movement, unit costs, RAG and the contract warning. */
class CommissioningRulesTest {

    static final WorkStream IDVA = new WorkStream("IDVA", "IDVA service", false, false);
    static final WorkStream COORD = new WorkStream("COORDINATION", "Partnership coordination", true, false);
    static final AgencyId COUNCIL = new AgencyId(UUID.fromString("00000000-0000-0000-0000-00000000000c"));
    static final AgencyId POLICE = new AgencyId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final AgencyId HEALTH = new AgencyId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));
    static final FinancialYear Y = new FinancialYear(2026);

    static Contribution c(AgencyId a, String name, long pence, ContributionStatus s) {
        return new Contribution(UUID.randomUUID(), a, name, pence, s, "Fund");
    }

    static Spend s(int q, long pence) {
        return new Spend(UUID.randomUUID(), q, pence, null);
    }

    @Test
    void moneyIsParsedAndShownExactly() {
        assertThat(Money.parse("£12,500")).contains(1_250_000L);
        assertThat(Money.parse("0.1")).contains(10L);
        assertThat(Money.parse("31250.55")).contains(3_125_055L);
        assertThat(Money.parse("-5")).contains(-500L);
        assertThat(Money.parse("1.234")).as("no fractions of a penny").isEmpty();
        assertThat(Money.parse("twelve")).isEmpty();
        assertThat(Money.parse("1e5")).isEmpty();
        assertThat(Money.format(1_250_000L)).isEqualTo("£12,500");
        assertThat(Money.format(1_250_005L)).isEqualTo("£12,500.05");
        assertThat(Money.format(-120L)).isEqualTo("-£1.20");
        // 0.1 + 0.2 in floating point is not 0.3; in pence it is
        assertThat(Money.parse("0.1").get() + Money.parse("0.2").get()).isEqualTo(Money.parse("0.3").get());
        assertThat(Money.pounds(3_125_055L)).isEqualByComparingTo(new BigDecimal("31250.55"));
    }

    @Test
    void divisionAndSharesRoundHalfUpToThePenny() {
        assertThat(Money.per(1000, 3)).contains(333L);
        assertThat(Money.per(1000, 6)).as("166.67 rounds up").contains(167L);
        assertThat(Money.per(5, 2)).as("2.5 rounds half up").contains(3L);
        assertThat(Money.per(1000, 0)).isEmpty();
        // £66bn for 59.4 million people, for 540,000 of them: £600,000,000
        assertThat(Money.share(6_600_000_000_000L, 540_000, 59_400_000)).isEqualTo(60_000_000_000L);
        assertThat(new CostEstimate(UUID.randomUUID(), "x", 2_300_000_000_000L, 52_000_000, "s", 2004)
                .areaShare(540_000)).as("£23bn × 540,000 ÷ 52m = £238,846,153.85").isEqualTo(23_884_615_385L);
        assertThat(Money.percent(1, 3)).contains(new BigDecimal("33.3"));
        assertThat(Money.percent(1, 0)).isEmpty();
    }

    @Test
    void varianceIsBudgetLessSpendAndTheGapIsBudgetLessCommitted() {
        StreamBudget b = new StreamBudget(Y, IDVA, 10_000_000L,
                List.of(c(COUNCIL, "Council", 6_000_000L, ContributionStatus.COMMITTED),
                        c(POLICE, "Police", 3_000_000L, ContributionStatus.COMMITTED),
                        c(HEALTH, "Health", 1_500_000L, ContributionStatus.PLEDGED)),
                List.of(s(1, 2_500_000L), s(2, 2_400_000L), s(2, 100_001L), s(3, 3_000_000L)));
        assertThat(b.committed()).isEqualTo(9_000_000L);
        assertThat(b.pledged()).isEqualTo(1_500_000L);
        assertThat(b.contributed()).isEqualTo(10_500_000L);
        assertThat(b.spentIn(2)).isEqualTo(2_500_001L);
        assertThat(b.spentIn(4)).isZero();
        assertThat(b.spent()).isEqualTo(8_000_001L);
        assertThat(b.variance()).isEqualTo(1_999_999L);
        assertThat(b.fundingGap()).isEqualTo(1_000_000L);
        StreamBudget over = new StreamBudget(Y, IDVA, 1_000L, List.of(), List.of(s(1, 1_500L)));
        assertThat(over.variance()).as("overspent").isEqualTo(-500L);
        assertThatThrownBy(() -> b.spentIn(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theYearsTableHasAColumnPerPartnerWithTotalsAndTheMovementFromLastYear() {
        List<StreamBudget> now = List.of(
                new StreamBudget(Y, IDVA, 10_000_000L, List.of(c(COUNCIL, "Council", 6_000_000L,
                        ContributionStatus.COMMITTED), c(POLICE, "Police", 4_000_000L, ContributionStatus.PLEDGED)),
                        List.of()),
                new StreamBudget(Y, COORD, 5_000_000L, List.of(c(COUNCIL, "Council", 5_000_000L,
                        ContributionStatus.COMMITTED)), List.of(s(1, 1_000_000L))));
        List<StreamBudget> before = List.of(new StreamBudget(Y.previous(), IDVA, 8_000_000L, List.of(), List.of()));
        BudgetTable t = BudgetTable.of(Y, now, before);
        assertThat(t.partners()).extracting(BudgetTable.Partner::name).containsExactly("Council", "Police");
        assertThat(t.rows().get(0).byPartner()).containsExactly(6_000_000L, 4_000_000L);
        assertThat(t.rows().get(1).byPartner()).containsExactly(5_000_000L, 0L);
        assertThat(t.partnerTotals()).containsExactly(11_000_000L, 4_000_000L);
        assertThat(t.total()).isEqualTo(15_000_000L);
        assertThat(t.rows().get(0).movement()).isEqualTo(2_000_000L);
        assertThat(t.rows().get(0).movementPercent()).contains(new BigDecimal("25.0"));
        assertThat(t.rows().get(1).movementPercent()).as("no budget last year").isEmpty();
        assertThat(t.rows().get(1).variance()).isEqualTo(4_000_000L);
        assertThat(t.movement()).isEqualTo(7_000_000L);
        assertThat(t.movementPercent()).contains(new BigDecimal("87.5"));
    }

    @Test
    void unitCostsDivideSpendByCasesAndNeedCases() {
        CostModel.UnitCost u = new CostModel.UnitCost(IDVA, 4_200_000_00L, Optional.of(700L));
        assertThat(u.perCase()).as("£4.2m over 700 cases").contains(600_000L);
        assertThat(new CostModel.UnitCost(IDVA, 100L, Optional.of(3L)).perCase()).contains(33L);
        assertThat(new CostModel.UnitCost(IDVA, 100L, Optional.empty()).perCase()).isEmpty();
        assertThat(new CostModel.UnitCost(IDVA, 100L, Optional.of(0L)).perCase()).isEmpty();
        CostModel.AreaCost a = new CostModel.AreaCost(new CostEstimate(UUID.randomUUID(), "x", 6_600_000_000_000L,
                59_400_000, "s", 2019), 60_000_000_000L, 1_200_000_000L);
        assertThat(a.spendPercent()).contains(new BigDecimal("2.0"));
    }

    @Test
    void ragIsGreenWhenMetAmberWithinTenPercentRedBeyond() {
        BigDecimal target = new BigDecimal("80");
        assertThat(KpiRag.of(new BigDecimal("80"), target, true)).isEqualTo(KpiRag.GREEN);
        assertThat(KpiRag.of(new BigDecimal("95"), target, true)).isEqualTo(KpiRag.GREEN);
        assertThat(KpiRag.of(new BigDecimal("72"), target, true)).as("exactly 10% short").isEqualTo(KpiRag.AMBER);
        assertThat(KpiRag.of(new BigDecimal("71.99"), target, true)).isEqualTo(KpiRag.RED);
        assertThat(KpiRag.of(new BigDecimal("88"), target, false)).as("lower is better, 10% over").isEqualTo(KpiRag.AMBER);
        assertThat(KpiRag.of(new BigDecimal("88.01"), target, false)).isEqualTo(KpiRag.RED);
        assertThat(KpiRag.of(new BigDecimal("60"), target, false)).isEqualTo(KpiRag.GREEN);
        assertThat(KpiRag.of(null, target, true)).isEqualTo(KpiRag.NONE);
    }

    @Test
    void aContractIsFlaggedFromSixMonthsBeforeItsEndToItsLastDay() {
        Contract c = new Contract(ContractId.random(), "IDVA", COUNCIL, "Council", IDVA, 100L,
                LocalDate.of(2024, 4, 1), LocalDate.of(2027, 3, 31), null, List.of());
        // 31 March less 6 months is 30 September: flagged from then
        assertThat(c.endingSoon(LocalDate.of(2026, 9, 29))).isFalse();
        assertThat(c.endingSoon(LocalDate.of(2026, 9, 30))).as("six months before").isTrue();
        assertThat(c.endingSoon(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(c.endingSoon(LocalDate.of(2027, 3, 31))).as("its last day").isTrue();
        assertThat(c.endingSoon(LocalDate.of(2027, 4, 1))).as("ended").isFalse();
        assertThat(c.ended(LocalDate.of(2027, 4, 1))).isTrue();
    }

    @Test
    void financialYearsRunAprilToMarchInQuarters() {
        assertThat(FinancialYear.of(LocalDate.of(2027, 3, 31))).isEqualTo(new FinancialYear(2026));
        assertThat(FinancialYear.of(LocalDate.of(2026, 4, 1))).isEqualTo(new FinancialYear(2026));
        assertThat(new FinancialYear(2026).label()).isEqualTo("2026-27");
        assertThat(new FinancialYear(1999).label()).isEqualTo("1999-00");
        assertThat(Y.quarterStart(3)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Y.quarterEnd(4)).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(FinancialYear.quarterLabel(4)).isEqualTo("Q4 (January to March)");
        assertThat(Y.quarterOf(LocalDate.of(2026, 6, 30))).isEqualTo(1);
        assertThat(Y.quarterOf(LocalDate.of(2026, 7, 1))).isEqualTo(2);
        assertThat(Y.quarterOf(LocalDate.of(2027, 1, 1))).isEqualTo(4);
        assertThat(Y.quarterOf(LocalDate.of(2027, 5, 1))).as("after the year").isEqualTo(4);
    }
}
