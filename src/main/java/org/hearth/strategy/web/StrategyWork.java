package org.hearth.strategy.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.platform.Dates;
import org.hearth.platform.WorkItems;
import org.hearth.platform.WorkList;
import org.hearth.platform.WorkList.WorkRow;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyAction;
import org.hearth.strategy.StrategyPlans;
import org.springframework.stereotype.Component;

/**
 * "My work" from the action plan of the strategy in force: actions overdue or due in the next four weeks. A
 * coordinator or administrator sees every agency's, with links; anyone else the ones their agency owns (the
 * strategy pages are not theirs to open, so without links).
 */
@Component
class StrategyWork implements WorkItems {

    static final int DUE_SOON_DAYS = 28;

    private final StrategyPlans plans;

    StrategyWork(StrategyPlans plans) {
        this.plans = plans;
    }

    @Override
    public List<WorkList> forCurrentUser() {
        Actor me = Actor.current().orElse(null);
        if (me == null || me.apiClient() || me.hasRole(Role.ANALYST) && !me.hasRole(Role.PARTNERSHIP_COORDINATOR)) {
            return List.of();
        }
        LocalDate today = plans.today();
        Strategy strategy = plans.currentActions(today).orElse(null);
        if (strategy == null) {
            return List.of();
        }
        boolean manages = me.hasRole(Role.PARTNERSHIP_COORDINATOR) || me.hasRole(Role.SYSTEM_ADMIN);
        List<StrategyAction> due = strategy.actions().stream().filter(a -> !a.done())
                .filter(a -> !a.dueOn().isAfter(today.plusDays(DUE_SOON_DAYS)))
                .filter(a -> manages || a.owner().equals(me.agency()))
                .sorted(Comparator.comparing(StrategyAction::dueOn)).toList();
        if (due.isEmpty()) {
            return List.of();
        }
        long overdue = due.stream().filter(a -> a.overdue(today)).count();
        String base = "/strategy/plans/" + strategy.id().value();
        List<WorkRow> rows = due.stream().limit(5).map(a -> new WorkRow(a.description(),
                manages ? base + "/actions/" + a.id().value() : null,
                (manages ? a.ownerName() + ", due " : "Due ") + Dates.DAY.format(a.dueOn()),
                a.overdue(today) ? "Overdue" : "Due soon", a.overdue(today) ? "red" : "yellow")).toList();
        return List.of(new WorkList(manages ? 40 : 45, manages ? "Strategy actions" : "Actions your agency owns",
                overdue + " overdue and " + (due.size() - overdue) + " due in the next 4 weeks in " + strategy.title()
                        + ".", rows, manages ? base : null, "Open the action plan"));
    }
}
