package org.hearth.platform.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The pages' side of {@link TextRules} (the API's is {@code ApiProblems}, which comes first for
 * {@code @RestController}s): a refused query parameter, a refused field of a form read as a map of parameters,
 * and a field name the form does not have room for ({@code children[999].givenName}) are each a 400 page that
 * names the field, never a 500.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class InputProblems implements WebMvcConfigurer {

    @ExceptionHandler(InvalidTextException.class)
    ModelAndView invalidText(InvalidTextException ex, HttpServletResponse response) {
        return page(response, ex.field(), ex.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException ex, HttpServletResponse response) {
        InvalidTextException text = FormTextRules.cause(ex);
        return page(response, ex.getName(), text != null ? text.getMessage() : "This answer is not in the expected format");
    }

    /** A field path the form cannot hold (an index beyond the auto-grow limit, a property of nothing). */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView invalidProperty(InvalidPropertyException ex, HttpServletResponse response) {
        return page(response, ex.getPropertyName(), "This is not a field of this form");
    }

    private static ModelAndView page(HttpServletResponse response, String field, String message) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        ModelAndView page = new ModelAndView("error/4xx");
        page.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
        page.addObject("status", 400);
        page.addObject("field", TextRules.strip(field));
        page.addObject("message", message);
        return page;
    }

    /** Forms read as a map of parameters (questionnaires, search filters) bypass binding: check them first. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ParameterMapCheck());
    }

    static final class ParameterMapCheck implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (handler instanceof HandlerMethod method && readsParameterMap(method)) {
                for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
                    check(null, e.getKey());
                    for (String value : e.getValue()) {
                        check(e.getKey(), value);
                    }
                }
            }
            return true;
        }

        private static void check(String field, String text) {
            TextRules.problem(text, TextRules.isLongText(field)).ifPresent(p -> {
                throw new InvalidTextException(field, p);
            });
        }

        private static boolean readsParameterMap(HandlerMethod method) {
            for (MethodParameter p : method.getMethodParameters()) {
                if (p.hasParameterAnnotation(RequestParam.class) && Map.class.isAssignableFrom(p.getParameterType())) {
                    return true;
                }
            }
            return false;
        }
    }
}
