package org.hearth.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.CausingHarmLinks;
import org.hearth.people.PersonCorrection;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonDataSection.Kind;
import org.hearth.people.PersonDataSource;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.support.Eventually;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The hostile review's findings on subject access: the records decide the requester's part at every reading (a
 * perpetrator known only through MARAC or an order); four eyes on a release of protected items; every review kept,
 * audited and tied to the value reviewed; MARAC left out whenever a representative asks; and a subject access grant
 * never a lasting ground for a user who also does casework.
 */
@HearthIntegrationTest
class SubjectAccessSafetyTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalDate PERP_BORN = LocalDate.of(1981, 5, 6);
    private static final LocalDate VICTIM_BORN = LocalDate.of(1990, 3, 4);

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SubjectAccess requests;
    @Autowired
    PersonAccess access;
    @Autowired
    List<PersonDataSource> sources;
    @Autowired
    List<CausingHarmLinks> links;
    @Autowired
    AuditTrail audit;
    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void actAs(TestUser user) {
        StaffUser u = user.user();
        StaffPrincipal principal = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(),
                true, false, true, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /** Him and her, both known to the agency; two information governance officers; no record naming him yet. */
    record Pair(UUID agency, TestUser a, TestUser b, UUID perp, String perpFamily, UUID victim, String victimFamily,
            String agencyName) {
    }

    private Pair pair() {
        String agency = Fixtures.uniqueName("Sar Safety ");
        UUID agencyId = fixtures.agency(agency).id().value();
        String perpFamily = Fixtures.uniqueName("Thornbury");
        String victimFamily = Fixtures.uniqueName("Amberley");
        UUID perp = person("Silas", perpFamily, PERP_BORN);
        UUID victim = person("Marguerite", victimFamily, VICTIM_BORN);
        fixtures.grant(perp, agencyId, "RECORDED");
        fixtures.grant(victim, agencyId, "RECORDED");
        return new Pair(agencyId, fixtures.enrolledUserAt(agency, Role.INFORMATION_GOVERNANCE),
                fixtures.enrolledUserAt(agency, Role.INFORMATION_GOVERNANCE), perp, perpFamily, victim, victimFamily,
                agency);
    }

    private UUID person(String given, String family, LocalDate born) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, date_of_birth, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(id, given, family, born, UUID.randomUUID()).update();
        return id;
    }

    /** A referral to MARAC of her, naming him as causing harm (only there): its reference. */
    private String maracReferral(Pair h) {
        UUID marac = UUID.randomUUID();
        String reference = Fixtures.uniqueName("SAFE-M-");
        jdbc.sql("""
                INSERT INTO marac_referral (id, reference, victim_id, source, referred_on, referred_by_name,
                    referring_agency_id, criteria, evidence, consent, repeat)
                VALUES (?, ?, ?, 'PERSON_PAGE', ?, 'Officer Imogen Hale', ?, ARRAY['VISIBLE_HIGH_RISK'],
                    'Threats', 'GIVEN', false)""").params(marac, reference, h.victim(), LocalDate.now(UK).minusDays(9),
                h.agency()).update();
        jdbc.sql("INSERT INTO marac_referral_perpetrator (marac_referral_id, person_id) VALUES (?, ?)")
                .params(marac, h.perp()).update();
        return reference;
    }

    /** An order binding him and protecting her: its id. */
    private UUID order(Pair h) {
        UUID order = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO protective_order (id, reference, type_code, subject_id, applicant, made_at, starts_on,
                    ends_on, conditions, recorded_by_name, agency_id)
                VALUES (?, ?, 'DVPN', ?, 'POLICE', now(), ?, ?, 'Not to contact her', 'Officer Imogen Hale', ?)""")
                .params(order, Fixtures.uniqueName("SAFE-O-"), h.perp(), LocalDate.now(UK).minusDays(4),
                        LocalDate.now(UK).plusDays(20), h.agency()).update();
        jdbc.sql("INSERT INTO protective_order_person (order_id, person_id) VALUES (?, ?)").params(order, h.victim())
                .update();
        return order;
    }

    /** A referral of her naming him, decided "Refer to MARAC". */
    private void referral(Pair h) {
        UUID referral = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, referrer_name, received_on,
                    victim_id, consent, triage_outcome, triage_reason, triaged_at)
                VALUES (?, ?, 'WEB', ?, 'Officer Imogen Hale', ?, ?, 'GIVEN', 'REFER_TO_MARAC', 'High risk', now())""")
                .params(referral, Fixtures.uniqueName("SAFE-R-"), h.agency(), LocalDate.now(UK).minusDays(12),
                        h.victim()).update();
        jdbc.sql("INSERT INTO referral_perpetrator (referral_id, person_id) VALUES (?, ?)").params(referral, h.perp())
                .update();
    }

    private SubjectAccessRequest open(TestUser officer, String given, String family, LocalDate born,
            RequesterRole role, Representative representative) {
        actAs(officer);
        SubjectAccessRequest[] made = new SubjectAccessRequest[1];
        Eventually.waitFor(() -> {
            try {
                made[0] = requests.open(new NewRequest(LocalDate.now(UK).minusDays(3), given + " " + family, role,
                        LocalDate.now(UK).minusDays(2), "Passport", given, family, born, representative));
                return true;
            } catch (InvalidInputException e) {
                return false;
            }
        }, Duration.ofSeconds(30));
        return made[0];
    }

    private SubjectAccessRequest his(Pair h, RequesterRole role) {
        return open(h.a(), "Silas", h.perpFamily(), PERP_BORN, role, null);
    }

    /** The flagged item naming her in his request (the order protecting her). */
    private FlaggedItem herName(SubjectAccessRequest r) {
        return requests.flaggedItems(r.id()).stream().filter(f -> f.kind() == Kind.THIRD_PARTY).findFirst()
                .orElseThrow();
    }

    @Test
    void aPerpetratorKnownOnlyThroughMaracIsNeverTreatedAsThePersonAtRisk() {
        Pair h = pair();
        // opened as from the person at risk while nothing names him: the part recorded then is not trusted later
        SubjectAccessRequest r = his(h, RequesterRole.PERSON_AT_RISK);
        assertThat(r.requesterRole()).isEqualTo(RequesterRole.PERSON_AT_RISK);
        String reference = maracReferral(h);
        actAs(h.a());
        String out = requests.output(r.id()).toString();
        assertThat(out).doesNotContain(reference).doesNotContain("MARAC").doesNotContain(h.victimFamily());
        assertThat(requests.flaggedItems(r.id())).extracting(FlaggedItem::value)
                .noneMatch(v -> v.contains(reference) || v.contains(h.victimFamily()));
        // MARAC's own part: only referrals of which the requester is the victim, as Clare's Law never tells its subject
        PersonDataSource marac = sources.stream().filter(s -> s.order() == 40).findFirst().orElseThrow();
        assertThat(marac.section(new PersonId(h.perp())).entries()).isEmpty();
        assertThat(marac.section(new PersonId(h.victim())).entries()).hasSize(1);
        // a request opened now is recorded as from a person causing harm
        assertThat(his(h, RequesterRole.PERSON_AT_RISK).requesterRole()).isEqualTo(RequesterRole.PERSON_CAUSING_HARM);
    }

    @Test
    void anOrderMadeAfterTheOpeningGivesHimHisRulesAtTheReading() {
        // an order binding him, made after his request was opened: his rules apply at the reading (staff flagged)
        Pair o = pair();
        SubjectAccessRequest byOrder = his(o, RequesterRole.PERSON_AT_RISK);
        order(o);
        actAs(o.a());
        assertThat(requests.flaggedItems(byOrder.id())).extracting(FlaggedItem::kind).contains(Kind.STAFF);
    }

    @Test
    void everyReviewIsKeptAndAuditedWithTheItemsKeyAndTheReviewer() {
        Pair h = pair();
        order(h);
        SubjectAccessRequest r = his(h, RequesterRole.PERSON_CAUSING_HARM);
        FlaggedItem her = herName(r);
        // B keeps her name redacted; A then releases it: both reviews are kept, each audited with the key and reviewer
        actAs(h.b());
        requests.review(r.id(), her.key(), FlaggedItem.Decision.KEEP_REDACTED, "Protects her");
        actAs(h.a());
        requests.review(r.id(), her.key(), FlaggedItem.Decision.RELEASE, "He knows her name");
        assertThat(jdbc.sql("SELECT decision FROM subject_access_review WHERE request_id = ? AND item_key = ? "
                + "ORDER BY id").params(r.id().value(), her.key()).query(String.class).list())
                .containsExactly("KEEP_REDACTED", "RELEASE");
        assertThat(jdbc.sql("SELECT reviewed_by FROM subject_access_review WHERE request_id = ? AND item_key = ? "
                + "ORDER BY id").params(r.id().value(), her.key()).query(UUID.class).list())
                .containsExactly(h.b().user().id().value(), h.a().user().id().value());
        assertThat(jdbc.sql("SELECT reason FROM audit_event WHERE record_type = 'subject-access-request' AND ? = ANY "
                + "(record_ids) ORDER BY occurred_at").param(her.key()).query(String.class).list())
                .containsExactly("item reviewed: KEEP_REDACTED by " + h.b().user().id().value(),
                        "item reviewed: RELEASE by " + h.a().user().id().value());
    }

    @Test
    void theOfficerWhoReleasedAProtectedItemMayNotReleaseTheRequest() {
        Pair h = pair();
        order(h);
        SubjectAccessRequest r = his(h, RequesterRole.PERSON_CAUSING_HARM);
        FlaggedItem her = herName(r);
        for (FlaggedItem f : requests.flaggedItems(r.id())) {
            requests.review(r.id(), f.key(), f.key().equals(her.key()) ? FlaggedItem.Decision.RELEASE
                    : FlaggedItem.Decision.KEEP_REDACTED, "Reviewed");
        }
        // A released her name: A may not release the request (a field error on the page)
        assertThatThrownBy(() -> requests.release(r.id())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().get(SubjectAccess.SECOND_OFFICER)).contains("second member"));
        SecurityContextHolder.clearContext();
        WebSession web = new WebSession(port);
        web.signIn(h.a());
        web.open("/subject-access/" + r.id());
        Page refused = web.post("/subject-access/" + r.id() + "/release", Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("second member of information governance");
        // the API: problem details, 409 (the wrong officer, not bad input), naming the field
        String csrf = web.open("/subject-access/" + r.id()).csrf();
        Page api = web.send(java.net.http.HttpRequest.newBuilder(web.uri("/api/subject-access/requests/" + r.id()
                + "/release")).header("X-CSRF-TOKEN", csrf).POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(api.status()).as(api.body()).isEqualTo(409);
        assertThat(api.body()).contains("\"" + SubjectAccess.SECOND_OFFICER + "\"").contains("second member");
        assertThat(jdbc.sql("SELECT released_at IS NULL FROM subject_access_request WHERE id = ?")
                .param(r.id().value()).query(Boolean.class).single()).isTrue();
        // B may
        actAs(h.b());
        assertThat(requests.release(r.id()).released()).isTrue();
    }

    @Test
    void thePersonAtRiskAskingForHerselfNeedsNoSecondOfficer() {
        Pair h = pair();
        order(h);
        SubjectAccessRequest r = open(h.a(), "Marguerite", h.victimFamily(), VICTIM_BORN, RequesterRole.PERSON_AT_RISK,
                null);
        for (FlaggedItem f : requests.flaggedItems(r.id())) {
            requests.review(r.id(), f.key(), FlaggedItem.Decision.RELEASE, "She knows him");
        }
        assertThat(requests.release(r.id()).released()).isTrue();
    }

    @Test
    void aReviewAppliesOnlyToTheValueReviewed() {
        Pair h = pair();
        UUID order = order(h);
        SubjectAccessRequest r = his(h, RequesterRole.PERSON_CAUSING_HARM);
        for (FlaggedItem f : requests.flaggedItems(r.id())) {
            requests.review(r.id(), f.key(), FlaggedItem.Decision.KEEP_REDACTED, "Protected");
        }
        assertThat(requests.flaggedItems(r.id())).allMatch(FlaggedItem::reviewed);
        // the conditions are changed in place: the review was of the old words, so the item is flagged again
        jdbc.sql("UPDATE protective_order SET conditions = 'Not to go to her new flat' WHERE id = ?").param(order)
                .update();
        assertThat(requests.flaggedItems(r.id())).filteredOn(f -> !f.reviewed()).extracting(FlaggedItem::key)
                .containsExactly("order:" + order + ":conditions");
        assertThatThrownBy(() -> requests.release(r.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 flagged item is not reviewed");
    }

    @Test
    void maracIsLeftOutWhenARepresentativeAsksAndAReferralToMaracIsHersInHisOutput() {
        Pair h = pair();
        maracReferral(h);
        referral(h);
        SubjectAccessRequest sol = open(h.a(), "Marguerite", h.victimFamily(), VICTIM_BORN,
                RequesterRole.PERSON_AT_RISK, new Representative("Sol Icitor", RepresentativeKind.SOLICITOR,
                        "Her signed authority", LocalDate.now(UK).minusDays(1), "Practising certificate"));
        assertThat(requests.output(sol.id()).toString()).doesNotContain("MARAC");
        assertThat(requests.flaggedItems(sol.id())).extracting(FlaggedItem::kind).doesNotContain(Kind.MARAC);
        // in his output her referral's decision "Refer to MARAC" is about her: flagged as a third party's
        SubjectAccessRequest his = his(h, RequesterRole.PERSON_CAUSING_HARM);
        assertThat(requests.flaggedItems(his.id())).filteredOn(f -> f.key().endsWith(":triage"))
                .extracting(FlaggedItem::kind).containsExactly(Kind.THIRD_PARTY);
    }

    @Test
    void aSubjectAccessGrantIsNeverALastingGroundForAnOfficerWhoAlsoDoesCasework() {
        String agency = Fixtures.uniqueName("Sar Dual ");
        UUID agencyId = fixtures.agency(agency).id().value();
        String family = Fixtures.uniqueName("Penhallow");
        UUID person = person("Rosalind", family, VICTIM_BORN);
        // the agency holds only a temporary ground on her (MARAC research, ending by itself)
        jdbc.sql("""
                INSERT INTO person_access_grant (id, person_id, ground, scope, agency_id, expires_at)
                VALUES (?, ?, 'MARAC_RESEARCH', 'RECORD', ?, now() + interval '7 days')""")
                .params(UUID.randomUUID(), person, agencyId).update();
        TestUser dual = fixtures.enrolledUserAt(agency, Role.INFORMATION_GOVERNANCE, Role.PRACTITIONER);
        open(dual, "Rosalind", family, VICTIM_BORN, RequesterRole.PERSON_AT_RISK, null);
        actAs(dual);
        assertThat(access.allocateToMe(new PersonId(person))).isEqualTo(PersonAccess.Allocation.REQUESTED);
        assertThat(jdbc.sql("SELECT count(*) FROM person_access_grant WHERE person_id = ? AND ground = 'ALLOCATED'")
                .param(person).query(Long.class).single()).isZero();
    }

    /** A hub case with her as the victim and him as the perpetrator. */
    private void hubCase(Pair h) {
        UUID area = UUID.randomUUID();
        jdbc.sql("INSERT INTO area (id, partnership_id, name, population) "
                + "VALUES (?, (SELECT id FROM partnership LIMIT 1), ?, 1000)").params(area, Fixtures.uniqueName("Sar Area "))
                .update();
        UUID meeting = UUID.randomUUID();
        jdbc.sql("INSERT INTO hub_meeting (id, area_id, meets_on, window_from, opened_by) "
                + "VALUES (?, ?, current_date, current_date - 1, ?)").params(meeting, area, h.a().user().id().value())
                .update();
        jdbc.sql("""
                INSERT INTO hub_case (id, meeting_id, referral_id, reference, source, received_on, victim_id, position,
                    perpetrator_ids)
                VALUES (?, ?, ?, 'SAFE-H', 'IMPORT', current_date, ?, 1, ARRAY[CAST(? AS uuid)])""")
                .params(UUID.randomUUID(), meeting, UUID.randomUUID(), h.victim(), h.perp()).update();
    }

    /** A Clare's Law application (right to know) about him, to protect her. */
    private void disclosure(Pair h) {
        jdbc.sql("""
                INSERT INTO disclosure_application (id, reference, route, received_on, person_at_risk_id, subject_id,
                    agency_id, recorded_by_name)
                VALUES (?, ?, 'RIGHT_TO_KNOW', current_date - 3, ?, ?, ?, 'Officer Imogen Hale')""")
                .params(UUID.randomUUID(), Fixtures.uniqueName("SAFE-D-"), h.victim(), h.perp(), h.agency()).update();
    }

    /** A referral of him to a perpetrator programme, her as his partner. */
    private void programme(Pair h) {
        UUID programme = UUID.randomUUID();
        jdbc.sql("INSERT INTO perpetrator_programme (id, agency_id, name, court_mandated, places) "
                + "VALUES (?, ?, ?, false, 10)").params(programme, h.agency(), Fixtures.uniqueName("Sar Programme "))
                .update();
        jdbc.sql("""
                INSERT INTO programme_referral (id, reference, programme_id, person_id, partner_person_id, referred_on,
                    referred_by, reason, status)
                VALUES (?, ?, ?, ?, ?, current_date, ?, 'Voluntary', 'WAITING')""")
                .params(UUID.randomUUID(), Fixtures.uniqueName("SAFE-P-"), programme, h.perp(), h.victim(),
                        h.a().user().id().value()).update();
    }

    private CausingHarmLinks link(String module) {
        return links.stream().filter(l -> l.getClass().getSimpleName().startsWith(module)).findFirst()
                .orElseThrow(() -> new AssertionError("no CausingHarmLinks of " + module));
    }

    @Test
    void aHubCaseAClaresLawApplicationAndAProgrammeNameHimAsCausingHarm() {
        Map<String, Consumer<Pair>> modules = Map.of("Hub", this::hubCase, "Disclosure", this::disclosure,
                "Programme", this::programme);
        // asserted softly, so that a run without any one module's links names every one missing
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        modules.forEach((module, seed) -> {
            Pair h = pair();
            CausingHarmLinks link = link(module);
            assertThat(link.namesAsCausingHarm(new PersonId(h.perp()))).as(module + " before").isFalse();
            SubjectAccessRequest r = his(h, RequesterRole.PERSON_AT_RISK);
            // somebody read his record: the reader is the person at risk's to know, never his
            actAs(h.b());
            audit.record(AuditAction.READ, "person", List.of(h.perp().toString()), "casework");
            actAs(h.a());
            assertThat(requests.flaggedItems(r.id())).as(module + ": as the person at risk")
                    .extracting(FlaggedItem::kind).doesNotContain(Kind.STAFF);
            seed.accept(h);
            soft.assertThat(link.namesAsCausingHarm(new PersonId(h.perp()))).as(module).isTrue();
            soft.assertThat(link.namesAsCausingHarm(new PersonId(h.victim()))).as(module + ": her").isFalse();
            actAs(h.a());
            soft.assertThat(requests.flaggedItems(r.id())).as(module + ": his rules at the reading")
                    .extracting(FlaggedItem::kind).contains(Kind.STAFF);
            soft.assertThat(requests.output(r.id()).toString()).as(module).doesNotContain(h.victimFamily());
            soft.assertThat(his(h, RequesterRole.PERSON_AT_RISK).requesterRole()).as(module)
                    .isEqualTo(RequesterRole.PERSON_CAUSING_HARM);
        });
        soft.assertAll();
    }

    @Test
    void anOfficerGivenTheRoleAfterTheProposalApprovesItByPageAndApi() {
        Pair h = pair();
        SubjectAccessRequest r = his(h, RequesterRole.PERSON_CAUSING_HARM);
        actAs(h.a());
        ProposedCorrection given = requests.propose(r.id(), PersonCorrection.Field.GIVEN_NAME, "Sylas",
                "Spelt wrongly", "The requester");
        ProposedCorrection family = requests.propose(r.id(), PersonCorrection.Field.FAMILY_NAME, "Thorn",
                "Spelt wrongly", "The requester");
        SecurityContextHolder.clearContext();
        // the agency's own grant ends (its case closed) while the request is open: its officers read him through the
        // request's grants alone, made at the opening
        jdbc.sql("UPDATE person_access_grant SET ended_at = now() WHERE person_id = ? AND agency_id = ?")
                .params(h.perp(), h.agency()).update();
        // given the role after the request was opened (and the corrections proposed): no grant was made for them then
        TestUser late = fixtures.enrolledUserAt(h.agencyName(), Role.INFORMATION_GOVERNANCE);
        WebSession web = new WebSession(port);
        web.signIn(late);
        Page one = web.get("/subject-access/corrections/" + given.id());
        assertThat(one.status()).isEqualTo(200);
        Page approved = web.post("/subject-access/corrections/" + given.id() + "/approve", Map.of());
        assertThat(approved.status()).as(approved.body()).isEqualTo(303);
        Page api = web.send(java.net.http.HttpRequest.newBuilder(web.uri("/api/subject-access/corrections/"
                + family.id() + "/approve")).header("X-CSRF-TOKEN", one.csrf())
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(api.status()).as(api.body()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT given_name || ' ' || family_name FROM person WHERE id = ?").param(h.perp())
                .query(String.class).single()).isEqualTo("Sylas Thorn");
        // four eyes kept: the proposer still may not approve their own
        actAs(h.a());
        ProposedCorrection born = requests.propose(r.id(), PersonCorrection.Field.DATE_OF_BIRTH, "1981-05-07",
                "Day and month swapped", "The requester");
        assertThatThrownBy(() -> requests.approve(born.id())).isInstanceOf(InvalidInputException.class);
    }
}
