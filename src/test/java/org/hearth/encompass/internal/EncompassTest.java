package org.hearth.encompass.internal;

import org.hearth.platform.Dates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.encompass.Encompass;
import org.hearth.encompass.EncompassNotification;
import org.hearth.encompass.ImportReport;
import org.hearth.encompass.Phase;
import org.hearth.encompass.SchoolId;
import org.hearth.encompass.Schools;
import org.hearth.encompass.Term;
import org.hearth.encompass.internal.IncidentNotifier.Child;
import org.hearth.encompass.internal.IncidentNotifier.Incident;
import org.hearth.encompass.internal.IncidentNotifier.Outcome;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonId;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Operation Encompass: the next-school-day clock, the schools CSV import's report, what a police incident does
 * for each child (notified, attention list, health visiting), and the key adult's isolation to their own school.
 */
@HearthIntegrationTest
class EncompassTest {

    @LocalServerPort
    int port;
    @Autowired
    Schools schools;
    @Autowired
    JdbcSchools jdbcSchools;
    @Autowired
    IncidentNotifier notifier;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Encompass encompass;
    @Autowired
    org.hearth.encompass.GpPractices gpPractices;

    AreaId area() {
        fixtures.agency("Northshire Police");
        return partnerships.areas().stream().filter(a -> a.name().equals("Encompass Test Area")).findFirst()
                .map(Area::id).orElseGet(() -> partnerships.addArea("Encompass Test Area", 50_000).id());
    }

