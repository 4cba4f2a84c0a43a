package org.hearth.marac;

import org.hearth.platform.InvalidInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.marac.MaracTestSupport.actAs;
import static org.hearth.marac.MaracTestSupport.signOut;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.ApiClients;
import org.hearth.access.ApiScope;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonId;
import org.hearth.referrals.Consent;
import org.hearth.risk.MaracCriterion.Kind;
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
 * Referrals to MARAC: from the hub's triage decision, a person's page (the service) and the API; what they record;
 * repeats of the same victim and perpetrator within 12 months of the last referral; refusals.
 */
@HearthIntegrationTest
class MaracReferralTest {

    static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Maracs maracs;
    @Autowired
    MaracReferrals referrals;
    @Autowired
    ApiClients apiClients;
    @LocalServerPort
    int port;

    MaracTestSupport support;
    StaffUser coordinator;
    Marac marac;

    @BeforeEach
    void setUp() {
        support = new MaracTestSupport(fixtures, jdbc, partnerships, maracs);
        coordinator = fixtures.enrolledUserAt("Marac Hub", Role.HUB_COORDINATOR).user();
        marac = support.marac(coordinator, 20, List.of());
    }

    @AfterEach
    void tearDown() {
        signOut();
    }

    private MaracReferral refer(StaffUser as, UUID victim, Set<Kind> criteria, String reason, UUID... perpetrators) {
        actAs(as);
        try {
            return referrals.refer(new NewMaracReferral(new PersonId(victim),
                    java.util.Arrays.stream(perpetrators).map(PersonId::new).toList(), marac.id(), criteria, reason,
                    Consent.GIVEN, null, null), ReferralSource.PERSON_PAGE);
        } finally {
            signOut();
        }
    }

    @Test
    void aRepeatIsTheSameVictimAndPerpetratorWithin12MonthsOfTheLastReferral() {
        LocalDate today = LocalDate.now(UK);
        UUID victim = support.person("Rita");
        UUID perpetrator = support.person("Pete");
        UUID other = support.person("Otto");
        UUID earlier = support.referral(marac, victim, today.minusMonths(6), false, 15, perpetrator);
        String earlierReference = jdbc.sql("SELECT reference FROM marac_referral WHERE id = ?").param(earlier)
                .query(String.class).single();
        support.incident(victim, today.minusDays(3), perpetrator);

        MaracReferral repeat = refer(coordinator, victim, Set.of(), null, perpetrator);
        assertThat(repeat.repeat()).isTrue();
        assertThat(repeat.repeatOf().value()).isEqualTo(earlier);
        assertThat(repeat.repeatOfReference()).isEqualTo(earlierReference);
        assertThat(repeat.criteria()).contains(Kind.REPEAT);
        assertThat(repeat.evidence()).contains("same perpetrator").contains(earlierReference);

        // another victim: the earlier referral named another perpetrator, so a new incident is not a repeat
        UUID victim2 = support.person("Sara");
        support.referral(marac, victim2, today.minusMonths(6), false, 15, other);
        support.incident(victim2, today.minusDays(3), perpetrator);
        MaracReferral notRepeat = refer(coordinator, victim2, Set.of(Kind.PROFESSIONAL_JUDGEMENT),
                "New partner, threats with a knife", perpetrator);
        assertThat(notRepeat.repeat()).isFalse();
        assertThat(notRepeat.repeatOf()).isNull();

        // 12 months to the day after the last referral: a new referral, not a repeat
        UUID victim3 = support.person("Tess");
        support.referral(marac, victim3, today.minusMonths(12), false, 15, perpetrator);
        support.incident(victim3, today, perpetrator);
        assertThat(refer(coordinator, victim3, Set.of(Kind.PROFESSIONAL_JUDGEMENT), "Strangled last night",
                perpetrator).repeat()).isFalse();
    }

