package org.hearth.commissioning;

import java.util.List;
import java.util.Optional;
import org.hearth.partnership.AgencyId;

/**
 * Budgets by financial year and work stream, partners' contributions and spend. Refuses input with
 * {@code platform.InvalidInputException} naming the fields ({@code stream}, {@code amount}, {@code agency},
 * {@code status}, {@code sourceFund}, {@code quarter}, {@code note}); nothing is written when it does.
 */
public interface Budgets {

    /** The work streams, in their order. */
    List<WorkStream> streams();

    Optional<WorkStream> stream(String code);

    /** The years that have a budget, latest first. */
    List<FinancialYear> years();

    /** Each stream budgeted in {@code year}, in stream order. */
    List<StreamBudget> year(FinancialYear year);

    /** The year's table with the movement from the year before. */
    BudgetTable table(FinancialYear year);

    /** Sets a stream's budget for the year (creating it, or changing the amount). */
    StreamBudget setBudget(FinancialYear year, String stream, long pence);

    /** Adds a partner's contribution to a stream already budgeted that year. */
    StreamBudget contribute(FinancialYear year, String stream, AgencyId agency, long pence, ContributionStatus status,
            String sourceFund);

    /**
     * Records spend in a quarter. Spend must be above zero; spend that takes the stream's total above the funds
     * partners committed needs a note saying why.
     */
    StreamBudget recordSpend(FinancialYear year, String stream, int quarter, long pence, String note);
}
