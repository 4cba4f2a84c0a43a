package org.hearth.gatling;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Staff working in Hearth (issue 16, section 3; see BENCHMARKS.md, "Gatling"): the demo partnership's accounts, in
 * bench/load's mix of roles (per 10: 3 practitioners, 2 agency representatives, 2 hub coordinators, an analyst, a
 * partnership coordinator and an administrator), each signing in with a password and the sign-in form's CSRF token,
 * then working for the run's duration with a think time between requests: My work, search and the people found, the
 * referral list and referrals, the referral form with its matching, the people search API, the hub's triage with a
 * decision, the insights dashboard, strategy plans and the directory. Halfway through, one more hub coordinator
 * uploads a police incident file ({@link PoliceImport}). Settings: {@link LoadSettings}.
 *
 * <p>Not run by {@code mvn test}: it lives in {@code src/test/gatling}, compiled only with the profile
 * {@code gatling}. It fails (the Maven build fails) on any failed request.
 */
public class StaffSimulation extends Simulation {

    /** The order in which each 10 staff are given their role (so that 5 staff are still a mix). */
    private static final List<String> ROLE_ORDER = List.of("practitioner", "hub", "representative", "practitioner",
            "analyst", "hub", "practitioner", "representative", "coordinator", "admin");

    private final LoadSettings settings = LoadSettings.fromSystemProperties();
    private final Pages pages = new Pages(settings);

    {
        HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl()).disableFollowRedirect()
                .acceptHeader("text/html,application/xhtml+xml").acceptLanguageHeader("en-GB")
                .userAgentHeader("Hearth load test (Gatling)");
        List<PopulationBuilder> populations = new ArrayList<>();
        for (String role : new ArrayList<>(new java.util.LinkedHashSet<>(ROLE_ORDER))) {
            int n = staffOf(role);
            if (n > 0) {
                populations.add(working(role, work(role)).injectOpen(rampUsers(n).during(settings.ramp())));
            }
        }
        if (settings.importRows() > 0) {
            Path file = incidentFile();
            populations.add(scenario("police import").exec(session -> session.set("username", "hub"))
                    .exec(pages.signIn()).exec(PoliceImport.uploadAndWatch(file, settings.importRows()))
                    .injectOpen(nothingFor(settings.importAfter()), atOnceUsers(1)));
        }
        setUp(populations).protocols(protocol)
                .maxDuration(settings.ramp().plus(settings.duration()).plus(PoliceImport.MAX_WAIT))
                .assertions(global().failedRequests().count().is(0L));
    }

    private int staffOf(String role) {
        int n = 0;
        for (int i = 0; i < settings.users(); i++) {
            n += ROLE_ORDER.get(i % ROLE_ORDER.size()).equals(role) ? 1 : 0;
        }
        return n;
    }

    /** Signs in as the role's demo accounts, in turn, then works until the run's duration is over. */
    private ScenarioBuilder working(String role, ChainBuilder work) {
        List<String> accounts = switch (role) {
            case "practitioner" -> List.of("idva", "idva2");
            case "representative" -> List.of("police");
            default -> List.of(role);
        };
        Iterator<Map<String, Object>> feeder = Stream.iterate(0, i -> i + 1)
                .<Map<String, Object>>map(i -> Map.of("username", accounts.get(i % accounts.size()))).iterator();
        return scenario(role).feed(feeder).exec(pages.signIn())
                .exec(during(settings.duration()).on(exec(pages.think()).exec(work)));
    }

    /** What a member of staff of this role does next, weighted (bench/load's starting points, and the forms). */
    private ChainBuilder work(String role) {
        return switch (role) {
            case "practitioner", "representative" -> randomSwitch().on(
                    percent(25.0).then(pages.home()),
                    percent(25.0).then(pages.searchThenPerson()),
                    percent(20.0).then(pages.referrals()),
                    percent(15.0).then(pages.directory()),
                    percent(10.0).then(pages.apiSearch()),
                    percent(5.0).then(pages.referralForm()));
            case "hub" -> randomSwitch().on(
                    percent(15.0).then(pages.home()),
                    percent(15.0).then(pages.searchThenPerson()),
                    percent(10.0).then(pages.referrals()),
                    percent(25.0).then(pages.triage()),
                    percent(5.0).then(pages.directory()),
                    percent(15.0).then(pages.insights()),
                    percent(5.0).then(pages.apiSearch()),
                    percent(10.0).then(pages.referralForm()));
            case "analyst" -> randomSwitch().on(
                    percent(25.0).then(pages.home()),
                    percent(40.0).then(pages.insights()),
                    percent(15.0).then(pages.directory()),
                    percent(20.0).then(pages.strategy()));
            default -> randomSwitch().on(
                    percent(30.0).then(pages.home()),
                    percent(30.0).then(pages.insights()),
                    percent(20.0).then(pages.strategy()),
                    percent(20.0).then(pages.directory()));
        };
    }

    private Path incidentFile() {
        try {
            Path file = IncidentFile.write(settings.importRows(), System.nanoTime());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
