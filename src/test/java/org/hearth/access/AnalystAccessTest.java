package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Analysts see figures, never a person. Every route Hearth serves, found from the handler mappings (so a new route
 * is checked the day it is added), is requested by an analyst with every method it answers, path variables filled
 * with a real person's id: each is refused with 403 unless it is on the short list of partnership-level routes
 * below, and none of those shows the person.
 */
@HearthIntegrationTest
class AnalystAccessTest {

    /**
     * Routes an analyst may reach (method and path pattern): their own account, sign-in and out, the public
     * directory, and partnership-level figures. Adding a route here is a decision that it can never show a person.
     */
    private static final List<Pattern> ANALYST_ROUTES = Stream.of(
            "GET /", "GET /sections/\\{slug}", "(GET|POST) /login(/.*)?", "(GET|POST) /logout", "GET /error", "GET /denied",
            "(GET|POST) /account(/.*)?", "GET /api/me", "GET /api/agencies(/.*)?", "GET /directory(/.*)?",
            "GET /strategy/bvpi225/history", "GET /strategy/(plans|checklist)(/.*)?",
            "GET /api/strategy/(strategies|actions|checklist)(/.*)?", "GET /api/strategy/status",
            "GET /workforce/training", "GET /api/workforce/training",
            "GET /partnership/groups(/\\{id}(/attendance|/meetings/\\{meetingId})?)?", "GET /api/partnership/groups(/.*)?",
            "GET /insights", "GET /api/insights/indicators", "GET /hub/volumes", "GET /insights/orders",
            "GET /api/insights/orders", "GET /insights/casework", "GET /disclosure/figures",
            "GET /insights/reports(/\\{id\\}(/report\\.(pdf|xlsx))?)?",
            // the SafeLives MARAC return: figures only, suppressed for analysts (the cases behind them are refused)
            "GET /marac/returns", "GET /marac/\\{maracId}/return(\\.(csv|xlsx))?",
            "GET /marac/meetings/\\{meetingId}/return(\\.(csv|xlsx))?",
            // commissioning: budgets, contracts and costs between agencies, no person data
            "GET /commissioning(/.*)?", "GET /api/commissioning/(budgets/\\{year}|contracts|safe-accommodation/\\{year})")
            .map(Pattern::compile).toList();

    /** Public or outside the application (no person data): served to everyone. */
    private static final Set<String> PUBLIC_ROUTES = Set.of("/v3/api-docs");

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Route(RequestMethod method, String pattern) {
    }

    @Test
    void analystsAreRefusedEveryPersonLevelRoute() {
        String person = fixtures.knownPerson();
        String name = "Person " + person.substring(0, 8);
        WebSession analyst = new WebSession(port);
        analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        String csrf = analyst.get("/").csrf();
        assertThat(csrf).as("a CSRF token, so a refused POST is refused for the role, not the token").isNotNull();

        SoftAssertions softly = new SoftAssertions();
        List<Route> refused = new ArrayList<>();
        List<Route> allowed = new ArrayList<>();
        for (Route route : routes()) {
            if (PUBLIC_ROUTES.contains(route.pattern())) {
                continue;
            }
            String path = route.pattern().replaceAll("\\{[^}]+}", person);
            boolean mayReach = ANALYST_ROUTES.stream().anyMatch(p -> p.matcher(route.method() + " " + route.pattern()).matches());
            Page page = request(analyst, route.method(), path, csrf);
            if (mayReach) {
                allowed.add(route);
                softly.assertThat(page.status()).as("%s %s", route.method(), path).isLessThan(500);
                softly.assertThat(page.body()).as("%s %s shows no person", route.method(), path)
                        .doesNotContain(name);
            } else {
                refused.add(route);
                softly.assertThat(page.status()).as("analyst at %s %s", route.method(), path).isEqualTo(403);
                softly.assertThat(page.body()).as("%s %s shows no person", route.method(), path).doesNotContain(name);
            }
        }
        softly.assertAll();
        assertThat(refused).as("person-level routes checked")
                .contains(new Route(RequestMethod.GET, "/people/{id}"), new Route(RequestMethod.GET, "/triage"),
                        new Route(RequestMethod.POST, "/api/referrals"));
        assertThat(allowed).contains(new Route(RequestMethod.GET, "/strategy/bvpi225/history"),
                new Route(RequestMethod.GET, "/insights"), new Route(RequestMethod.GET, "/api/insights/indicators"));
        assertThat(refused).as("analysts do not write board reports")
                .contains(new Route(RequestMethod.POST, "/insights/reports"), new Route(RequestMethod.GET, "/insights/reports/new"));
    }

    @Test
    void analystsSeeNoPersonLevelLinks() {
        WebSession analyst = new WebSession(port);
        Page home = analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        assertThat(home.html().select("a[href]").eachAttr("href"))
                .noneMatch(href -> href.startsWith("/people") || href.startsWith("/referrals")
                        || href.startsWith("/triage") || href.startsWith("/break-glass"));
    }

    private static Page request(WebSession web, RequestMethod method, String path, String csrf) {
        return switch (method) {
            case GET -> web.get(path);
            case POST -> web.postRaw(path, new LinkedHashMap<>(Map.of("_csrf", csrf)));
            default -> web.send(HttpRequest.newBuilder(web.uri(path)).header("X-CSRF-TOKEN", csrf)
                    .method(method.name(), HttpRequest.BodyPublishers.noBody()));
        };
    }

    /** Every Hearth route with each method it answers (GET for routes that answer any method). */
    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.hearth")) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(method, pattern));
                }
            }
        });
        return routes;
    }
}
