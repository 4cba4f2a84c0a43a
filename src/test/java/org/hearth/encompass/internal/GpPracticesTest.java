package org.hearth.encompass.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hearth.access.Role;
import org.hearth.encompass.GpPracticeId;
import org.hearth.encompass.GpPractices;
import org.hearth.encompass.RoutineEnquiry;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonId;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralTriaged;
import org.hearth.referrals.TriageOutcome;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * GP practices: the register (field errors), the notification to the victim's and the perpetrator's practice of a
 * hub decision (for the record, hidden from patient online access, the e-mail free of personal data), a person whose
 * practice is not known on the hub's list until it is chosen, routine enquiry's yield, and the practice's key adult
 * reading only their own practice's notifications.
 */
@HearthIntegrationTest
class GpPracticesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcGpPractices practices;
    @Autowired
    GpNotifier notifier;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    AreaId area() {
        fixtures.agency("Test Agency");
        return partnerships.areas().stream().filter(a -> a.name().equals("GP Test Area")).findFirst()
                .map(Area::id).orElseGet(() -> partnerships.addArea("GP Test Area", 50_000).id());
    }

    static String ods() {
        return "Y" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
    }

    GpPracticeId practice(String name, RoutineEnquiry re) {
        GpPracticeId id = new GpPracticeId(UUID.randomUUID());
        tx.executeWithoutResult(t -> practices.insert(id, area(), Fixtures.uniqueName(name), ods(), "Dr Lee Lead",
                "safeguarding-" + id.toString().substring(0, 6) + "@practice.example.test", re));
        return id;
    }

    UUID person(String given, String family) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, date_of_birth, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(id, given, family, LocalDate.of(1990, 5, 5), UUID.randomUUID()).update();
        return id;
    }

    @Test
    void theRegisterRefusesBadInputFieldByField() {
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUser(Role.HUB_COORDINATOR));
        assertThat(hub.get("/encompass/gp").status()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("area", "");
        form.put("name", "");
        form.put("odsCode", "12345");
        form.put("contactName", "Dr Lee Lead");
        form.put("contactEmail", "not-an-email");
        form.put("routineEnquiry", "MAYBE");
        Page refused = hub.post("/encompass/gp", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).contains("Choose the practice's area", "Enter the practice's name",
                "ODS code", "work e-mail", "routine enquiry");
        String ods = ods();
        form.put("area", area().value().toString());
        form.put("name", Fixtures.uniqueName("Riverside Surgery "));
        form.put("odsCode", ods.toLowerCase());
        form.put("contactEmail", "lead@practice.example.test");
        form.put("routineEnquiry", "IN_DISCUSSION");
        assertThat(hub.post("/encompass/gp", form).status()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT routine_enquiry FROM gp_practice WHERE ods_code = ?").param(ods)
                .query(String.class).single()).isEqualTo("IN_DISCUSSION");
        hub.get("/encompass/gp");
        assertThat(hub.post("/encompass/gp", form).errorSummary()).contains("already in the register");
    }

    @Test
    void aHubDecisionTellsTheVictimsAndThePerpetratorsPracticesAndOnlyTheirKeyAdultsReadIt() {
        GpPracticeId victimsPractice = practice("Beech Surgery ", RoutineEnquiry.YES);
        GpPracticeId perpetratorsPractice = practice("Oak Surgery ", RoutineEnquiry.NO);
        String victimFamily = Fixtures.uniqueName("Gpvictim");
        UUID victim = person("Rhea", victimFamily);
        UUID perpetrator = person("Kurt", Fixtures.uniqueName("Gpperp"));
        UUID referral = UUID.randomUUID();
        String reference = "GP-" + referral.toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, incident_on, victim_id,
                    consent, triage_outcome, triage_reason, triaged_at)
                VALUES (?, ?, 'WEB', ?, current_date, current_date, ?, 'GIVEN', 'REFER_TO_MARAC', 'hub', now())""")
                .params(referral, reference, fixtures.agency("Test Agency").id().value(), victim).update();
        jdbc.sql("INSERT INTO referral_perpetrator (referral_id, person_id) VALUES (?, ?)").params(referral, perpetrator)
                .update();
        jdbc.sql("INSERT INTO person_gp_practice (person_id, practice_id) VALUES (?, ?)")
                .params(victim, victimsPractice.value()).update();
        ReferralTriaged decided = new ReferralTriaged(new ReferralId(referral), new PersonId(victim),
                Set.of(TriageOutcome.REFER_TO_MARAC, TriageOutcome.REFER_TO_IDVA));
        tx.executeWithoutResult(t -> notifier.decided(decided));
        tx.executeWithoutResult(t -> notifier.decided(decided)); // delivered twice: nothing more

        var made = jdbc.sql("SELECT id, part, patient_name, hide_from_online_access, decisions FROM gp_notification "
                        + "WHERE source_id = ?").param(referral)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                        String.valueOf(rs.getBoolean(4)), rs.getString(5))).list();
        assertThat(made).hasSize(1);
        assertThat(made.get(0).get(1)).isEqualTo("VICTIM");
        assertThat(made.get(0).get(2)).isEqualTo("Rhea " + victimFamily);
        assertThat(made.get(0).get(3)).isEqualTo("true");
        assertThat(made.get(0).get(4)).contains("Refer to MARAC");
        UUID notification = UUID.fromString(made.get(0).get(0));
        var messages = jdbc.sql("SELECT link, recipient_label FROM notification_outbox WHERE idempotency_key = ?")
                .param("gp:" + notification).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2)).list();
        assertThat(messages).hasSize(1).allSatisfy(m -> assertThat(m).startsWith("/establishment/notifications|")
                .doesNotContain("Rhea").doesNotContain(victimFamily));

        // the perpetrator's practice is not known: on the hub's list, never dropped; the hub chooses it
        UUID attention = jdbc.sql("SELECT id FROM gp_attention WHERE person_id = ? AND resolved_at IS NULL")
                .param(perpetrator).query(UUID.class).single();
        // an administrator keeps the register but reads no one's name: how many wait, and no choosing
        WebSession admin = new WebSession(port);
        admin.signIn(fixtures.enrolledUser(Role.SYSTEM_ADMIN));
        Page register = admin.get("/encompass/gp");
        assertThat(register.status()).isEqualTo(200);
        assertThat(register.html().getElementById("attention-" + attention)).isNull();
        assertThat(register.html().getElementById("attention-count").text()).contains("waiting for their practice");
        assertThat(register.html().getElementById("no-attention")).as("the count alone, not an empty list too").isNull();
        assertThat(admin.post("/encompass/gp/attention/" + attention, Map.of("practice",
                perpetratorsPractice.toString())).status()).isEqualTo(403);
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUser(Role.HUB_COORDINATOR));
        assertThat(hub.get("/encompass/gp").html().getElementById("attention-" + attention)).isNotNull();
        assertThat(hub.post("/encompass/gp/attention/" + attention, Map.of("practice", perpetratorsPractice.toString()))
                .status()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT part FROM gp_notification WHERE source_id = ? AND practice_id = ?")
                .params(referral, perpetratorsPractice.value()).query(String.class).single()).isEqualTo("PERPETRATOR");

        // routine enquiry: the referral marked, counted on the register with the practice's notifications
        hub.get("/encompass/gp/" + victimsPractice);
        assertThat(hub.post("/encompass/gp/" + victimsPractice + "/routine-enquiry", Map.of("reference", "NO-SUCH"))
                .errorSummary()).contains("Enter the reference of a referral");
        assertThat(hub.post("/encompass/gp/" + victimsPractice + "/routine-enquiry", Map.of("reference", reference))
                .status()).isEqualTo(303);
        assertThat(hub.get("/encompass/gp").html().getElementById("practice-" + victimsPractice).text())
                .contains("Undertakes routine enquiry").endsWith("1 1");

        // the key adults: each reads their own practice's only
        TestUser beech = fixtures.enrolledUser(Role.ESTABLISHMENT_CONTACT);
        TestUser oak = fixtures.enrolledUser(Role.ESTABLISHMENT_CONTACT);
        hub.get("/encompass/gp/" + victimsPractice);
        assertThat(hub.post("/encompass/gp/" + victimsPractice + "/contacts", Map.of("user", beech.user().id().toString()))
                .status()).isEqualTo(303);
        hub.get("/encompass/gp/" + perpetratorsPractice);
        assertThat(hub.post("/encompass/gp/" + perpetratorsPractice + "/contacts", Map.of("user", oak.user().id().toString()))
                .status()).isEqualTo(303);
        WebSession oakSession = new WebSession(port);
        oakSession.signIn(oak);
        assertThat(oakSession.get("/establishment/notifications").body()).doesNotContain(victimFamily);
        assertThat(oakSession.get("/establishment/gp-notifications/" + notification).status()).isEqualTo(404);
        oakSession.get("/establishment/notifications");
        assertThat(oakSession.post("/establishment/gp-notifications/" + notification + "/acknowledge", Map.of())
                .status()).isEqualTo(404);
        assertThat(oakSession.get("/people/" + victim).status()).isEqualTo(403);

        WebSession beechSession = new WebSession(port);
        beechSession.signIn(beech);
        Page beechList = beechSession.get("/establishment/notifications");
        assertThat(beechList.html().getElementById("gp-notification-" + notification)).isNotNull();
        assertThat(beechList.html().select("main").text()).as("a practice is not told of 'your school'")
                .doesNotContain("school");
        // My work says what waits, as the list does; a key adult of no practice is told of none
        assertThat(beechSession.get("/").html().select("main").text()).contains("Notifications to acknowledge",
                "new notification", "about your patients").doesNotContain("Nothing is waiting");
        WebSession elmSession = new WebSession(port);
        elmSession.signIn(fixtures.enrolledUser(Role.ESTABLISHMENT_CONTACT));
        assertThat(elmSession.get("/").html().select("main").text()).doesNotContain("Notifications to acknowledge");
        Page own = beechSession.get("/establishment/gp-notifications/" + notification);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.html().getElementById("online-access").text()).contains("do not show it in patient online access");
        assertThat(own.body()).contains("Rhea " + victimFamily, "Victim of domestic abuse", reference);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'READ' AND record_type = 'person' "
                + "AND ? = ANY(record_ids) AND actor_id = ?").params(victim.toString(), beech.user().id().value())
                .query(Long.class).single()).as("the read is audited as a read of the patient").isPositive();
        assertThat(beechSession.post("/establishment/gp-notifications/" + notification + "/acknowledge", Map.of())
                .status()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT acknowledged_at IS NOT NULL FROM gp_notification WHERE id = ?").param(notification)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void noFurtherActionAloneTellsNoPractice() {
        UUID victim = person("Nia", Fixtures.uniqueName("Gpnfa"));
        UUID referral = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, victim_id, consent)
                VALUES (?, ?, 'WEB', ?, current_date, ?, 'GIVEN')""")
                .params(referral, "GP-" + referral.toString().substring(0, 8), fixtures.agency("Test Agency").id().value(),
                        victim).update();
        tx.executeWithoutResult(t -> notifier.decided(new ReferralTriaged(new ReferralId(referral), new PersonId(victim),
                Set.of(TriageOutcome.NO_FURTHER_ACTION))));
        assertThat(jdbc.sql("SELECT count(*) FROM gp_attention WHERE source_id = ?").param(referral).query(Long.class)
                .single()).isZero();
    }
}
