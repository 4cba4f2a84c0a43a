package org.hearth.gatling;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The requests staff make, each named by its page's template (ids as {@code {id}}), so the report has a row per kind
 * of request. Redirects are not followed: each is asked for as the next request, named by the page it reaches.
 * Every request checks its status (and a sign-in that it signed in), so a refusal, an error page or a failed form is
 * counted as an error.
 */
final class Pages {

    /** Surnames searched for, some misspelt as heard on the phone (bench/load's). */
    private static final String[] SURNAMES = {"Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Khan",
        "Patel", "Hall", "Wood", "Clarke", "Smyth", "Jonse", "Tailor", "Hussain", "Nowak", "Cooper"};
    private static final String[] GIVEN = {"Fern", "Amara", "Beth", "Carys", "Dana", "Elif", "Freya", "Gemma", "Isla"};
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final long pauseMs;
    private final String password;

    Pages(LoadSettings settings) {
        this.pauseMs = settings.pauseMs();
        this.password = settings.password();
    }

    /** A person's think time: exponential with the run's mean, or none in a saturation run. */
    ChainBuilder think() {
        return pauseMs == 0 ? exec(session -> session)
                : pause(session -> Duration.ofMillis((long) (-Math.log(1 - ThreadLocalRandom.current().nextDouble())
                        * pauseMs)));
    }