    static String urn() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    }

    /** A school with the autumn and spring terms of 2026-27, an INSET day on 2 November 2026, starting 08:50. */
    SchoolId school(String name) {
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(s -> jdbcSchools.insert(id, area(), Fixtures.uniqueName(name), urn(), Phase.PRIMARY,
                "Dana Lead", "lead-" + id.toString().substring(0, 6) + "@school.example.test", "Sam Deputy",
                "deputy-" + id.toString().substring(0, 6) + "@school.example.test", LocalTime.of(8, 50),
                List.of(new Term(LocalDate.of(2026, 9, 3), LocalDate.of(2026, 10, 23)),
                        new Term(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 18)),
                        new Term(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 12)),
                        new Term(LocalDate.of(2027, 2, 22), LocalDate.of(2027, 3, 26)),
                        new Term(LocalDate.of(2027, 4, 12), LocalDate.of(2027, 5, 28))),
                List.of(LocalDate.of(2026, 11, 2))));
        return new SchoolId(id);
    }

    LocalDateTime due(SchoolId school, String incident) {
        return schools.dueFor(school, LocalDateTime.parse(incident));
    }

    // ------------------------------------------------------------------------------ the next-school-day clock

    @Test
    void aNotificationIsDueAtTheStartOfTheNextSchoolDay() {
        SchoolId s = school("Clock Primary");
        // 23:59 on a Sunday: Monday's start
        assertThat(due(s, "2026-12-06T23:59")).isEqualTo("2026-12-07T08:50");
        // Friday evening: the weekend is skipped
        assertThat(due(s, "2026-12-04T18:00")).isEqualTo("2026-12-07T08:50");
        // before the start of a school day: that morning; at or after it: the next day
        assertThat(due(s, "2026-12-08T02:00")).isEqualTo("2026-12-08T08:50");
        assertThat(due(s, "2026-12-08T08:50")).isEqualTo("2026-12-09T08:50");
        // the last day of the half term: the holiday week and the INSET Monday skipped
        assertThat(due(s, "2026-10-23T16:00")).isEqualTo("2026-11-03T08:50");
        // the end of the autumn term: the Christmas holidays (and their bank holidays) skipped
        assertThat(due(s, "2026-12-18T17:00")).isEqualTo("2027-01-05T08:50");
        // a bank holiday in term: the early May bank holiday 2027
        assertThat(due(s, "2027-04-30T19:00")).isEqualTo("2027-05-04T08:50");
        // past the last recorded term every working day counts (Spring bank holiday 31 May 2027 skipped)
        assertThat(due(s, "2027-05-28T20:00")).isEqualTo("2027-06-01T08:50");
    }

    // -------------------------------------------------------------------------------------- the CSV import

    @Test
    void theImportReportsEveryRow() {
        area();
        String good = urn();
        String name = Fixtures.uniqueName("Hillside Primary");
        String csv = String.join("\n",
                "area,name,urn,phase,lead_name,lead_email,deputy_name,deputy_email,starts_at,terms,closures",
                "Encompass Test Area," + name + "," + good + ",Primary,Dana Lead,dana@school.example.test,,,08:40,"
                        + "2026-09-03..2026-10-23;2026-11-02..2026-12-18,2026-11-02",
                "Encompass Test Area,Bad Urn School,12AB,Primary,Dana Lead,dana@school.example.test,,,,,",
                "Encompass Test Area,Kinder School," + urn() + ",Kindergarten,Dana Lead,dana@school.example.test,,,,,",
                "Encompass Test Area,Twice School," + good + ",Secondary,Dana Lead,dana@school.example.test,,,,,",
                "Nowhere,Lost School," + urn() + ",Primary,Dana Lead,dana@school.example.test,,,,,",
                "Encompass Test Area,Dates School," + urn() + ",Primary,Dana Lead,not-an-address,,,9am,"
                        + "2026-13-01..2026-12-01,");
        ImportReport report = tx.execute(s -> schools.importCsv(new StringReader(csv)));

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.refused()).isEqualTo(5);
        assertThat(report.rows()).extracting(ImportReport.Row::line).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(report.rows().get(0).added()).isTrue();
        assertThat(report.rows().get(1).problems()).containsExactly("The URN \"12AB\" is not 6 digits");
        assertThat(report.rows().get(2).problems()).containsExactly("Unknown phase \"Kindergarten\"");
        assertThat(report.rows().get(3).problems()).containsExactly("URN " + good + " appears twice in the file");
        assertThat(report.rows().get(4).problems()).containsExactly("Unknown area \"Nowhere\"");
        assertThat(report.rows().get(5).problems()).hasSize(3);

        // the same school again: already in the register
        ImportReport again = tx.execute(s -> schools.importCsv(new StringReader(csv.lines().limit(2)
                .reduce((a, b) -> a + "\n" + b).orElseThrow())));
        assertThat(again.rows().get(0).problems()).contains("URN " + good + " is already in the register",
                "A school called " + name + " is already listed in Encompass Test Area");

        var added = schools.all().stream().filter(x -> good.equals(x.urn())).findFirst().orElseThrow();
        assertThat(added.startsAt()).isEqualTo(LocalTime.of(8, 40));
        assertThat(schools.terms(added.id())).hasSize(2);
        assertThat(schools.closures(added.id())).containsExactly(LocalDate.of(2026, 11, 2));
    }

    // ---------------------------------------------------------------------- what an incident does for each child

    Incident incident(Child... children) {
        return new Incident(UUID.randomUUID(), area(), "Northshire Police", "NP/" + urn(), LocalDate.of(2026, 12, 6),
                LocalTime.of(23, 59), "Officers attended; the children were upstairs.", List.of(children));
    }

    static Child child(String name, LocalDate dob) {
        return new Child(new PersonId(UUID.randomUUID()), true, name, dob, null);
    }

    @Test
    void eachChildIsNotifiedListedOrFlaggedAndNeverDropped() {
        SchoolId s = school("Outcome Primary");
        Child atSchool = child("Ava Pupil", LocalDate.of(2018, 3, 1));
        tx.executeWithoutResult(t -> schools.linkChild(atSchool.id(), s));
        Child noSchool = child("Ben Unknown", LocalDate.of(2015, 5, 5));
        Child baby = child("Cal Baby", LocalDate.of(2024, 1, 1));
        // born 1 September 2022: four by the incident, but not in reception until September 2027
        Child preschool = child("Dee Nursery", LocalDate.of(2022, 9, 1));
        Child adult = child("Eve Adult", LocalDate.of(2008, 1, 1));
        Incident incident = incident(atSchool, noSchool, baby, preschool, adult);

        assertThat(notifier.record(incident)).containsExactly(Outcome.NOTIFIED, Outcome.ATTENTION,
                Outcome.HEALTH_VISITING, Outcome.HEALTH_VISITING, Outcome.NOT_A_CHILD);
        // delivered twice: nothing more
        notifier.record(incident);

        var made = jdbc.sql("SELECT id, due_at, child_name, police_force FROM encompass_notification "
                        + "WHERE referral_id = ?").param(incident.referralId())
                .query((rs, n) -> Map.of("id", rs.getObject(1, UUID.class), "due", rs.getTimestamp(2).toInstant(),
                        "name", rs.getString(3), "force", rs.getString(4))).list();
        assertThat(made).hasSize(1);
        assertThat(made.get(0).get("name")).isEqualTo("Ava Pupil");
        assertThat(made.get(0).get("force")).isEqualTo("Northshire Police");
        assertThat(made.get(0).get("due")).isEqualTo(LocalDateTime.parse("2026-12-07T08:50")
                .atZone(org.hearth.platform.Dates.UK).toInstant());
        // the lead and the deputy are told, once each, with no personal data: a link and fixed words only
        var messages = jdbc.sql("SELECT idempotency_key, link, recipient_label FROM notification_outbox "
                        + "WHERE idempotency_key LIKE ?").param("encompass:" + made.get(0).get("id") + ":%")
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).list();
        assertThat(messages).hasSize(2).allSatisfy(m -> assertThat(m).contains("|/establishment/notifications|")
                .doesNotContain("Ava").doesNotContain("Pupil"));

        assertThat(jdbc.sql("SELECT count(*) FROM encompass_attention WHERE referral_id = ? AND child_id = ? "
                + "AND resolved_at IS NULL").params(incident.referralId(), noSchool.id().value()).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM encompass_health_visiting WHERE referral_id = ?")
                .param(incident.referralId()).query(Long.class).single()).isEqualTo(2);

        // the hub sees the child on its attention list
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUser(Role.HUB_COORDINATOR));
        Page page = hub.get("/encompass");
        assertThat(page.status()).isEqualTo(200);
        UUID attention = jdbc.sql("SELECT id FROM encompass_attention WHERE referral_id = ? AND child_id = ?")
                .params(incident.referralId(), noSchool.id().value()).query(UUID.class).single();
        assertThat(page.html().getElementById("attention-" + attention).text()).contains("School not known");
        assertThat(page.html().getElementById("notification-" + made.get(0).get("id"))).isNotNull();

        // an administrator keeps the clock but reads no child's name: how many wait, and no choosing the school
        WebSession admin = new WebSession(port);
        admin.signIn(fixtures.enrolledUser(Role.SYSTEM_ADMIN));
        Page adminPage = admin.get("/encompass");
        assertThat(adminPage.status()).isEqualTo(200);
        assertThat(adminPage.html().getElementById("notification-" + made.get(0).get("id"))).isNotNull();
        assertThat(adminPage.html().getElementById("attention-" + attention)).isNull();
        assertThat(adminPage.html().text()).doesNotContain("Ben Unknown");
        assertThat(adminPage.html().getElementById("attention-count").text()).contains("waiting for a school");
        assertThat(admin.post("/encompass/attention/" + attention, Map.of("school", "home-educated")).status())
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM encompass_attention WHERE id = ? AND resolved_at IS NULL")
                .param(attention).query(Long.class).single()).isEqualTo(1);
    }

    // --------------------------------------------------------------------------------------- role isolation

    @Test
    void theListsThatNamePeopleRefuseAnAdministratorWhoStillSeesHowManyWait() {
        EncompassAccessTest.actAs(Role.SYSTEM_ADMIN);
        try {
            assertThatThrownBy(encompass::attention).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> encompass.resolve(UUID.randomUUID(), null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(gpPractices::attention).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> gpPractices.resolve(UUID.randomUUID(), null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(encompass.attentionWaiting()).isNotNegative();
            assertThat(gpPractices.attentionWaiting()).isNotNegative();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aKeyAdultSeesOnlyTheirOwnSchoolsNotificationsAndNoPerson() {
        SchoolId a = school("Isolation A Primary");
        SchoolId b = school("Isolation B Primary");
        Child pupilA = child("Finn Alpha", LocalDate.of(2017, 2, 2));
        Child pupilB = child("Gina Beta", LocalDate.of(2016, 3, 3));
        tx.executeWithoutResult(t -> {
            schools.linkChild(pupilA.id(), a);
            schools.linkChild(pupilB.id(), b);
        });
        notifier.record(incident(pupilA));
        notifier.record(incident(pupilB));
        UUID notificationA = jdbc.sql("SELECT id FROM encompass_notification WHERE child_id = ?")
                .param(pupilA.id().value()).query(UUID.class).single();
        UUID notificationB = jdbc.sql("SELECT id FROM encompass_notification WHERE child_id = ?")
                .param(pupilB.id().value()).query(UUID.class).single();
        TestUser adultA = fixtures.enrolledUser(Role.ESTABLISHMENT_CONTACT);
        TestUser adultB = fixtures.enrolledUser(Role.ESTABLISHMENT_CONTACT);
        tx.executeWithoutResult(t -> {
            schools.addContact(a, adultA.user().id());
            schools.addContact(b, adultB.user().id());
        });

        WebSession webA = new WebSession(port);
        webA.signIn(adultA);
        Page list = webA.get("/establishment/notifications");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Finn Alpha").doesNotContain("Gina Beta");
        // another school's notification: as if it did not exist, by page, API and acknowledgement
        assertThat(webA.get("/establishment/notifications/" + notificationB).status()).isEqualTo(404);
        assertThat(webA.get("/api/establishment/notifications/" + notificationB).status()).isEqualTo(404);
        assertThat(webA.get("/api/establishment/notifications").body()).contains("Finn Alpha")
                .doesNotContain("Gina Beta");
        webA.get("/establishment/notifications"); // a page with the form's token
        assertThat(webA.post("/establishment/notifications/" + notificationB + "/acknowledge", Map.of()).status())
                .isEqualTo(404);
        // never a person page, never search, never the hub's pages
        assertThat(webA.get("/people/" + pupilA.id().value()).status()).isEqualTo(403);
        assertThat(webA.get("/people/" + pupilB.id().value()).status()).isEqualTo(403);
        assertThat(webA.get("/search?q=Gina").status()).isEqualTo(403);
        assertThat(webA.get("/encompass").status()).isEqualTo(403);
        assertThat(webA.get("/referrals").status()).isEqualTo(403);

        // their own: read (audited as a read of the child's record) and acknowledged
        Page own = webA.get("/establishment/notifications/" + notificationA);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Finn Alpha", "Northshire Police", "2 February 2017");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'READ' AND record_type = 'person' "
                + "AND ? = ANY(record_ids) AND actor_id = ?").params(pupilA.id().toString(),
                adultA.user().id().value()).query(Long.class).single()).isGreaterThanOrEqualTo(1);

        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUser(Role.HUB_COORDINATOR));
        assertThat(hub.get("/encompass").html().getElementById("notification-" + notificationA)).isNotNull();

        assertThat(webA.post("/establishment/notifications/" + notificationA + "/acknowledge", Map.of()).status())
                .isEqualTo(303);
        // the clock clears; B's stays
        Page clock = hub.get("/encompass");
        assertThat(clock.html().getElementById("notification-" + notificationA)).isNull();
        assertThat(clock.html().getElementById("acknowledged-" + notificationA)).isNotNull();
        assertThat(clock.html().getElementById("notification-" + notificationB)).isNotNull();
    }

    private static void actAs(StaffUser u) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    private long audited(UUID actor, String id, String reason) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE actor_id = ? AND ? = ANY(record_ids) AND reason = ?")
                .params(actor, id, reason).query(Long.class).single();
    }

    /**
     * One layer below the key adult's pages: each read of their own school's notifications is audited once with the
     * child it names (the list, then the one opened), another school's is neither read nor audited, and only their own
     * school's notification is acknowledged, once (audited once). A key adult with nothing listed is audited nothing.
     */
    @Test
    void aKeyAdultsReadsAreAuditedWithTheChildAndOnlyTheirOwnSchoolsNotificationIsAcknowledgedOnce() {
        SchoolId a = school("Audit A Primary");
        SchoolId b = school("Audit B Primary");
        Child pupilA = child("Hana Alpha", LocalDate.of(2017, 4, 4));
        Child pupilB = child("Ivo Beta", LocalDate.of(2016, 5, 5));
        tx.executeWithoutResult(t -> {
            schools.linkChild(pupilA.id(), a);
            schools.linkChild(pupilB.id(), b);
        });
        notifier.record(incident(pupilA));
        notifier.record(incident(pupilB));
        UUID notificationA = jdbc.sql("SELECT id FROM encompass_notification WHERE child_id = ?")
                .param(pupilA.id().value()).query(UUID.class).single();
        UUID notificationB = jdbc.sql("SELECT id FROM encompass_notification WHERE child_id = ?")
                .param(pupilB.id().value()).query(UUID.class).single();
        StaffUser adultA = fixtures.enrolledUser(Role.ESTABLISHMENT_CONTACT).user();
        StaffUser idle = fixtures.enrolledUser(Role.ESTABLISHMENT_CONTACT).user();
        tx.executeWithoutResult(t -> schools.addContact(a, adultA.id()));
        UUID me = adultA.id().value();
        String listed = "Operation Encompass notifications listed";
        try {
            actAs(idle);
            assertThat(encompass.mine()).isEmpty();
            assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor_id = ? AND reason = ?")
                    .params(idle.id().value(), listed).query(Long.class).single()).as("nothing listed, nothing audited")
                    .isZero();

            actAs(adultA);
            assertThat(encompass.mine()).extracting(EncompassNotification::id).containsExactly(notificationA);
            assertThat(audited(me, pupilA.id().toString(), listed)).isEqualTo(1);
            assertThat(audited(me, pupilB.id().toString(), listed)).isZero();

            assertThat(encompass.mine(notificationB)).as("another school's").isEmpty();
            assertThat(audited(me, pupilB.id().toString(), "Operation Encompass notification " + notificationB)).isZero();
            assertThat(encompass.mine(notificationA)).map(EncompassNotification::childName).contains("Hana Alpha");
            assertThat(audited(me, pupilA.id().toString(), "Operation Encompass notification " + notificationA))
                    .isEqualTo(1);

            assertThat(encompass.acknowledge(notificationB)).as("another school's").isFalse();
            assertThat(audited(me, notificationB.toString(), "acknowledged")).isZero();
            assertThat(encompass.acknowledge(notificationA)).isTrue();
            assertThat(encompass.acknowledge(notificationA)).as("once").isFalse();
            assertThat(audited(me, notificationA.toString(), "acknowledged")).isEqualTo(1);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(jdbc.sql("SELECT acknowledged_at IS NULL FROM encompass_notification WHERE id = ?")
                .param(notificationB).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT acknowledged_by FROM encompass_notification WHERE id = ?")
                .param(notificationA).query(UUID.class).single()).isEqualTo(me);
    }
}
