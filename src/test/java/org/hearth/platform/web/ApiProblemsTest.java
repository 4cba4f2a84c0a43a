package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.ApiProblems.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.method.HandlerMethod;

/**
 * The one API error handler: a module's refusal is a 400 naming each field as the request's JSON does, through the
 * {@link ApiFieldNames} of the controller that threw, and only that controller's.
 */
class ApiProblemsTest {

    static class RenamingApi {
        public void save() {
        }
    }

    static class OtherApi {
        public void save() {
        }
    }

    static final ApiFieldNames NAMES = ApiFieldNames.renaming(Map.of("service", "serviceId"), RenamingApi.class);

    final ApiProblems problems = new ApiProblems(
            new StaticListableBeanFactory(Map.of("names", NAMES)).getBeanProvider(ApiFieldNames.class));
    final InvalidInputException refused = new InvalidInputException(
            List.of(new InvalidInputException.Problem("service", "Choose a service"),
                    new InvalidInputException.Problem("worker", "Choose a worker")));

    @Test
    void fieldsAreNamedAsTheControllersJsonNamesThem() throws Exception {
        ProblemDetail problem = problems.invalidInput(refused, handler(new RenamingApi()));
        assertThat(problem.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST.value());
        assertThat(problem.getDetail()).contains("nothing was saved");
        assertThat(problem.getProperties()).containsEntry("errors",
                List.of(new FieldProblem("serviceId", "Choose a service"), new FieldProblem("worker", "Choose a worker")));
    }

    @Test
    void anotherControllersFieldsKeepTheModulesNames() throws Exception {
        ProblemDetail problem = problems.invalidInput(refused, handler(new OtherApi()));
        assertThat(problem.getProperties()).containsEntry("errors",
                List.of(new FieldProblem("service", "Choose a service"), new FieldProblem("worker", "Choose a worker")));
    }

    private static HandlerMethod handler(Object controller) throws NoSuchMethodException {
        return new HandlerMethod(controller, controller.getClass().getMethod("save"));
    }
}
