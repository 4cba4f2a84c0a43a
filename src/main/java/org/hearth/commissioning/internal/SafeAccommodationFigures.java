package org.hearth.commissioning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.commissioning.Budgets;
import org.hearth.commissioning.Contracts;
import org.hearth.commissioning.FinancialYear;
import org.hearth.commissioning.Money;
import org.hearth.commissioning.SafeAccommodation;
import org.hearth.commissioning.SafeAccommodationReturn;
import org.hearth.commissioning.SafeAccommodationReturn.Line;
import org.hearth.commissioning.StreamBudget;
import org.hearth.housing.AccommodationCounts;
import org.hearth.housing.DeclineReason;
import org.hearth.housing.HousingCounts;
import org.hearth.housing.RefugeOutcome;
import org.hearth.housing.SanctuaryOutcome;
import org.hearth.insights.Cell;
import org.hearth.insights.Suppression;
import org.hearth.insights.Suppression.Count;
import org.springframework.stereotype.Service;

/**
 * The safe accommodation figures from housing's counts and the safe accommodation streams' budgets. Suppression:
 * headlines on their own (primary), the outcomes, the reasons and the sanctuary outcomes each as one group (they add
 * up to a total shown beside them), a share only where both its counts are shown, and the measures' cost only when
 * the count of measures is shown.
 */
@Service
class SafeAccommodationFigures implements SafeAccommodation {

    private final HousingCounts housing;
    private final Budgets budgets;
    private final Contracts contracts;

    SafeAccommodationFigures(HousingCounts housing, Budgets budgets, Contracts contracts) {
        this.housing = housing;
        this.budgets = budgets;
        this.contracts = contracts;
    }

