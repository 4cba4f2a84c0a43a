package org.hearth.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hearth.commissioning.Budgets;
import org.hearth.commissioning.Contract;
import org.hearth.commissioning.Contracts;
import org.hearth.commissioning.FinancialYear;
import org.hearth.commissioning.StreamBudget;
import org.hearth.partnership.Partnerships;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's commissioning loads through the module's own checks (spend over committed funds needs its note) across
 * two financial years. Run on a day long ago, so its years are its own.
 */
@HearthIntegrationTest
class DemoCommissioningTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Budgets budgets;
    @Autowired
    Contracts contracts;
    @Autowired
    Partnerships partnerships;

    @Test
    void twoYearsOfBudgetsSpendAndContractsLoad() {
        for (String name : List.of("Northfield Community Safety Team", "Northfield Police",
                "Northfield Hospitals NHS Trust", "Northfield Probation Delivery Unit",
                "Northfield City Council Housing Options", "Northfield IDVA Service", "Haven Refuge",
                "Eastvale Women's Aid Outreach", "Change Ahead Perpetrator Programme")) {
            fixtures.agency(name);
        }
        LocalDate today = LocalDate.of(1975, 12, 5);
        new DemoCommissioning(budgets, contracts, partnerships).load(today);
        FinancialYear now = FinancialYear.of(today);
        List<StreamBudget> last = budgets.year(now.previous());
        List<StreamBudget> current = budgets.year(now);
        assertThat(last).hasSize(7);
        assertThat(current).hasSize(7);
        assertThat(last).allSatisfy(b -> assertThat(b.spent()).isPositive());
        StreamBudget sanctuary = current.stream().filter(b -> b.stream().code().equals("SANCTUARY")).findFirst()
                .orElseThrow();
        assertThat(sanctuary.spent()).as("over its committed funds, with a note").isGreaterThan(sanctuary.committed());
        assertThat(budgets.table(now).movement()).isPositive();
        // one contract ends within 6 months, whatever the day (the README says one)
        assertThat(contracts.endingSoon(today)).extracting(Contract::title)
                .contains("Haven Refuge: 18 units of safe accommodation").doesNotContain("Eastvale outreach");
    }
}
