package org.hearth.strategy.web;

import jakarta.servlet.http.HttpServletResponse;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.FormErrors;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyId;
import org.hearth.strategy.StrategyPlans;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pages under {@code /strategy/plans/{id}}: the strategy named by the path is loaded once, before the handler,
 * as the model's {@code strategy} (an unknown id is a 404), and a refused form is shown again with its errors.
 */
abstract class OneStrategy {

    static final String FORM = "form";

    protected final StrategyPlans plans;

    OneStrategy(StrategyPlans plans) {
        this.plans = plans;
    }

    @ModelAttribute("strategy")
    Strategy strategy(@PathVariable String id) {
        return StrategyId.parse(id).flatMap(plans::find).orElseThrow(StrategyController::notFound);
    }

    /** Puts the refusal on the form and answers 400: the caller then shows the form's page again. */
    static void refused(BindingResult result, InvalidInputException e, HttpServletResponse response) {
        FormErrors.reject(result, e);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
}