    /** The sign-in form, then username and password with its CSRF token; a demo account lands on My work. */
    ChainBuilder signIn() {
        return exec(http("GET /login").get("/login").check(status().is(200),
                        css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("POST /login").post("/login").formParam("username", "#{username}")
                        .formParam("password", password).formParam("_csrf", "#{csrf}")
                        .check(status().is(303), header("Location").transform(l -> l.contains("/login")).is(false)))
                .exec(page("GET /", "/"));
    }

    static ChainBuilder page(String name, String path) {
        return exec(http(name).get(path).check(status().is(200)));
    }

    ChainBuilder home() {
        return page("GET /", "/");
    }

    ChainBuilder directory() {
        return page("GET /directory", "/directory");
    }

    ChainBuilder insights() {
        return page("GET /insights", "/insights");
    }

    ChainBuilder strategy() {
        return page("GET /strategy/plans", "/strategy/plans");
    }

    /** The search box by a surname, then (when it found anyone) one of the people found. */
    ChainBuilder searchThenPerson() {
        return exec(session -> session.set("surname", SURNAMES[ThreadLocalRandom.current().nextInt(SURNAMES.length)])
                        .remove("person"))
                .exec(http("GET /search?q=").get("/search").queryParam("q", "#{surname}").check(status().is(200),
                        regex("href=\"/people/(" + UUID + ")\"").findRandom().optional().saveAs("person")))
                .doIf(session -> session.contains("person")).then(think().exec(person()));
    }

    ChainBuilder person() {
        return page("GET /people/{id}", "/people/#{person}");
    }

    /** The people search as JSON, as the search box's suggestions ask it. */
    ChainBuilder apiSearch() {
        return exec(session -> session.set("surname", SURNAMES[ThreadLocalRandom.current().nextInt(SURNAMES.length)]))
                .exec(http("GET /api/people?query=").get("/api/people").queryParam("query", "#{surname}")
                        .header("Accept", "application/json")
                        .check(status().is(200), jsonPath("$.people").exists()));
    }

    /** The referral list, then one referral of it and, where it names one, its victim. */
    ChainBuilder referrals() {
        return exec(session -> session.remove("referral").remove("person"))
                .exec(http("GET /referrals").get("/referrals").check(status().is(200),
                        regex("href=\"/referrals/(" + UUID + ")\"").findRandom().optional().saveAs("referral")))
                .doIf(session -> session.contains("referral")).then(think().exec(referral()));
    }

    ChainBuilder referral() {
        return exec(http("GET /referrals/{id}").get("/referrals/#{referral}").check(status().is(200),
                regex("href=\"/people/(" + UUID + ")\"").findRandom().optional().saveAs("person")));
    }

    /**
     * The practitioner's door: the form, its answers (a victim with a common surname, her partner and a child), the
     * check page where the matching engine offers people already known, then the referral with both recorded as new
     * people (left for the hub to compare); its id is kept as {@code made}.
     */
    ChainBuilder referralForm() {
        return exec(session -> {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            LocalDate born = LocalDate.of(1960, 1, 1).plusDays(r.nextInt(40 * 365));
            LocalDate partnerBorn = born.minusDays(r.nextInt(3000));
            LocalDate yesterday = LocalDate.now().minusDays(1);
            return session.set("given", GIVEN[r.nextInt(GIVEN.length)])
                    .set("family", SURNAMES[r.nextInt(SURNAMES.length)])
                    .set("born", parts(born)).set("partnerBorn", parts(partnerBorn)).set("incident", parts(yesterday));
        })
                .exec(http("GET /referrals/new").get("/referrals/new").check(status().is(200),
                        css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(think())
                .exec(http("POST /referrals/new").post("/referrals/new")
                        .formParam("_csrf", "#{csrf}")
                        .formParam("incidentDate.day", "#{incident(0)}")
                        .formParam("incidentDate.month", "#{incident(1)}")
                        .formParam("incidentDate.year", "#{incident(2)}")
                        .formParam("incidentTime", "21:30")
                        .formParam("victimGivenName", "#{given}")
                        .formParam("victimFamilyName", "#{family}")
                        .formParam("victimDateOfBirth.day", "#{born(0)}")
                        .formParam("victimDateOfBirth.month", "#{born(1)}")
                        .formParam("victimDateOfBirth.year", "#{born(2)}")
                        .formParam("victimSex", "FEMALE")
                        .formParam("perpetratorKnown", "true")
                        .formParam("perpetratorGivenName", "Gary")
                        .formParam("perpetratorFamilyName", "#{family}")
                        .formParam("perpetratorDateOfBirth.day", "#{partnerBorn(0)}")
                        .formParam("perpetratorDateOfBirth.month", "#{partnerBorn(1)}")
                        .formParam("perpetratorDateOfBirth.year", "#{partnerBorn(2)}")
                        .formParam("relationship", "INTIMATE_PARTNER")
                        .formParam("children[0].givenName", "Hal")
                        .formParam("children[0].familyName", "#{family}")
                        .formParam("children[0].age", "6")
                        .formParam("children[0].present", "true")
                        .formParam("abuseTypes", "PHYSICAL")
                        .formParam("consent", "GIVEN")
                        .formParam("narrative", "Synthetic referral for the load test: neighbours heard shouting.")
                        .check(status().is(303), header("Location").transform(l -> l.endsWith("/referrals/check")).is(true)))
                .exec(http("GET /referrals/check (matching)").get("/referrals/check").check(status().is(200),
                        css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(think())
                .exec(http("POST /referrals/submit").post("/referrals/submit")
                        .formParam("_csrf", "#{csrf}").formParam("victim", "new").formParam("perpetrator", "new")
                        .check(status().is(303),
                                header("Location").transform(l -> l.replaceAll(".*/referrals/(" + UUID + ").*", "$1"))
                                        .saveAs("made")))
                .exec(session -> session.set("referral", session.getString("made")))
                .exec(referral());
    }

    private static java.util.List<Integer> parts(LocalDate date) {
        return java.util.List.of(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /**
     * The hub's triage queue and one referral of it; then, when this coordinator made a referral earlier, the
     * decision on it (made outside the meeting, "information only"), as each coordinator decides only their own so
     * that two never decide the same referral at once.
     */
    ChainBuilder triage() {
        return exec(session -> session.remove("referral"))
                .exec(http("GET /triage").get("/triage").check(status().is(200),
                        regex("href=\"/referrals/(" + UUID + ")\"").findRandom().optional().saveAs("referral")))
                .doIf(session -> session.contains("referral")).then(think().exec(referral()))
                .doIf(session -> session.contains("made")).then(think()
                        .exec(session -> session.set("referral", session.getString("made")))
                        .exec(http("GET /referrals/{id}").get("/referrals/#{referral}").check(status().is(200),
                                css("input[name=_csrf]", "value").saveAs("csrf")))
                        .exec(think())
                        .exec(http("POST /referrals/{id}/triage").post("/referrals/#{referral}/triage")
                                .formParam("_csrf", "#{csrf}").formParam("outcome", "INFORMATION_ONLY")
                                .formParam("reason", "Load test: known to services, information only")
                                .check(status().is(303), header("Location").transform(l -> l.endsWith("/triage")).is(true)))
                        .exec(session -> session.remove("made"))
                        .exec(page("GET /triage", "/triage")));
    }
}
