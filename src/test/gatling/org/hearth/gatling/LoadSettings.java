package org.hearth.gatling;

import java.time.Duration;

/**
 * What a run is asked to do, from system properties (bench/gatling passes them; {@code mvn -P gatling gatling:test}
 * hands Maven's system properties to the simulation's JVM).
 *
 * @param baseUrl    where Hearth answers, on this machine ({@code hearth.gatling.base-url})
 * @param users      concurrent staff ({@code hearth.gatling.users})
 * @param duration   how long each member of staff works once signed in ({@code hearth.gatling.duration-s})
 * @param pauseMs    mean think time between one person's requests, exponentially distributed; 0 for none, to find
 *                   the saturation throughput ({@code hearth.gatling.pause-ms})
 * @param ramp       over which the staff sign in, one after another ({@code hearth.gatling.ramp-s})
 * @param importRows rows of the police incident file uploaded halfway through; 0 for no import
 *                   ({@code hearth.gatling.import-rows})
 * @param password   the demo accounts' password ({@code hearth.gatling.password}; the demo prints it at start)
 */
record LoadSettings(String baseUrl, int users, Duration duration, long pauseMs, Duration ramp, int importRows,
        String password) {

    static LoadSettings fromSystemProperties() {
        int users = integer("users", 50);
        Duration duration = Duration.ofSeconds(integer("duration-s", 600));
        LoadSettings s = new LoadSettings(
                System.getProperty("hearth.gatling.base-url", "http://localhost:8080").replaceAll("/+$", ""),
                users, duration, integer("pause-ms", 1000),
                Duration.ofSeconds(integer("ramp-s", (int) Math.min(20, duration.toSeconds() / 10))),
                integer("import-rows", 5000), System.getProperty("hearth.gatling.password", "hearth-demo-2026"));
        if (users < 1 || duration.isZero() || s.pauseMs < 0 || s.importRows < 0) {
            throw new IllegalArgumentException("users and duration must be positive, pause and import rows not negative");
        }
        if (!s.baseUrl.matches("https?://(localhost|127(\\.\\d{1,3}){3}|\\[::1])(:\\d+)?")) {
            // a load test is aimed at this machine only
            throw new IllegalArgumentException("hearth.gatling.base-url must be on loopback: " + s.baseUrl);
        }
        return s;
    }

    /** When the police import starts: halfway through the staff's working time. */
    Duration importAfter() {
        return ramp.plus(duration.dividedBy(2));
    }

    private static int integer(String name, int otherwise) {
        String value = System.getProperty("hearth.gatling." + name);
        return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.trim().replace("_", ""));
    }
}
