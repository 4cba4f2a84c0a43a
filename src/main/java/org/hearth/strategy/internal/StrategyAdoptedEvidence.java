package org.hearth.strategy.internal;

import static org.hearth.strategy.internal.DirectoryReviewEvidence.DATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.platform.FinancialYears;
import org.hearth.strategy.Bvpi225Evidence;
import org.hearth.strategy.Bvpi225Proposal;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyPlans;
import org.springframework.stereotype.Component;

/**
 * BVPI 225 item 4 from the strategies recorded: yes when a strategy adopted on or before the day covers the whole
 * assessment period (the financial year, 1 April to 31 March, holding the day). No when strategies are recorded but
 * none adopted covers it (a draft, one adopted later, or one that ends or starts within the year); no evidence when
 * no strategy has been recorded at all.
 */
@Component
class StrategyAdoptedEvidence implements Bvpi225Evidence {

    private final StrategyPlans plans;

    StrategyAdoptedEvidence(StrategyPlans plans) {
        this.plans = plans;
    }

    /** The financial year holding {@code day}: 1 April to 31 March. */
    static LocalDate[] yearOf(LocalDate day) {
        LocalDate first = FinancialYears.firstDay(day);
        return new LocalDate[] {first, first.plusYears(1).minusDays(1)};
    }

    @Override
    public Bvpi225Proposal propose(LocalDate today) {
        List<Strategy> all = plans.all();
        LocalDate[] year = yearOf(today);
        String period = DATE.format(year[0]) + " to " + DATE.format(year[1]);
        if (all.isEmpty()) {
            return new Bvpi225Proposal(4, null, "No evidence: no strategy has been recorded in Hearth.", List.of());
        }
        List<String> workings = new ArrayList<>();
        workings.add("Assessment period: " + period);
        for (Strategy s : all) {
            if (s.endsOn().isBefore(year[0]) || s.startsOn().isAfter(year[1])) {
                continue;
            }
            workings.add(s.title() + ": " + DATE.format(s.startsOn()) + " to " + DATE.format(s.endsOn()) + ", "
                    + (s.adopted() ? "adopted on " + DATE.format(s.adoptedOn()) + " by " + s.adoptedBy() : "draft"));
        }
        Optional<Strategy> covering = all.stream()
                .filter(s -> s.adopted() && !s.adoptedOn().isAfter(today) && s.covers(year[0], year[1])).findFirst();
        if (covering.isPresent()) {
            Strategy s = covering.get();
            return new Bvpi225Proposal(4, true, "Yes: " + s.title() + " (" + DATE.format(s.startsOn()) + " to "
                    + DATE.format(s.endsOn()) + ") was adopted by " + s.adoptedBy() + " on " + DATE.format(s.adoptedOn())
                    + " and covers the assessment period, " + period + ".", workings);
        }
        boolean draft = all.stream().anyMatch(s -> !s.adopted() && s.covers(year[0], year[1]));
        String reason = draft
                ? "No: a strategy covering " + period + " is recorded but has not been adopted."
                : "No: no adopted strategy covers the whole assessment period, " + period + ".";
        return new Bvpi225Proposal(4, false, reason, workings);
    }
}
