package org.hearth.commissioning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.commissioning.BudgetTable;
import org.hearth.commissioning.Contribution;
import org.hearth.commissioning.ContributionStatus;
import org.hearth.commissioning.FinancialYear;
import org.hearth.commissioning.Kpi;
import org.hearth.commissioning.KpiResult;
import org.hearth.commissioning.KpiRag;
import org.hearth.commissioning.Spend;
import org.hearth.commissioning.StreamBudget;
import org.hearth.commissioning.WorkStream;
import org.hearth.partnership.AgencyId;
import org.junit.jupiter.api.Test;

class CommissioningViewsTest {

    static final WorkStream IDVA = new WorkStream("IDVA", "IDVA service", false, false);
    static final FinancialYear Y = new FinancialYear(2026);

    @Test
    void yearsAreReadOnlyAsTheirLabel() {
        assertThat(CommissioningViews.year("2026-27")).contains(Y);
        assertThat(CommissioningViews.year("1999-00")).contains(new FinancialYear(1999));
        assertThat(CommissioningViews.year("2026-28")).isEmpty();
        assertThat(CommissioningViews.year("2026")).isEmpty();
        assertThat(CommissioningViews.year(null)).isEmpty();
    }

    @Test
    void rowsShowMoneyInPoundsAndFlagOverspend() {
        AgencyId council = AgencyId.random();
        StreamBudget b = new StreamBudget(Y, IDVA, 1_000_000L, List.of(new Contribution(UUID.randomUUID(), council,
                "Council", 800_000L, ContributionStatus.COMMITTED, "Grant")),
                List.of(new Spend(UUID.randomUUID(), 1, 600_000L, null), new Spend(UUID.randomUUID(), 3, 500_050L, "x")));
        CommissioningViews.StreamRow row = CommissioningViews.streamRows(List.of(b)).get(0);
        assertThat(row.budget()).isEqualTo("£10,000");
        assertThat(row.quarters()).containsExactly("£6,000", "£0", "£5,000.50", "£0");
        assertThat(row.variance()).isEqualTo("-£1,000.50");
        assertThat(row.overspent()).isTrue();
        BudgetTable t = BudgetTable.of(Y, List.of(b), List.of(new StreamBudget(Y.previous(), IDVA, 800_000L, List.of(),
                List.of())));
        CommissioningViews.PartnerTable p = CommissioningViews.partnerTable(t);
        assertThat(p.heads()).containsExactly("Work stream", "Council", "Total contributed", "Budget");
        assertThat(p.rows().get(0)).containsExactly("IDVA service", "£8,000", "£8,000", "£10,000");
        assertThat(CommissioningViews.movement(t).get(0).movement()).isEqualTo("+£2,000 (+25.0%)");
        assertThat(CommissioningViews.change(500, Optional.empty())).isEqualTo("+£5 (new this year)");
    }

    @Test
    void aKpiSaysHowItIsMeasuredAndItsStatus() {
        Kpi k = new Kpi(UUID.randomUUID(), "First contact", "FIRST_CONTACT_IN_TARGET", new BigDecimal("85.00"), "%", true);
        CommissioningViews.KpiRow row = CommissioningViews.kpiRow(new KpiResult(k, Y, 2, new BigDecimal("80.0"),
                KpiRag.AMBER));
        assertThat(row.target()).isEqualTo("At least 85 %");
        assertThat(row.value()).isEqualTo("80 %");
        assertThat(row.rag()).isEqualTo("Amber");
        assertThat(row.how()).isEqualTo("Computed by Hearth");
        assertThat(row.entered()).isFalse();
    }
}