    @Test
    void aReferralRecordsCriteriaWhoReferredAndConsentAndIsRefusedWithoutAGround() {
        String agency = Fixtures.uniqueName("Referrer agency");
        StaffUser practitioner = fixtures.enrolledUserAt(agency, Role.PRACTITIONER).user();
        StaffUser stranger = fixtures.enrolledUserAt(Fixtures.uniqueName("Stranger agency"), Role.PRACTITIONER).user();
        UUID victim = support.person("Una");
        fixtures.grant(victim, practitioner.agency().value(), "RECORDED");

        assertThatThrownBy(() -> refer(stranger, victim, Set.of(Kind.PROFESSIONAL_JUDGEMENT),
                "Threats to kill yesterday")).isInstanceOf(AccessDeniedException.class);
        // no criterion met on the records and none claimed; judgement without a reason
        assertThatThrownBy(() -> refer(practitioner, victim, Set.of(), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsKey("criteria"));
        assertThatThrownBy(() -> refer(practitioner, victim, Set.of(Kind.PROFESSIONAL_JUDGEMENT), " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsKey("judgementReason"));
        actAs(practitioner);
        assertThatThrownBy(() -> referrals.refer(new NewMaracReferral(new PersonId(victim), List.of(), marac.id(),
                Set.of(Kind.PROFESSIONAL_JUDGEMENT), "Threats to kill yesterday", Consent.OVERRIDDEN, null, null),
                ReferralSource.PERSON_PAGE)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsKeys("lawfulBasis", "consentReason"));
        // a perpetrator the referrer's agency holds no ground on cannot be named: publishing would open his record
        // to every member agency; a person who does not exist gets the same answer
        for (UUID someone : List.of(support.person("Stan"), UUID.randomUUID())) {
            assertThatThrownBy(() -> referrals.refer(new NewMaracReferral(new PersonId(victim),
                    List.of(new PersonId(someone)), marac.id(), Set.of(Kind.PROFESSIONAL_JUDGEMENT),
                    "Threats to kill yesterday", Consent.GIVEN, null, null), ReferralSource.PERSON_PAGE))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .containsEntry("perpetrators", "Choose perpetrators from the victim's record"));
        }
        signOut();
        assertThat(jdbc.sql("SELECT count(*) FROM marac_referral WHERE victim_id = ?").param(victim)
                .query(Long.class).single()).as("nothing half-saved").isZero();

        MaracReferral made = refer(practitioner, victim, Set.of(Kind.PROFESSIONAL_JUDGEMENT),
                "Threats to kill yesterday");
        assertThat(made.referredBy()).isEqualTo(practitioner.displayName());
        assertThat(made.referringAgency()).isEqualTo(practitioner.agency());
        assertThat(made.criteria()).containsExactly(Kind.PROFESSIONAL_JUDGEMENT);
        assertThat(made.judgementReason()).isEqualTo("Threats to kill yesterday");
        assertThat(made.consent()).isEqualTo(Consent.GIVEN);
        assertThat(made.marac()).isEqualTo(marac.id());
        assertThat(made.reference()).startsWith("MR-");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'marac-referral' AND ? = ANY(record_ids)")
                .param(made.id().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theTriageDecisionReferToMaracMakesOneReferral() throws Exception {
        TestUser hub = fixtures.enrolledUserAt("Marac Hub", Role.HUB_COORDINATOR);
        UUID victim = support.person("Tara");
        UUID perpetrator = support.person("Ivan");
        UUID referral = support.incident(victim, LocalDate.now(UK).minusDays(1), perpetrator);
        WebSession web = new WebSession(port);
        web.signIn(hub);
        Page decided = web.post("/referrals/" + referral + "/triage",
                Map.of("outcome", "REFER_TO_MARAC", "reason", "Threats to kill and strangulation"));
        assertThat(decided.status()).as(decided.body()).isIn(200, 303);
        // the listener runs after the triage commits, on its own thread
        org.hearth.support.Eventually.waitFor(() -> jdbc.sql("SELECT count(*) FROM marac_referral WHERE referral_id = ?")
                .param(referral).query(Long.class).single() > 0, java.time.Duration.ofSeconds(15));
        List<Map<String, Object>> made = jdbc.sql("SELECT * FROM marac_referral WHERE referral_id = ?").param(referral)
                .query().listOfRows();
        assertThat(made).hasSize(1);
        assertThat(made.get(0).get("source")).isEqualTo("TRIAGE");
        assertThat(made.get(0).get("victim_id")).isEqualTo(victim);
        assertThat(made.get(0).get("judgement_reason").toString()).contains("Threats to kill and strangulation");
        assertThat(jdbc.sql("SELECT person_id FROM marac_referral_perpetrator WHERE marac_referral_id = ?")
                .param(made.get(0).get("id")).query(UUID.class).list()).containsExactly(perpetrator);
        assertThat(jdbc.sql("SELECT actor_name FROM audit_event WHERE record_type = 'marac-referral' AND ? = ANY(record_ids)")
                .param(made.get(0).get("id").toString()).query(String.class).single())
                .as("audited as the hub's decision, naming who made it")
                .startsWith("MARAC (the hub's triage decision), for ");
        // once per decision
        actAs(hub.user());
        assertThat(referrals.fromTriage(new org.hearth.referrals.ReferralId(referral)).id().value())
                .isEqualTo(made.get(0).get("id"));
        signOut();
    }

    private MaracReferral referAs(StaffUser as, NewMaracReferral r) {
        actAs(as);
        try {
            return referrals.refer(r, ReferralSource.PERSON_PAGE);
        } finally {
            signOut();
        }
    }

    /** The reasons of the audit entries naming {@code id}, oldest first. */
    private List<String> auditReasons(Object id) {
        return jdbc.sql("SELECT coalesce(reason, '') FROM audit_event WHERE ? = ANY(record_ids) ORDER BY id")
                .param(id.toString()).query(String.class).list();
    }

    /**
     * What a referral keeps: the lawful basis and its reason only when shared without consent; the judgement reason
     * from 10 to 2,000 characters; evidence for the criteria chosen only; who referred; audited with its source.
     */
    @Test
    void aReferralKeepsTheBasisOnlyWithoutConsentAndItsReasonsWithinTheirLimits() {
        UUID victim = support.person("Vita");
        MaracReferral overridden = referAs(coordinator, new NewMaracReferral(new PersonId(victim), List.of(), marac.id(),
                Set.of(Kind.PROFESSIONAL_JUDGEMENT), "Knife seen", Consent.OVERRIDDEN,
                org.hearth.referrals.LawfulBasis.VITAL_INTERESTS, "  Danger now  "));
        assertThat(overridden.judgementReason()).isEqualTo("Knife seen");
        assertThat(overridden.lawfulBasis()).isEqualTo(org.hearth.referrals.LawfulBasis.VITAL_INTERESTS);
        assertThat(overridden.consentReason()).isEqualTo("Danger now");
        assertThat(overridden.evidence()).doesNotContain("Visible high risk").doesNotContain("Repeat");
        assertThat(jdbc.sql("SELECT referred_by_user FROM marac_referral WHERE id = ?").param(overridden.id().value())
                .query(UUID.class).single()).isEqualTo(coordinator.id().value());
        assertThat(auditReasons(overridden.id())).containsExactly("PERSON_PAGE");

        UUID other = support.person("Wren");
        MaracReferral given = referAs(coordinator, new NewMaracReferral(new PersonId(other), List.of(), marac.id(),
                Set.of(Kind.PROFESSIONAL_JUDGEMENT), "r".repeat(2000), Consent.GIVEN,
                org.hearth.referrals.LawfulBasis.VITAL_INTERESTS, "Not needed with consent"));
        assertThat(given.judgementReason()).hasSize(2000);
        assertThat(given.lawfulBasis()).as("no basis is kept when she consented").isNull();
        assertThat(given.consentReason()).isNull();
        assertThatThrownBy(() -> referAs(coordinator, new NewMaracReferral(new PersonId(other), List.of(), marac.id(),
                Set.of(Kind.PROFESSIONAL_JUDGEMENT), "r".repeat(2001), Consent.GIVEN, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsEntry("judgementReason", "The reason must be 2000 characters or fewer"));
        assertThatThrownBy(() -> referAs(coordinator, new NewMaracReferral(new PersonId(other), List.of(), marac.id(),
                Set.of(Kind.PROFESSIONAL_JUDGEMENT), "Knife see", Consent.GIVEN, null, null)))
                .as("9 characters").isInstanceOf(InvalidInputException.class);
    }

    /**
     * A repeat the referrer identifies (no new incident on the records) names the last referral of the same
     * perpetrator; a repeat found on the records is kept when the referral names no perpetrator.
     */
    @Test
    void aRepeatIdentifiedByTheReferrerNamesTheEarlierReferral() {
        LocalDate today = LocalDate.now(UK);
        UUID victim = support.person("Rhea");
        UUID perpetrator = support.person("Paul");
        UUID earlier = support.referral(marac, victim, today.minusMonths(3), false, 15, perpetrator);
        MaracReferral claimed = referAs(coordinator, new NewMaracReferral(new PersonId(victim),
                List.of(new PersonId(perpetrator)), marac.id(), Set.of(Kind.REPEAT), null, Consent.GIVEN, null, null));
        assertThat(claimed.repeat()).isTrue();
        assertThat(claimed.repeatOf().value()).isEqualTo(earlier);
        assertThat(auditReasons(claimed.id())).containsExactly("PERSON_PAGE repeat");

        UUID victim2 = support.person("Rosa");
        UUID perpetrator2 = support.person("Pavel");
        UUID earlier2 = support.referral(marac, victim2, today.minusMonths(6), false, 15, perpetrator2);
        support.incident(victim2, today.minusDays(3), perpetrator2);
        MaracReferral found = refer(coordinator, victim2, Set.of(), null);
        assertThat(found.repeat()).isTrue();
        assertThat(found.repeatOf().value()).isEqualTo(earlier2);
    }

    /** Without a MARAC chosen, a referral goes to the MARAC covering the referring agency's area; else to none. */
    @Test
    void aReferralWithoutAMaracGoesToTheOneCoveringTheReferrersArea() {
        support.marac(coordinator, 20, List.of()); // more than one MARAC: no single one to fall back on
        org.hearth.partnership.AreaId area = support.area();
        String covered = Fixtures.uniqueName("Covered agency");
        partnerships.createAgency(new org.hearth.partnership.AgencyDetails(covered,
                org.hearth.partnership.Sector.HEALTH, true, area, true));
        StaffUser inArea = fixtures.enrolledUserAt(covered, Role.PRACTITIONER).user();
        StaffUser nowhere = fixtures.enrolledUserAt(Fixtures.uniqueName("Arealess agency"), Role.PRACTITIONER).user();
        UUID victim = support.person("Cleo");
        fixtures.grant(victim, inArea.agency().value(), "RECORDED");
        fixtures.grant(victim, nowhere.agency().value(), "RECORDED");
        MaracReferral made = referAs(inArea, new NewMaracReferral(new PersonId(victim), List.of(), null,
                Set.of(Kind.PROFESSIONAL_JUDGEMENT), "Threats to kill yesterday", Consent.GIVEN, null, null));
        assertThat(made.marac()).isNotNull();
        actAs(coordinator);
        assertThat(maracs.find(made.marac()).orElseThrow().areas()).contains(area);
        signOut();
        MaracReferral unplaced = referAs(nowhere, new NewMaracReferral(new PersonId(victim), List.of(), null,
                Set.of(Kind.PROFESSIONAL_JUDGEMENT), "Threats to kill yesterday", Consent.GIVEN, null, null));
        assertThat(unplaced.marac()).as("the coordinator places it").isNull();
    }

    /**
     * A triage decision heard while someone is signed in (the listener usually runs without): the referral names
     * the deciding coordinator and the criteria the records show met, and no judgement is needed.
     */
    @Test
    void aTriageDecisionMadeIntoAReferralNamesTheDeciderAndTheCriteriaMet() {
        TestUser hub = fixtures.enrolledUserAt("Marac Hub", Role.HUB_COORDINATOR);
        UUID victim = support.person("Gwen");
        UUID referral = support.incident(victim, LocalDate.now(UK).minusDays(1));
        UUID questionnaire = jdbc.sql("SELECT id FROM risk_questionnaire WHERE code = 'SAFELIVES_RIC' AND version = 1")
                .query(UUID.class).single();
        jdbc.sql("""
                INSERT INTO risk_assessment (id, person_id, questionnaire_id, assessor_id, agency_id, assessed_on,
                    referral_id, score, high_risk_threshold, visible_high_risk, suggested_grade, final_grade)
                VALUES (?, ?, ?, ?, ?, ?, ?, 16, 14, true, 'HIGH', 'HIGH')""")
                .params(UUID.randomUUID(), victim, questionnaire, hub.user().id().value(),
                        hub.user().agency().value(), LocalDate.now(UK).minusDays(1), referral).update();
        // decided without the event (as if it had been lost), then heard with the coordinator signed in
        jdbc.sql("""
                UPDATE referral SET triage_outcome = 'REFER_TO_MARAC', triage_reason = 'Visible high risk',
                    triaged_at = now(), triaged_by = ? WHERE id = ?""").params(hub.user().id().value(), referral).update();
        actAs(hub.user());
        MaracReferral made;
        try {
            made = referrals.fromTriage(new org.hearth.referrals.ReferralId(referral));
        } finally {
            signOut();
        }
        assertThat(made).isNotNull();
        assertThat(made.source()).isEqualTo(ReferralSource.TRIAGE);
        assertThat(made.criteria()).contains(Kind.VISIBLE_HIGH_RISK).doesNotContain(Kind.PROFESSIONAL_JUDGEMENT);
        assertThat(made.judgementReason()).isNull();
        assertThat(made.referredBy()).isEqualTo(hub.user().displayName());
        assertThat(jdbc.sql("SELECT referred_by_user FROM marac_referral WHERE id = ?").param(made.id().value())
                .query(UUID.class).single()).isEqualTo(hub.user().id().value());
        assertThat(jdbc.sql("SELECT actor_id FROM audit_event WHERE record_type = 'marac-referral' AND ? = ANY(record_ids)")
                .param(made.id().toString()).query(UUID.class).single()).isEqualTo(hub.user().id().value());
    }

    /** A referral to MARAC is read only with a ground on the victim (or as a coordinator); reads are audited. */
    @Test
    void aReferralIsReadOnlyWithAGroundOnTheVictim() {
        String agency = Fixtures.uniqueName("Reader agency");
        StaffUser reader = fixtures.enrolledUserAt(agency, Role.PRACTITIONER).user();
        StaffUser stranger = fixtures.enrolledUserAt(Fixtures.uniqueName("Stranger agency"), Role.PRACTITIONER).user();
        UUID victim = support.person("Hana");
        fixtures.grant(victim, reader.agency().value(), "RECORDED");
        MaracReferral made = refer(reader, victim, Set.of(Kind.PROFESSIONAL_JUDGEMENT), "Threats to kill yesterday");
        MaracReferralId id = made.id();

        actAs(stranger);
        assertThatThrownBy(() -> referrals.find(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> referrals.forVictim(new PersonId(victim))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> referrals.awaitingListing(marac.id())).isInstanceOf(AccessDeniedException.class);
        actAs(reader);
        assertThat(referrals.find(id)).map(MaracReferral::id).contains(id);
        assertThat(referrals.forVictim(new PersonId(victim))).extracting(MaracReferral::id).containsExactly(id);
        assertThatThrownBy(() -> referrals.awaitingListing(marac.id())).as("listing is the coordinator's")
                .isInstanceOf(AccessDeniedException.class);
        actAs(coordinator);
        assertThat(referrals.find(id)).isPresent();
        assertThat(referrals.find(MaracReferralId.random())).isEmpty();
        assertThat(referrals.awaitingListing(null)).extracting(MaracReferral::id).contains(id);
        signOut();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'READ' AND record_type = 'marac-referral'
                  AND ? = ANY(record_ids)""").param(id.toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aCountyWideAgencysReferralGoesToTheMaracOfTheVictimsAreaAndOneWithNoAreaWaitsForTheCoordinator()
            throws Exception {
        TestUser hub = fixtures.enrolledUserAt("Marac Hub", Role.HUB_COORDINATOR);
        // two MARACs, each covering its own area; the referring agency ("Test Agency") works county-wide (no area)
        actAs(hub.user());
        var north = partnerships.addArea(Fixtures.uniqueName("North"), 50000).id();
        var south = partnerships.addArea(Fixtures.uniqueName("South"), 50000).id();
        Marac northMarac = maracs.create(new MaracDetails(Fixtures.uniqueName("North MARAC"), List.of(north),
                Schedule.FORTNIGHTLY, hub.user().id(), hub.user().id(), 20, List.of()));
        Marac southMarac = maracs.create(new MaracDetails(Fixtures.uniqueName("South MARAC"), List.of(south),
                Schedule.FORTNIGHTLY, hub.user().id(), hub.user().id(), 20, List.of()));
        signOut();
        assertThat(partnerships.agency(fixtures.agency("Test Agency").id()).orElseThrow().area()).isNull();

        UUID inSouth = support.incident(support.person("Sue"), LocalDate.now(UK).minusDays(1));
        jdbc.sql("UPDATE referral SET area_id = ? WHERE id = ?").params(south.value(), inSouth).update();
        UUID noArea = support.incident(support.person("Nia"), LocalDate.now(UK).minusDays(1));
        WebSession web = new WebSession(port);
        web.signIn(hub);
        for (UUID r : List.of(inSouth, noArea)) {
            web.get("/referrals/" + r);
            Page p = web.post("/referrals/" + r + "/triage", Map.of("outcome", "REFER_TO_MARAC", "reason",
                    "Threats to kill and strangulation"));
            assertThat(p.status()).as(r + (r.equals(inSouth) ? " south " : " none ") + p.body()).isIn(200, 303);
        }
        org.hearth.support.Eventually.waitFor(() -> jdbc.sql(
                "SELECT count(*) FROM marac_referral WHERE referral_id IN (?, ?)").params(inSouth, noArea)
                .query(Long.class).single() == 2, java.time.Duration.ofSeconds(15));
        // the victim's area decides, not the referring agency's
        assertThat(jdbc.sql("SELECT marac_id FROM marac_referral WHERE referral_id = ?").param(inSouth)
                .query(UUID.class).single()).isEqualTo(southMarac.id().value());
        Map<String, Object> waiting = jdbc.sql("SELECT id, reference, marac_id FROM marac_referral WHERE referral_id = ?")
                .param(noArea).query().singleRow();
        assertThat(waiting.get("marac_id")).as("no area and several MARACs: the coordinator chooses").isNull();

        // never unseen: the coordinator's MARAC list names it, with the way to choose
        Page list = web.get("/marac");
        assertThat(list.html().select("#without-marac tbody tr").eachText())
                .anyMatch(t -> t.contains(waiting.get("reference").toString()));
        String choose = "/marac/referrals/" + waiting.get("id") + "/marac";
        assertThat(list.html().select("#without-marac a").eachAttr("href")).contains(choose);
        Page form = web.get(choose);
        assertThat(form.status()).isEqualTo(200);
        Page refused = web.post(choose, Map.of("marac", "not-a-marac"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#marac");
        Page chosen = web.post(choose, Map.of("marac", northMarac.id().toString()));
        assertThat(chosen.status()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT marac_id FROM marac_referral WHERE id = ?").param(waiting.get("id"))
                .query(UUID.class).single()).isEqualTo(northMarac.id().value());
        assertThat(web.get("/marac").html().select("#without-marac tbody tr").eachText())
                .noneMatch(t -> t.contains(waiting.get("reference").toString()));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'marac-referral' AND action = 'UPDATE'"
                + " AND ? = ANY(record_ids) AND reason = 'MARAC chosen'").param(waiting.get("id").toString())
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
        // until it is on an agenda, the coordinator may correct the choice
        assertThat(web.post(choose, Map.of("marac", southMarac.id().toString())).status()).isEqualTo(303);

        // only coordinators choose: an administrator and a practitioner are refused, and the module refuses too
        for (Role role : List.of(Role.SYSTEM_ADMIN, Role.PRACTITIONER)) {
            WebSession other = new WebSession(port);
            other.signIn(fixtures.enrolledUser(role));
            assertThat(other.get(choose).status()).as(role.name()).isEqualTo(403);
            assertThat(other.post(choose, Map.of("marac", southMarac.id().toString())).status()).as(role.name())
                    .isEqualTo(403);
        }
        actAs(fixtures.enrolledUser(Role.PRACTITIONER).user());
        try {
            assertThatThrownBy(() -> referrals.chooseMarac(new MaracReferralId((UUID) waiting.get("id")),
                    southMarac.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> referrals.withoutMarac()).isInstanceOf(AccessDeniedException.class);
        } finally {
            signOut();
        }
        assertThat(jdbc.sql("SELECT marac_id FROM marac_referral WHERE id = ?").param(waiting.get("id"))
                .query(UUID.class).single()).isEqualTo(southMarac.id().value());
    }

    @Test
    void theApiRefersWithItsScopeForAnAgencyWithAGroundOnly() {
        String agency = Fixtures.uniqueName("Api agency");
        fixtures.agency(agency);
        TestUser admin = fixtures.enrolledUser(Role.SYSTEM_ADMIN);
        actAs(admin.user());
        String own = apiClients.create(Fixtures.uniqueName("Own"), fixtures.agency(agency).id(),
                Set.of(ApiScope.MARAC_REFERRALS_WRITE)).token();
        String other = apiClients.create(Fixtures.uniqueName("Other"),
                fixtures.agency(Fixtures.uniqueName("Other agency")).id(), Set.of(ApiScope.MARAC_REFERRALS_WRITE)).token();
        String wrongScope = apiClients.create(Fixtures.uniqueName("Wrong"), fixtures.agency(agency).id(),
                Set.of(ApiScope.REFERRALS_WRITE)).token();
        signOut();
        UUID victim = support.person("Ada");
        fixtures.grant(victim, fixtures.agency(agency).id().value(), "RECORDED");
        String body = """
                {"victimId": "%s", "maracId": "%s", "criteria": ["PROFESSIONAL_JUDGEMENT"],
                 "judgementReason": "Threats to kill by text", "consent": "GIVEN"}""".formatted(victim, marac.id());

        assertThat(post(other, body).status()).as("an agency with no ground").isEqualTo(403);
        assertThat(post(wrongScope, body).status()).as("without the scope").isEqualTo(403);
        Page invalid = post(own, """
                {"victimId": "%s", "criteria": ["PROFESSIONAL_JUDGEMENT"]}""".formatted(victim));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("judgementReason").contains("consent");
        assertThat(jdbc.sql("SELECT count(*) FROM marac_referral WHERE victim_id = ?").param(victim)
                .query(Long.class).single()).isZero();
        Page created = post(own, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"reference\":\"MR-").contains("\"repeat\":false");
        assertThat(jdbc.sql("SELECT source FROM marac_referral WHERE victim_id = ?").param(victim)
                .query(String.class).single()).isEqualTo("API");
    }

    private Page post(String token, String body) {
        WebSession web = new WebSession(port);
        return web.send(HttpRequest.newBuilder(web.uri("/api/marac/referrals"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
