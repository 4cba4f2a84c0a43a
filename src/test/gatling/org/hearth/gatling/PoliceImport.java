package org.hearth.gatling;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.RawFileBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The police incident feed arriving in the middle of the working day: a hub coordinator uploads the file, then its
 * page, which refreshes itself every 2 seconds, until the import has finished (at most {@link #MAX_WAIT}). The
 * import's own duration and counts are printed at the end (they are the page's figures, no person data). A last look
 * at the page fails the run unless every row was imported and none rejected (an import stopped or still running
 * after {@link #MAX_WAIT} included).
 */
final class PoliceImport {

    /** How long the coordinator watches the import's page before counting it as not finished. */
    static final Duration MAX_WAIT = Duration.ofMinutes(30);
    private static final Duration REFRESH = Duration.ofSeconds(2);

    private PoliceImport() {
    }

    static ChainBuilder uploadAndWatch(Path file, int rows) {
        return exec(http("import: GET /referrals/import").get("/referrals/import").check(status().is(200),
                        css("input[name=_csrf]", "value").saveAs("csrf"),
                        css("select#agency option[selected]", "value").saveAs("agency")))
                .exec(session -> session.set("importStarted", System.nanoTime()).set("importDone", false))
                .exec(http("import: POST /referrals/import (" + rows + " rows)").post("/referrals/import")
                        .asMultipartForm()
                        .bodyPart(StringBodyPart("_csrf", "#{csrf}"))
                        .bodyPart(StringBodyPart("agency", "#{agency}"))
                        .bodyPart(RawFileBodyPart("file", file.toAbsolutePath().toString())
                                .fileName("incidents.csv").contentType("text/csv"))
                        .check(status().is(303), header("Location")
                                .transform(l -> l.replaceAll(".*/referrals/import/", "")).saveAs("job")))
                .exec(asLongAs(session -> !session.getBoolean("importDone")
                        && System.nanoTime() - session.getLong("importStarted") < MAX_WAIT.toNanos())
                        .on(pause(REFRESH)
                                .exec(http("import: GET /referrals/import/{id}").get("/referrals/import/#{job}")
                                        .check(status().is(200),
                                                css("h1").transform(h -> !h.contains("Importing")).saveAs("importDone"),
                                                css("h1").saveAs("importHeading"),
                                                css("#rows-read").saveAs("rowsRead"),
                                                css("#imported").saveAs("imported"),
                                                css("#already-imported").saveAs("alreadyImported"),
                                                css("#rejected").saveAs("rejected")))))
                .exec(session -> {
                    double seconds = (System.nanoTime() - session.getLong("importStarted")) / 1e9;
                    System.out.printf(Locale.ROOT, "%nPolice import of %d rows: \"%s\" after %.0f s; rows read %s, "
                            + "imported %s, already imported %s, rejected %s%n%n", rows,
                            session.getString("importHeading"), seconds, session.getString("rowsRead"),
                            session.getString("imported"), session.getString("alreadyImported"),
                            session.getString("rejected"));
                    return session;
                })
                .exec(http("import: finished whole").get("/referrals/import/#{job}")
                        .check(status().is(200), css("#imported").is(String.valueOf(rows)),
                                css("#rejected").is("0")));
    }
}
