package org.hearth.strategy.web;

import org.hearth.platform.TypedId;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyId;
import org.hearth.strategy.StrategyPlans;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pages under {@code /strategy/plans/{id}}: the strategy named by the path is loaded once, before the handler,
 * as the model's {@code strategy} (an unknown id is a 404).
 */
abstract class OneStrategy {

    static final String FORM = "form";

    protected final StrategyPlans plans;

    OneStrategy(StrategyPlans plans) {
        this.plans = plans;
    }

    @ModelAttribute("strategy")
    Strategy strategy(@PathVariable String id) {
        return TypedId.parse(id, StrategyId::new).flatMap(plans::find).orElseThrow(StrategyController::notFound);
    }
}