    @Override
    public SafeAccommodationReturn year(FinancialYear year) {
        LocalDate today = contracts.today();
        LocalDate to = year.lastDay().isAfter(today) && !year.firstDay().isAfter(today) ? today : year.lastDay();
        AccommodationCounts c = housing.between(year.firstDay(), to);

        Count referrals = Suppression.single(c.refugeReferrals());
        Count movedIn = Suppression.single(c.movedIn());
        Count outOfArea = Suppression.single(c.outOfArea());
        List<Line> refuge = List.of(
                line("refuge-referrals", "Referrals to refuge", referrals),
                line("refuge-moved-in", "Households who moved into refuge", movedIn),
                new Line("refuge-out-of-area", "Accepted by a refuge out of the area", outOfArea.cell(),
                        Suppression.percent(outOfArea, Suppression.single(c.outcome(RefugeOutcome.ACCEPTED)))));

        RefugeOutcome[] all = RefugeOutcome.values();
        long[] outcomeCounts = new long[all.length + 1];
        for (RefugeOutcome o : all) {
            outcomeCounts[o.ordinal()] = c.outcome(o);
        }
        outcomeCounts[all.length] = c.awaitingOutcome();
        List<Count> outcomeCells = Suppression.group(outcomeCounts);
        List<Line> outcomes = new ArrayList<>();
        for (RefugeOutcome o : all) {
            outcomes.add(share("outcome-" + slug(o.name()), o.label(), outcomeCells.get(o.ordinal()), referrals));
        }
        outcomes.add(share("outcome-awaiting", "Awaiting an outcome", outcomeCells.get(all.length), referrals));

        DeclineReason[] reasons = DeclineReason.values();
        long[] reasonCounts = new long[reasons.length];
        for (DeclineReason r : reasons) {
            reasonCounts[r.ordinal()] = c.declined(r);
        }
        List<Count> reasonCells = Suppression.group(reasonCounts);
        Count declinedAll = sumOf(outcomeCells.get(RefugeOutcome.DECLINED_BY_REFUGE.ordinal()),
                outcomeCells.get(RefugeOutcome.NOT_SUITABLE.ordinal()));
        List<Line> declined = new ArrayList<>();
        for (DeclineReason r : reasons) {
            declined.add(share("declined-" + slug(r.name()), r.label(), reasonCells.get(r.ordinal()), declinedAll));
        }

        List<Line> needs = List.of(
                share("need-children", "With children", Suppression.single(c.withChildren()), referrals),
                share("need-older-son", "With an older son", Suppression.single(c.olderSon()), referrals),
                share("need-disability", "Disability", Suppression.single(c.disability()), referrals),
                share("need-language", "Language or interpreter", Suppression.single(c.language()), referrals),
                share("need-nrpf", "No recourse to public funds", Suppression.single(c.nrpf()), referrals));

        Count fitted = Suppression.single(c.measuresFitted());
        Count homes = Suppression.single(c.sanctuaryHomesFitted());
        Cell cost = c.measuresFitted() == 0 ? Cell.none() : fitted.shown()
                ? Cell.shown(Money.format(c.measuresCostPence()), Money.pounds(c.measuresCostPence())) : Cell.hidden();
        List<Line> sanctuary = List.of(
                line("sanctuary-referrals", "Homes referred to the sanctuary scheme",
                        Suppression.single(c.sanctuaryReferrals())),
                line("sanctuary-homes-fitted", "Homes made safer (a measure fitted)", homes),
                line("sanctuary-measures", "Measures fitted", fitted),
                new Line("sanctuary-cost", "What the measures cost", cost, Cell.none()));

        SanctuaryOutcome[] ends = SanctuaryOutcome.values();
        long[] endCounts = new long[ends.length];
        for (SanctuaryOutcome o : ends) {
            endCounts[o.ordinal()] = c.closed(o);
        }
        List<Count> endCells = Suppression.group(endCounts);
        Count closed = Suppression.single(java.util.Arrays.stream(endCounts).sum());
        List<Line> sanctuaryOutcomes = new ArrayList<>();
        for (SanctuaryOutcome o : ends) {
            sanctuaryOutcomes.add(share("sanctuary-" + slug(o.name()), o.label(), endCells.get(o.ordinal()), closed));
        }

        List<StreamBudget> streams = budgets.year(year).stream().filter(b -> b.stream().safeAccommodation()).toList();
        long budget = streams.stream().mapToLong(StreamBudget::budgetPence).sum();
        long committed = streams.stream().mapToLong(StreamBudget::committed).sum();
        long spent = streams.stream().mapToLong(StreamBudget::spent).sum();

        Count notAccommodated = sumOf(outcomeCells.get(RefugeOutcome.NO_SPACE.ordinal()),
                outcomeCells.get(RefugeOutcome.DECLINED_BY_REFUGE.ordinal()),
                outcomeCells.get(RefugeOutcome.NOT_SUITABLE.ordinal()));
        Count noSpace = outcomeCells.get(RefugeOutcome.NO_SPACE.ordinal());
        List<Line> annualReturn = List.of(
                line("return-households-refuge", "Households supported in refuge (moved in)", movedIn),
                line("return-households-sanctuary", "Households supported by a sanctuary scheme (measures fitted)",
                        homes),
                share("return-not-accommodated", "Referrals to refuge the refuge could not take (no space, declined, "
                        + "not suitable)", notAccommodated, referrals),
                share("return-no-space", "Of them, for want of space", noSpace, referrals),
                line("return-out-of-area", "Placed in refuge out of the area", outOfArea),
                money("return-budget", "Budget for safe accommodation", budget),
                money("return-committed", "Committed by partners", committed),
                money("return-spent", "Spent on safe accommodation", spent));
        return new SafeAccommodationReturn(year, year.firstDay(), to, refuge, outcomes, declined, needs, sanctuary,
                sanctuaryOutcomes, annualReturn, streams, budget, committed, spent);
    }

    /**
     * The sum of some counts of a suppressed group, shown only when each of them is (else the other shown counts
     * would give a hidden one away by subtraction).
     */
    static Count sumOf(Count... parts) {
        long sum = 0;
        boolean allShown = true;
        for (Count p : parts) {
            sum += p.raw();
            allShown &= p.shown();
        }
        Count single = Suppression.single(sum);
        return allShown || !single.shown() ? single : new Count(sum, Cell.Status.HIDDEN);
    }

    private static Line line(String key, String label, Count count) {
        return new Line(key, label, count.cell(), Cell.none());
    }

    private static Line share(String key, String label, Count count, Count of) {
        return new Line(key, label, count.cell(), Suppression.percent(count, of));
    }

    private static Line money(String key, String label, long pence) {
        return new Line(key, label, Cell.shown(Money.format(pence), Money.pounds(pence)), Cell.none());
    }

    private static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
