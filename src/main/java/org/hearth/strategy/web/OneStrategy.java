package org.hearth.strategy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormPost;
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

    /**
     * Runs {@code write} (which answers the view, usually {@link FormPost#redirect}) unless the binder could not take
     * a field ({@link FormErrors#refuseUnbound}: an unreal date the page found stays on the form while the module is
     * asked); a refusal goes onto the form's fields and {@code again} shows the form's page again, answering 400.
     */
    static String post(BindingResult result, HttpServletResponse response, Supplier<String> write,
            Supplier<String> again) {
        try {
            FormErrors.refuseUnbound(result);
            return write.get();
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return again.get();
        }
    }
}
