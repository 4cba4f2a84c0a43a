package org.hearth.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.marac.MaracTestSupport.actAs;
import static org.hearth.marac.MaracTestSupport.signOut;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.partnership.Agency;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.InvalidInputException;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every figure of the SafeLives return against a hand-built data set: a MARAC of its own in an area of its own, with
 * meetings in 2012 and 2013 (dates no other test uses), so every count is exact in the shared database.
 *
 * <p>Quarter 2013-Q2 (1 April to 30 June 2013). Held: 11 April 2013 (c1, c2, c3) and 9 May 2013 (c4, c5). Not held:
 * 20 June 2013 (agenda never published: c6). Next quarter: 4 July 2013 (c10). For the 12 months: 13 September 2012
 * (c7, c8) counts, 10 May 2012 (c9) does not.
 * <ul>
 * <li>c1: V1 (female, White British, 30, not disabled, heterosexual), police, not a repeat, 2 children on the
 * front-door referral.</li>
 * <li>c2: V2 (female, Black Caribbean, 17, disabled, bisexual), council, a repeat, a perpetrator aged 16.</li>
 * <li>c3: V3 (male, Asian Indian, 45, trans man), NHS, not a repeat; a child of 5 and an adult son of 20.</li>
 * <li>c4: V1 again, police, a repeat.</li>
 * <li>c5: V5 (female, Gypsy or Irish Traveller, 16, disabled, prefers not to say), council; a household member of
 * 10 (recorded from the child's side); a perpetrator aged 18.</li>
 * </ul>
 * Women aged 16+ in the area: 2,500.
 */
@HearthIntegrationTest
class MaracReturnTest {

    static final Quarter Q = new Quarter(2013, 2);

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Maracs maracs;
    @Autowired
    MaracReturns returns;
    @LocalServerPort
    int port;

    TestUser coordinator;
    TestUser analyst;
    Area area;
    Marac marac;
    Agency police;
    Agency council;
    Agency nhs;
    final List<UUID> c = new ArrayList<>();
    UUID meetingA;
    UUID v2;
    UUID v3;

    @AfterEach
    void tearDown() {
        signOut();
    }

    private <T> T as(StaffUser user, Supplier<T> action) {
        actAs(user);
        try {
            return action.get();
        } finally {
            signOut();
        }
    }

    @BeforeEach
    void build() {
        coordinator = fixtures.enrolledUserAt("Marac Hub", Role.HUB_COORDINATOR);
        analyst = fixtures.enrolledUser(Role.ANALYST);
        area = partnerships.addArea(Fixtures.uniqueName("Returnshire "), 6_000);
        police = fixtures.agency(Fixtures.uniqueName("Returnshire Police "));
        council = fixtures.agency(Fixtures.uniqueName("Returnshire Council "));
        nhs = fixtures.agency(Fixtures.uniqueName("Returnshire NHS "));
        actAs(coordinator.user());
        marac = maracs.create(new MaracDetails(Fixtures.uniqueName("Returnshire MARAC "), List.of(area.id()),
                Schedule.FORTNIGHTLY, coordinator.user().id(), coordinator.user().id(), 20, List.of()));
        signOut();
        jdbc.sql("INSERT INTO marac_area_women (area_id, women_16_plus) VALUES (?, 2500)").param(area.id().value())
                .update();

        UUID v1 = person("FEMALE", "WHITE_BRITISH", "NO", LocalDate.of(1982, 6, 1), "HETEROSEXUAL", "SAME_AS_SEX_AT_BIRTH");
        v2 = person("FEMALE", "BLACK_CARIBBEAN", "YES", LocalDate.of(1995, 10, 1), "BISEXUAL", "NOT_KNOWN");
        v3 = person("MALE", "ASIAN_INDIAN", "NOT_KNOWN", LocalDate.of(1967, 3, 1), "NOT_KNOWN", "TRANS_MAN");
        UUID v5 = person("FEMALE", "WHITE_GYPSY_TRAVELLER", "YES", LocalDate.of(1996, 6, 1), "NOT_STATED", "NOT_KNOWN");
        UUID other = person("FEMALE", "WHITE_BRITISH", "NO", LocalDate.of(1980, 1, 1), "NOT_KNOWN", "NOT_KNOWN");

        meetingA = meeting(LocalDate.of(2013, 4, 11), true);
        UUID meetingB = meeting(LocalDate.of(2013, 5, 9), true);
        UUID notHeld = meeting(LocalDate.of(2013, 6, 20), false);
        UUID july = meeting(LocalDate.of(2013, 7, 4), true);
        UUID september = meeting(LocalDate.of(2012, 9, 13), true);
        UUID mayBefore = meeting(LocalDate.of(2012, 5, 10), true);

        // c1: the front-door referral names two children (one of unknown age)
        UUID frontDoor = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, incident_on, victim_id,
                    consent, area_id) VALUES (?, ?, 'WEB', ?, ?, ?, ?, 'GIVEN', ?)""")
                .params(frontDoor, "T-" + frontDoor.toString().substring(0, 13), police.id().value(),
                        LocalDate.of(2013, 3, 25), LocalDate.of(2013, 3, 25), v1, area.id().value()).update();
        for (LocalDate dob : new LocalDate[] {LocalDate.of(2008, 1, 1), null}) {
            UUID child = person("NOT_KNOWN", null, "NOT_KNOWN", dob, "NOT_KNOWN", "NOT_KNOWN");
            jdbc.sql("INSERT INTO referral_child (referral_id, person_id, present) VALUES (?, ?, true)")
                    .params(frontDoor, child).update();
        }
        c.add(referral(v1, police, LocalDate.of(2013, 3, 28), false, meetingA, frontDoor));
        UUID young = person("MALE", null, "NOT_KNOWN", LocalDate.of(1996, 5, 1), "NOT_KNOWN", "NOT_KNOWN");
        c.add(referral(v2, council, LocalDate.of(2013, 4, 1), true, meetingA, null, young));
        c.add(referral(v3, nhs, LocalDate.of(2013, 4, 2), false, meetingA, null));
        relate(v3, person("NOT_KNOWN", null, "NOT_KNOWN", LocalDate.of(2008, 2, 1), "NOT_KNOWN", "NOT_KNOWN"), "PARENT_OF");
        relate(v3, person("MALE", null, "NOT_KNOWN", LocalDate.of(1993, 2, 1), "NOT_KNOWN", "NOT_KNOWN"), "PARENT_OF");
        c.add(referral(v1, police, LocalDate.of(2013, 4, 30), true, meetingB, null));
        UUID adultPerpetrator = person("MALE", null, "NOT_KNOWN", LocalDate.of(1994, 1, 1), "NOT_KNOWN", "NOT_KNOWN");
        c.add(referral(v5, council, LocalDate.of(2013, 5, 1), false, meetingB, null, adultPerpetrator));
        relate(person("NOT_KNOWN", null, "NOT_KNOWN", LocalDate.of(2003, 2, 1), "NOT_KNOWN", "NOT_KNOWN"), v5,
                "HOUSEHOLD_MEMBER");
        c.add(referral(other, police, LocalDate.of(2013, 6, 1), false, notHeld, null));
        c.add(referral(other, police, LocalDate.of(2012, 9, 1), false, september, null));
        c.add(referral(other, nhs, LocalDate.of(2012, 9, 2), false, september, null));
        c.add(referral(other, police, LocalDate.of(2012, 5, 1), false, mayBefore, null));
        c.add(referral(other, police, LocalDate.of(2013, 6, 25), false, july, null));
    }

    private UUID person(String sex, String ethnicity, String disability, LocalDate dob, String orientation,
            String gender) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO person (id, given_name, family_name, date_of_birth, sex, ethnicity, disability,
                    sexual_orientation_code, gender_identity_code, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, "Ret", Fixtures.uniqueName("Returnee"), dob, sex, ethnicity, disability, orientation, gender,
                        coordinator.user().id().value()).update();
        return id;
    }

    private void relate(UUID person, UUID related, String kind) {
        jdbc.sql("INSERT INTO person_relationship (person_id, related_id, kind) VALUES (?, ?, ?)")
                .params(person, related, kind).update();
    }

    private UUID meeting(LocalDate on, boolean published) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO marac_meeting (id, marac_id, meets_on, published_at) VALUES (?, ?, ?, ?)")
                .params(id, marac.id().value(), on, published ? java.sql.Timestamp.valueOf(on.minusDays(5).atStartOfDay())
                        : null).update();
        return id;
    }

    private UUID referral(UUID victim, Agency agency, LocalDate on, boolean repeat, UUID meeting, UUID frontDoor,
            UUID... perpetrators) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO marac_referral (id, reference, marac_id, victim_id, source, referral_id, referred_on,
                    referred_by_name, referring_agency_id, criteria, evidence, consent, repeat, meeting_id)
                VALUES (?, ?, ?, ?, 'PERSON_PAGE', ?, ?, 'Test', ?, '{VISIBLE_HIGH_RISK}', 'test', 'GIVEN', ?, ?)""")
                .params(id, "MR-RET-" + id.toString().substring(0, 8), marac.id().value(), victim, frontDoor, on,
                        agency.id().value(), repeat, meeting).update();
        for (UUID p : perpetrators) {
            jdbc.sql("INSERT INTO marac_referral_perpetrator (marac_referral_id, person_id) VALUES (?, ?)")
                    .params(id, p).update();
        }
        return id;
    }

    private static List<String> texts(SafeLivesReturn r, String key) {
        ReturnLine l = r.line(key).orElseThrow(() -> new AssertionError("no line " + key));
        return List.of(l.number().text(), l.share().text());
    }

    private static List<String> texts(SafeLivesReturn r, String label, boolean byLabel) {
        ReturnLine l = r.lines().stream().filter(x -> x.label().startsWith(label)).findFirst().orElseThrow();
        return List.of(l.number().text(), l.share().text());
    }

    @Test
    void everyFigureOfTheQuarterAsTheCoordinatorSeesIt() {
        SafeLivesReturn r = as(coordinator.user(), () -> returns.quarter(marac.id(), Q));
        assertThat(r.suppressed()).isFalse();
        assertThat(r.meetings()).containsExactly(LocalDate.of(2013, 4, 11), LocalDate.of(2013, 5, 9));
        assertThat(texts(r, "Meetings held", true)).containsExactly("2", "–");
        assertThat(texts(r, "cases")).as("c1-c5; not the unheld meeting nor July").containsExactly("5", "–");
        assertThat(texts(r, "repeats")).containsExactly("2", "40.0%");
        assertThat(texts(r, "agency:" + police.id())).containsExactly("2", "40.0%");
        assertThat(texts(r, "agency:" + council.id())).containsExactly("2", "40.0%");
        assertThat(texts(r, "agency:" + nhs.id())).containsExactly("1", "20.0%");
        assertThat(texts(r, "partner")).containsExactly("3", "60.0%");
        assertThat(texts(r, "children")).as("2 on c1's referral, V3's child of 5, V5's household member of 10")
                .containsExactly("4", "–");
        assertThat(texts(r, "minoritised")).as("Black Caribbean, Asian Indian, Gypsy or Irish Traveller")
                .containsExactly("3", "60.0%");
        assertThat(texts(r, "lgbt")).as("bisexual, trans man; not 'prefers not to say'").containsExactly("2", "40.0%");
        assertThat(texts(r, "disabled")).containsExactly("2", "40.0%");
        assertThat(texts(r, "male")).containsExactly("1", "20.0%");
        assertThat(texts(r, "aged-16-17")).containsExactly("2", "40.0%");
        assertThat(texts(r, "young-perpetrator")).containsExactly("1", "20.0%");
        assertThat(texts(r, "year")).as("c1-c5 and September 2012's two; not May 2012").containsExactly("7", "–");
        assertThat(r.women16Plus()).isEqualTo(2500);
        ReturnLine rate = r.lines().stream().filter(l -> l.label().startsWith("Cases per 10,000")).findFirst()
                .orElseThrow();
        assertThat(rate.number().text()).isEqualTo("28.0");
        assertThat(rate.note()).contains("recommends 40").contains("below the recommended volume");

        SafeLivesReturn meeting = as(coordinator.user(), () -> returns.meeting(new MaracMeetingId(meetingA)));
        assertThat(texts(meeting, "cases")).containsExactly("3", "–");
        assertThat(texts(meeting, "repeats")).containsExactly("1", "33.3%");
        assertThat(texts(meeting, "children")).containsExactly("3", "–");
    }

    @Test
    void analystsSeeTheFiguresSuppressedAndNoCases() {
        SafeLivesReturn r = as(analyst.user(), () -> returns.quarter(marac.id(), Q));
        assertThat(r.suppressed()).isTrue();
        assertThat(texts(r, "cases")).containsExactly("5", "–");
        assertThat(texts(r, "repeats")).containsExactly("<5", "[c]");
        assertThat(texts(r, "year")).containsExactly("7", "–");
        assertThat(as(analyst.user(), returns::maySeeCases)).isFalse();
        assertThatThrownBy(() -> as(analyst.user(), () -> returns.quarterCases(marac.id(), Q, "lgbt")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCoordinatorOpensTheCasesBehindAFigureAndEachListIsAudited() {
        List<ReturnCase> lgbt = as(coordinator.user(), () -> returns.quarterCases(marac.id(), Q, "lgbt"));
        assertThat(lgbt).extracting(x -> x.id().value()).containsExactlyInAnyOrder(c.get(1), c.get(2));
        assertThat(as(coordinator.user(), () -> returns.quarterCases(marac.id(), Q, "year")))
                .extracting(x -> x.id().value()).containsExactlyInAnyOrder(c.get(0), c.get(1), c.get(2), c.get(3),
                        c.get(4), c.get(6), c.get(7));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE record_type = 'marac-return-cases' AND reason = 'lgbt'
                  AND ? = ANY(record_ids) AND ? = ANY(record_ids)""")
                .params(c.get(1).toString(), v3.toString()).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> as(coordinator.user(), () -> returns.quarterCases(marac.id(), Q, "nonsense")))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void theDrillDownIsForCoordinatorsOnly() {
        String path = "/marac/" + marac.id() + "/return/cases?quarter=2013-Q2&figure=lgbt";
        WebSession hub = new WebSession(port);
        hub.signIn(coordinator);
        Page page = hub.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#cases tbody tr")).hasSize(2);
        assertThat(page.body()).contains("MR-RET-" + c.get(1).toString().substring(0, 8));

        Page figures = hub.get("/marac/" + marac.id() + "/return?quarter=2013-Q2");
        assertThat(figures.status()).isEqualTo(200);
        assertThat(figures.html().select("#figure-lgbt a").attr("href")).contains("figure=lgbt");

        WebSession analystSession = new WebSession(port);
        analystSession.signIn(analyst);
        assertThat(analystSession.get(path).status()).as("the guard in MaracReturns").isEqualTo(403);
        assertThat(analystSession.get("/marac/meetings/" + meetingA + "/return/cases?figure=cases").status())
                .as("the guard in MaracReturns.meetingCases").isEqualTo(403);
        assertThat(hub.get("/marac/meetings/" + meetingA + "/return/cases?figure=cases").html()
                .select("#cases tbody tr")).hasSize(3);
        Page analystFigures = analystSession.get("/marac/" + marac.id() + "/return?quarter=2013-Q2");
        assertThat(analystFigures.status()).isEqualTo(200);
        assertThat(analystFigures.html().select("#return a")).as("no links to cases").isEmpty();
        assertThat(analystFigures.html().select("#figure-repeats td").first().text()).isEqualTo("<5");

        TestUser manager = fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR);
        WebSession managerSession = new WebSession(port);
        managerSession.signIn(manager);
        assertThat(managerSession.get(path).status()).isEqualTo(403);

        TestUser stranger = fixtures.enrolledUserAt(Fixtures.uniqueName("Uninvolved Charity "), Role.PRACTITIONER);
        WebSession strangerSession = new WebSession(port);
        strangerSession.signIn(stranger);
        assertThat(strangerSession.get(path).status()).isEqualTo(403);
        assertThat(strangerSession.get("/marac/meetings/" + meetingA + "/return/cases?figure=cases").status())
                .isEqualTo(403);
    }

    @Test
    void csvAndXlsxHoldTheFigures() throws Exception {
        SafeLivesReturn r = as(coordinator.user(), () -> returns.quarter(marac.id(), Q));
        String csv = new String(returns.csv(r), StandardCharsets.UTF_8);
        assertThat(csv).contains("Figure,Number,Percentage or rate,Note")
                .contains("Cases discussed (repeats included),5,,")
                .contains("Repeat cases,2,40.0,")
                .contains("Victims who are LGBT+,2,40.0,")
                .contains("Referred by partner agencies other than the police,3,60.0,")
                .contains("\"Cases per 10,000 women aged 16 and over (12 months)\",28.0,,")
                .doesNotContain("MR-RET-");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(returns.xlsx(r)))) {
            Sheet sheet = wb.getSheet("Return");
            Map<String, Double> numbers = new java.util.HashMap<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 3 && row.getCell(1) != null
                        && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    numbers.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            assertThat(numbers).containsEntry("Cases discussed (repeats included)", 5.0)
                    .containsEntry("Children in the households", 4.0)
                    .containsEntry("Victims aged 16 or 17", 2.0)
                    .containsEntry("Cases with a perpetrator aged 17 or under", 1.0);
        }
        SafeLivesReturn suppressed = as(analyst.user(), () -> returns.quarter(marac.id(), Q));
        assertThat(new String(returns.csv(suppressed), StandardCharsets.UTF_8)).contains("Repeat cases,<5,[c],")
                .contains("Small numbers suppressed");

        WebSession analystSession = new WebSession(port);
        analystSession.signIn(analyst);
        Page download = analystSession.get("/marac/" + marac.id() + "/return.csv?quarter=2013-Q2");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).contains("Repeat cases,<5,[c],");
    }

    @Test
    void administratorsSetTheWomenOfEachAreaAndBadFiguresAreRefused() {
        TestUser admin = fixtures.enrolledUser(Role.SYSTEM_ADMIN);
        assertThatThrownBy(() -> as(admin.user(), () -> {
            returns.setWomen(Map.of(area.id(), "lots"), Map.of());
            return null;
        })).isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.sql("SELECT women_16_plus FROM marac_area_women WHERE area_id = ?").param(area.id().value())
                .query(Integer.class).single()).isEqualTo(2500);
        as(admin.user(), () -> {
            returns.setWomen(Map.of(area.id(), "5,000"), Map.of(area.id(), "ONS mid-2012"));
            return null;
        });
        SafeLivesReturn r = as(coordinator.user(), () -> returns.quarter(marac.id(), Q));
        assertThat(r.women16Plus()).isEqualTo(5000);
        assertThatThrownBy(() -> as(coordinator.user(), () -> {
            returns.setWomen(Map.of(area.id(), "1"), Map.of());
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        WebSession web = new WebSession(port);
        web.signIn(admin);
        Page bad = web.post("/marac/women", Map.of("women-" + area.id(), "-3"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorSummary()).contains("whole number");
        AreaId id = area.id();
        assertThat(jdbc.sql("SELECT women_16_plus FROM marac_area_women WHERE area_id = ?").param(id.value())
                .query(Integer.class).single()).as("nothing half-saved").isEqualTo(5000);
    }
}
