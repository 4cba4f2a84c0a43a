package org.hearth.commissioning;

import java.util.List;

/**
 * One stream's budget in one financial year: the amount, partners' contributions and spend by quarter. Variance is
 * the budget less spend (positive: underspent; negative: overspent); the funding gap is the budget less the
 * committed contributions.
 */
public record StreamBudget(FinancialYear year, WorkStream stream, long budgetPence, List<Contribution> contributions,
        List<Spend> spend) {

    public StreamBudget {
        contributions = List.copyOf(contributions);
        spend = List.copyOf(spend);
    }

    public long committed() {
        return contributions.stream().filter(c -> c.status() == ContributionStatus.COMMITTED)
                .mapToLong(Contribution::pence).sum();
    }

    public long pledged() {
        return contributions.stream().filter(c -> c.status() == ContributionStatus.PLEDGED)
                .mapToLong(Contribution::pence).sum();
    }

    /** Committed and pledged together. */
    public long contributed() {
        return committed() + pledged();
    }

    public long spent() {
        return spend.stream().mapToLong(Spend::pence).sum();
    }

    public long spentIn(int quarter) {
        FinancialYear.checkQuarter(quarter);
        return spend.stream().filter(s -> s.quarter() == quarter).mapToLong(Spend::pence).sum();
    }

    /** Budget less spend: positive is underspent, negative overspent. */
    public long variance() {
        return budgetPence - spent();
    }

    /** Budget less committed contributions: what is not yet funded (negative: more committed than budgeted). */
    public long fundingGap() {
        return budgetPence - committed();
    }
}
