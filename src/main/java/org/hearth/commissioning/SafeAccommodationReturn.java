package org.hearth.commissioning;

import java.time.LocalDate;
import java.util.List;
import org.hearth.insights.Cell;

/**
 * A financial year's safe accommodation figures, every count already suppressed.
 *
 * @param to the last day counted: the year's last day, or today while the year runs
 * @param refuge refuge referrals: made, moved in, out-of-area placements
 * @param outcomes refuge referrals by outcome (one group: they add up to the referrals made), with their share
 * @param declined referrals declined by the refuge or found not suitable, by reason (one group)
 * @param needs referrals by the victim's needs (a referral counts under each need), with their share of referrals
 * @param sanctuary sanctuary referrals, homes with measures fitted, measures fitted and their cost
 * @param sanctuaryOutcomes sanctuary referrals closed by outcome (one group)
 * @param annualReturn the figures the annual return asks for, drawn from the lines above and the spend
 * @param streams the safe accommodation streams' budget, committed funding and spend (pence)
 */
public record SafeAccommodationReturn(FinancialYear year, LocalDate from, LocalDate to, List<Line> refuge,
        List<Line> outcomes, List<Line> declined, List<Line> needs, List<Line> sanctuary, List<Line> sanctuaryOutcomes,
        List<Line> annualReturn, List<StreamBudget> streams, long budgetPence, long committedPence, long spentPence) {

    public SafeAccommodationReturn {
        refuge = List.copyOf(refuge);
        outcomes = List.copyOf(outcomes);
        declined = List.copyOf(declined);
        needs = List.copyOf(needs);
        sanctuary = List.copyOf(sanctuary);
        sanctuaryOutcomes = List.copyOf(sanctuaryOutcomes);
        annualReturn = List.copyOf(annualReturn);
        streams = List.copyOf(streams);
    }

    /**
     * One figure: a key (stable, for the API), a label, the value (a suppressed count or an amount of money) and,
     * where it has one, its share of a total (else {@link Cell#none()}).
     */
    public record Line(String key, String label, Cell value, Cell share) {
    }
}
