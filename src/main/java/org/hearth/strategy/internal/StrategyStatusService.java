package org.hearth.strategy.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.strategy.Objective;
import org.hearth.strategy.ObjectiveLine;
import org.hearth.strategy.Rag;
import org.hearth.strategy.StatusChange;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyAction;
import org.hearth.strategy.StrategyOverview;
import org.hearth.strategy.StrategyPlans;
import org.hearth.strategy.StrategyStatus;
import org.springframework.stereotype.Service;

/**
 * {@link StrategyStatus} read straight from the strategy's records on every call, so an action updated a moment
 * ago shows at once. Actions are counted when open; overdue is open past its due date; RAG counts are of open
 * actions. An objective's status is the one the coordinator last recorded.
 */
@Service
class StrategyStatusService implements StrategyStatus {

    private final StrategyPlans plans;

    StrategyStatusService(StrategyPlans plans) {
        this.plans = plans;
    }

    @Override
    public Optional<StrategyOverview> current(LocalDate on) {
        return plans.current(on).map(s -> overview(s, on));
    }

    static StrategyOverview overview(Strategy s, LocalDate on) {
        List<ObjectiveLine> lines = s.objectives().stream().map(StrategyStatusService::line).toList();
        List<StrategyAction> open = s.actions().stream().filter(a -> !a.done()).toList();
        return new StrategyOverview(s.id().value(), s.title(), s.startsOn(), s.endsOn(), lines, open.size(),
                (int) open.stream().filter(a -> a.overdue(on)).count(), count(open, Rag.RED), count(open, Rag.AMBER),
                count(open, Rag.GREEN));
    }

    private static int count(List<StrategyAction> actions, Rag rag) {
        return (int) actions.stream().filter(a -> a.rag() == rag).count();
    }

    private static ObjectiveLine line(Objective o) {
        StatusChange now = o.current();
        StatusChange before = o.previous();
        return new ObjectiveLine(o.theme(), o.text(), now.status().label(),
                before == null ? null : before.status().label(), now.on());
    }
}
