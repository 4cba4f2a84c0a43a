package org.hearth.commissioning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.commissioning.Budgets;
import org.hearth.commissioning.FinancialYear;
import org.hearth.commissioning.Money;
import org.hearth.commissioning.StreamBudget;
import org.hearth.strategy.Bvpi225Evidence;
import org.hearth.strategy.Bvpi225Proposal;
import org.springframework.stereotype.Component;

/**
 * BVPI 225 item 3 (the council employs or funds a domestic abuse coordinator) from the budgets: yes when the
 * financial year holding the day budgets a coordination stream with committed funding; no when that year has
 * budgets but no committed coordination funding; no evidence when the year has no budget recorded.
 */
@Component
class CoordinatorEvidence implements Bvpi225Evidence {

    private final Budgets budgets;

    CoordinatorEvidence(Budgets budgets) {
        this.budgets = budgets;
    }

    @Override
    public Bvpi225Proposal propose(LocalDate today) {
        FinancialYear year = FinancialYear.of(today);
        List<StreamBudget> streams = budgets.year(year);
        if (streams.isEmpty()) {
            return new Bvpi225Proposal(3, null, "No evidence: no commissioning budget is recorded for " + year.label()
                    + ".", List.of());
        }
        List<String> workings = new ArrayList<>();
        boolean funded = false;
        for (StreamBudget b : streams) {
            if (b.stream().coordination()) {
                workings.add(b.stream().name() + " " + year.label() + ": budget " + Money.format(b.budgetPence())
                        + ", committed " + Money.format(b.committed()) + ", pledged " + Money.format(b.pledged()));
                funded |= b.budgetPence() > 0 && b.committed() > 0;
            }
        }
        if (funded) {
            return new Bvpi225Proposal(3, true, "Yes: the " + year.label() + " budget funds partnership coordination "
                    + "with money partners have committed.", workings);
        }
        return new Bvpi225Proposal(3, false, workings.isEmpty()
                ? "No: the " + year.label() + " budget has no coordination work stream."
                : "No: the " + year.label() + " coordination budget has no committed funding.", workings);
    }
}
