package org.hearth.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GOV.UK starts the title of a page whose form has errors with "Error: ", so that a screen reader says so first.
 * Pages do not do it themselves: after a page handler, this sets the model's {@code pageHasErrors}, and the layout
 * prefixes the title. A page's form has errors when a bound form has errors ({@link Errors} in the model), or when
 * the page keeps its own: a non-empty {@code errors} map or list, or an {@code error} or {@code reportError}
 * message.
 */
@Component
public class ErrorTitles implements WebMvcConfigurer, HandlerInterceptor {

    public static final String ATTRIBUTE = "pageHasErrors";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page != null && page.getViewName() != null && !page.getViewName().contains(":")) {
            page.addObject(ATTRIBUTE, hasErrors(page.getModel()));
        }
    }

    /** Whether a page's model holds errors of its form (see the class comment). */
    public static boolean hasErrors(Map<String, ?> model) {
        for (Map.Entry<String, ?> e : model.entrySet()) {
            Object value = e.getValue();
            if (value instanceof Errors errors && errors.hasErrors()) {
                return true;
            }
            boolean own = switch (e.getKey()) {
                case "errors" -> value instanceof Map<?, ?> m ? !m.isEmpty()
                        : value instanceof Collection<?> c && !c.isEmpty();
                case "error", "reportError" -> value instanceof String s && !s.isBlank();
                default -> false;
            };
            if (own) {
                return true;
            }
        }
        return false;
    }
}
