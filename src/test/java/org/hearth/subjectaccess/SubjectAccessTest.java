package org.hearth.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.audit.AuditRecordNames;
import org.hearth.people.PersonCorrection;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Subject access: a perpetrator's request about himself never shows the victim's name or address, nor the child's
 * name (PDF text and JSON), by default before the release and after a release that kept every flagged item redacted;
 * the release is refused while the identity is unchecked or an item is unreviewed, and is audited; the victim's own
 * request shows her own MARAC involvement; only information governance of the request's agency sees a request;
 * a correction keeps the old and new value in the person's history (not in the audit) and shows on their page.
 */
@HearthIntegrationTest
class SubjectAccessTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalDate PERP_BORN = LocalDate.of(1979, 2, 3);
    private static final LocalDate VICTIM_BORN = LocalDate.of(1988, 7, 9);

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SubjectAccess requests;
    @Autowired
    List<AuditRecordNames> auditNames;
    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private WebSession as(TestUser user) {
        WebSession web = new WebSession(port);
        web.signIn(user);
        return web;
    }

    private void actAs(StaffUser user) {
        StaffPrincipal principal = new StaffPrincipal(user.id(), user.username(), user.displayName(), user.agency(),
                user.roles(), true, false, true, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /** A household: a perpetrator, the victim (a confidential address), their child, and records naming them. */
    record Household(String agency, TestUser officer, TestUser practitioner, UUID perpetrator, String perpGiven,
            String perpFamily, UUID victim, String victimGiven, String victimFamily, String street, UUID child,
            String childGiven) {
    }

    private UUID person(String given, String family, LocalDate born) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, date_of_birth, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(id, given, family, born, UUID.randomUUID()).update();
        return id;
    }

    private Household household() {
        String agency = Fixtures.uniqueName("Sar Council ");
        UUID agencyId = fixtures.agency(agency).id().value();
        String perpFamily = Fixtures.uniqueName("Harmer");
        String victimFamily = Fixtures.uniqueName("Quillfeather");
        String victimGiven = "Ottoline";
        String childGiven = "Peregrine";
        String street = Fixtures.uniqueName("Larkspur Mews ");
        UUID perp = person("Piers", perpFamily, PERP_BORN);
        UUID victim = person(victimGiven, victimFamily, VICTIM_BORN);
        UUID child = person(childGiven, victimFamily, LocalDate.of(2016, 4, 1));
        jdbc.sql("INSERT INTO person_address (id, person_id, line1, town, postcode, from_date, confidential) "
                + "VALUES (?, ?, ?, 'Northfield', 'NF1 2AB', ?, true)")
                .params(UUID.randomUUID(), victim, "12 " + street, LocalDate.of(2025, 1, 1)).update();
        jdbc.sql("INSERT INTO person_address (id, person_id, line1, town, postcode, from_date) "
                + "VALUES (?, ?, '3 Own Road', 'Northfield', 'NF9 9ZZ', ?)").params(UUID.randomUUID(), perp,
                LocalDate.of(2024, 1, 1)).update();
        jdbc.sql("INSERT INTO person_relationship (person_id, related_id, kind) VALUES (?, ?, 'EX_PARTNER')")
                .params(perp, victim).update();
        UUID referral = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, referrer_name, received_on,
                    victim_id, consent, narrative, triage_outcome, triage_reason, triaged_at)
                VALUES (?, ?, 'WEB', ?, 'Officer Tamsin Greaves', ?, ?, 'GIVEN', ?, 'REFER_TO_MARAC', ?, now())""")
                .params(referral, Fixtures.uniqueName("SAR-R-"), agencyId, LocalDate.now(UK).minusDays(20), victim,
                        victimGiven + " " + victimFamily + " said he came to 12 " + street + " at night",
                        "High risk to " + victimGiven).update();
        jdbc.sql("INSERT INTO referral_perpetrator (referral_id, person_id) VALUES (?, ?)").params(referral, perp)
                .update();
        jdbc.sql("INSERT INTO referral_child (referral_id, person_id, present) VALUES (?, ?, true)")
                .params(referral, child).update();
        UUID marac = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO marac_referral (id, reference, victim_id, source, referred_on, referred_by_name,
                    referring_agency_id, criteria, evidence, consent, repeat)
                VALUES (?, ?, ?, 'PERSON_PAGE', ?, 'Officer Tamsin Greaves', ?, ARRAY['VISIBLE_HIGH_RISK'], ?,
                    'GIVEN', false)""").params(marac, Fixtures.uniqueName("SAR-M-"), victim,
                LocalDate.now(UK).minusDays(15), agencyId, "Threats to " + victimGiven + " at 12 " + street).update();
        jdbc.sql("INSERT INTO marac_referral_perpetrator (marac_referral_id, person_id) VALUES (?, ?)")
                .params(marac, perp).update();
        UUID order = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO protective_order (id, reference, type_code, subject_id, applicant, made_at, starts_on,
                    ends_on, conditions, recorded_by_name, agency_id)
                VALUES (?, ?, 'DVPN', ?, 'POLICE', now(), ?, ?, ?, 'Officer Tamsin Greaves', ?)""")
                .params(order, Fixtures.uniqueName("SAR-O-"), perp, LocalDate.now(UK).minusDays(10),
                        LocalDate.now(UK).plusDays(18), "Not to enter 12 " + street, agencyId).update();
        jdbc.sql("INSERT INTO protective_order_person (order_id, person_id) VALUES (?, ?)").params(order, victim)
                .update();
        fixtures.grant(victim, agencyId, "RECORDED");
        fixtures.grant(perp, agencyId, "RECORDED");
        return new Household(agency, fixtures.enrolledUserAt(agency, Role.INFORMATION_GOVERNANCE),
                fixtures.enrolledUserAt(agency, Role.PRACTITIONER), perp, "Piers", perpFamily, victim, victimGiven,
                victimFamily, street, child, childGiven);
    }

    /** Opens a request once the person index has seen the people inserted (it polls other writers' rows). */
    private SubjectAccessRequest open(Household h, String given, String family, LocalDate born, RequesterRole role,
            boolean identityChecked) {
        actAs(h.officer().user());
        SubjectAccessRequest[] made = new SubjectAccessRequest[1];
        Eventually.waitFor(() -> {
            try {
                made[0] = requests.open(new NewRequest(LocalDate.now(UK).minusDays(3), given + " " + family, role,
                        identityChecked ? LocalDate.now(UK).minusDays(2) : null,
                        identityChecked ? "Passport" : null, given, family, born));
                return true;
            } catch (InvalidInputException e) {
                return false;
            }
        }, Duration.ofSeconds(30));
        return made[0];
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private void assertNothingOfTheVictim(Household h, String text) {
        assertThat(text).doesNotContain(h.victimFamily()).doesNotContain(h.victimGiven()).doesNotContain(h.street())
                .doesNotContain(h.childGiven()).doesNotContain("NF1 2AB");
    }

    @Test
    void aPerpetratorsRequestNeverShowsTheVictimAndIsReleasedOnlyWhenEveryItemIsReviewed() throws Exception {
        Household h = household();
        SubjectAccessRequest r = open(h, h.perpGiven(), h.perpFamily(), PERP_BORN, RequesterRole.PERSON_CAUSING_HARM,
                false);
        assertThat(r.person().value()).isEqualTo(h.perpetrator());
        assertThat(r.dueOn()).isEqualTo(r.receivedOn().plusMonths(1));

        // nothing is gathered before the requester's identity is checked, and nothing is released
        WebSession officer = as(h.officer());
        assertThat(officer.get("/subject-access/" + r.id() + "/output.json").status()).isEqualTo(400);
        assertThat(requests.flaggedItems(r.id())).isEmpty();
        assertThatThrownBy(() -> requests.release(r.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("identity");
        requests.checkIdentity(r.id(), LocalDate.now(UK), "Passport and a council tax bill");

        // by default: the output (JSON and PDF) holds his own record and nothing of the victim or the child, and
        // nothing of MARAC at all (not even a line withheld as MARAC involvement)
        Page json = officer.get("/subject-access/" + r.id() + "/output.json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body()).contains(h.perpFamily()).contains("3 Own Road").contains("Withheld")
                .doesNotContain("MARAC");
        assertNothingOfTheVictim(h, json.body());
        String before = pdfText(pdfBytes(officer, r));
        assertThat(before).contains(h.perpFamily()).contains("Withheld").doesNotContain("MARAC");
        assertNothingOfTheVictim(h, before);
        // third parties, staff names and free text are flagged for a person causing harm
        List<FlaggedItem> items = requests.flaggedItems(r.id());
        assertThat(items).extracting(FlaggedItem::kind).contains(org.hearth.people.PersonDataSection.Kind.THIRD_PARTY,
                org.hearth.people.PersonDataSection.Kind.STAFF, org.hearth.people.PersonDataSection.Kind.FREE_TEXT)
                .doesNotContain(org.hearth.people.PersonDataSection.Kind.MARAC);

        // release refused while items are unreviewed; nothing released
        officer.open("/subject-access/" + r.id()); // a page with the form's CSRF token
        Page refused = officer.post("/subject-access/" + r.id() + "/release", Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).contains("not reviewed");
        for (FlaggedItem f : items.subList(0, items.size() - 1)) {
            requests.review(r.id(), f.key(), FlaggedItem.Decision.KEEP_REDACTED, "Third party protected");
        }
        assertThatThrownBy(() -> requests.release(r.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 flagged item is not reviewed");
        assertThat(released(r)).isFalse();

        // the last one through the page: the item's page shows the value only to the officer
        FlaggedItem last = items.get(items.size() - 1);
        Page itemPage = officer.get("/subject-access/" + r.id() + "/items/" + last.number());
        assertThat(itemPage.status()).isEqualTo(200);
        Page reviewed = officer.post("/subject-access/" + r.id() + "/reviews", Map.of("item", last.key(),
                "decision", "KEEP_REDACTED", "reason", "Protects the victim"));
        assertThat(reviewed.status()).isEqualTo(303);
        officer.open("/subject-access/" + r.id());
        Page release = officer.post("/subject-access/" + r.id() + "/release", Map.of());
        assertThat(release.status()).isEqualTo(303);
        assertThat(released(r)).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND record_type = 'person' "
                + "AND ? = ANY (record_ids) AND reason LIKE 'subject access released%'").param(h.perpetrator()
                .toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM person_access_grant WHERE person_id = ? AND ground = "
                + "'SUBJECT_ACCESS' AND ended_at IS NULL").param(h.perpetrator()).query(Long.class).single())
                .as("the officers' grants end with the release").isZero();

        // after the release with the defaults: still nothing of the victim
        String after = officer.get("/subject-access/" + r.id() + "/output.json").body();
        assertThat(after).contains(h.perpFamily());
        assertNothingOfTheVictim(h, after);
        String afterPdf = pdfText(pdfBytes(officer, r));
        assertThat(afterPdf).contains(h.perpFamily());
        assertNothingOfTheVictim(h, afterPdf);
        // and a released request changes no more
        assertThatThrownBy(() -> requests.review(r.id(), last.key(), FlaggedItem.Decision.RELEASE, "Changed mind"))
                .isInstanceOf(InvalidInputException.class);
    }

    private byte[] pdfBytes(WebSession web, SubjectAccessRequest r) throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<byte[]> response = client.send(java.net.http.HttpRequest.newBuilder(
                web.uri("/subject-access/" + r.id() + "/output.pdf")).header("Cookie", "HEARTH_SESSION=" + web.sessionCookie())
                .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private boolean released(SubjectAccessRequest r) {
        return jdbc.sql("SELECT released_at IS NOT NULL FROM subject_access_request WHERE id = ?")
                .param(r.id().value()).query(Boolean.class).single();
    }

    @Test
    void theVictimsOwnRequestShowsHerMaracInvolvementAndWithholdsThePerpetrator() {
        Household h = household();
        SubjectAccessRequest r = open(h, h.victimGiven(), h.victimFamily(), VICTIM_BORN,
                RequesterRole.PERSON_AT_RISK, true);
        SubjectAccessPackage p = requests.output(r.id());
        String all = p.toString();
        assertThat(all).contains("Referred to MARAC").contains(h.street()).doesNotContain(h.perpFamily())
                .doesNotContain(h.childGiven());
        assertThat(requests.flaggedItems(r.id())).extracting(FlaggedItem::kind)
                .doesNotContain(org.hearth.people.PersonDataSection.Kind.MARAC);
    }

    @Test
    void onlyInformationGovernanceOfTheRequestsAgencySeesIt() {
        Household h = household();
        SubjectAccessRequest r = open(h, h.perpGiven(), h.perpFamily(), PERP_BORN, RequesterRole.PERSON_CAUSING_HARM,
                true);
        SecurityContextHolder.clearContext();
        // a coordinator, a hub coordinator and a practitioner of the same agency: refused by the module and pages
        for (Role role : List.of(Role.PARTNERSHIP_COORDINATOR, Role.HUB_COORDINATOR, Role.PRACTITIONER)) {
            TestUser other = fixtures.enrolledUserAt(h.agency(), role);
            actAs(other.user());
            assertThatThrownBy(() -> requests.find(r.id())).isInstanceOf(AccessDeniedException.class);
            SecurityContextHolder.clearContext();
            assertThat(as(other).get("/subject-access/" + r.id()).status()).isEqualTo(403);
        }
        // information governance of another agency: not found
        TestUser elsewhere = fixtures.enrolledUserAt(Fixtures.uniqueName("Sar Elsewhere "),
                Role.INFORMATION_GOVERNANCE);
        actAs(elsewhere.user());
        assertThat(requests.find(r.id())).isEmpty();
        assertThat(requests.list(true)).noneMatch(q -> q.id().equals(r.id()));
        SecurityContextHolder.clearContext();
        // its register, open requests and all of them: empty, said so truly, with a way back from all to open
        WebSession register = as(elsewhere);
        assertThat(register.get("/subject-access").html().select("#no-requests").text())
                .isEqualTo("No request is open.");
        Page everything = register.get("/subject-access?all=true");
        assertThat(everything.html().select("#no-requests").text()).isEqualTo("No request has been recorded.");
        assertThat(everything.html().select("#show-open").attr("href")).isEqualTo("/subject-access");
        assertThat(everything.html().select("#show-all")).isEmpty();
        assertThat(register.get("/subject-access/" + r.id() + "/output.json").status()).isEqualTo(404);
        // the officer reads no person page: only the request's output
        assertThat(as(h.officer()).get("/people/" + h.perpetrator()).status()).isEqualTo(403);
        // the officer's grant shows to nobody else on the person's page
        String page = as(h.practitioner()).get("/people/" + h.perpetrator()).body();
        assertThat(page).doesNotContain("Subject access request");
    }

    @Test
    void aCorrectionTakesEffectOnlyWhenASecondOfficerApprovesItNeverItsProposer() {
        Household h = household();
        TestUser second = fixtures.enrolledUserAt(h.agency(), Role.INFORMATION_GOVERNANCE); // granted at the opening
        SubjectAccessRequest r = open(h, h.perpGiven(), h.perpFamily(), PERP_BORN, RequesterRole.PERSON_CAUSING_HARM,
                true);
        WebSession officer = as(h.officer());
        Map<String, String> form = new HashMap<>(Map.of("field", "GIVEN_NAME", "newValue", "Pierce", "reason",
                "Spelt wrongly at the first referral", "requestedBy", "The requester"));
        officer.open("/subject-access/" + r.id());
        Page blank = officer.post("/subject-access/" + r.id() + "/corrections", Map.of("field", "GIVEN_NAME"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.errorSummary()).contains("Enter the correct value").contains("Enter the reason for the correction");
        assertThat(officer.post("/subject-access/" + r.id() + "/corrections", form).status()).isEqualTo(303);
        assertThat(givenName(h)).as("a proposal changes nothing").isEqualTo("Piers");

        actAs(h.officer().user());
        ProposedCorrection proposed = requests.proposals(r.id()).get(0);
        assertThat(proposed.pending()).isTrue();
        assertThat(proposed.oldValue()).isEqualTo("Piers");
        assertThat(proposed.newValue()).isEqualTo("Pierce");
        // the audit trail page names the request and the correction by the request's reference, never the values
        assertThat(auditNames).anySatisfy(m -> assertThat(m.names(Set.of(r.id().value(), proposed.id().value())))
                .containsEntry(r.id().value(), "Subject access request " + r.reference())
                .containsEntry(proposed.id().value(), "Correction proposed on subject access request " + r.reference()));
        // the values before and after are his: the read is on his own trail, under subject access
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'person' AND record_ids[1] = ? "
                + "AND action = 'READ' AND reason LIKE 'subject access: corrections%'").param(h.perpetrator().toString())
                .query(Long.class).single()).isEqualTo(1);
        // four eyes: the proposer may not approve, nor reject, through the module or the page; refused and audited
        assertThatThrownBy(() -> requests.approve(proposed.id())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).contains("You proposed this correction"));
        assertThatThrownBy(() -> requests.reject(proposed.id(), "Changed my mind"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(givenName(h)).isEqualTo("Piers");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE ? = ANY (record_ids) AND reason LIKE "
                + "'four eyes%'").param(proposed.id().toString()).query(Long.class).single()).isEqualTo(2);
        // the release waits for the decision
        assertThatThrownBy(() -> requests.release(r.id())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).contains("awaits a second approver"));
        SecurityContextHolder.clearContext();
        Page ownPage = officer.open("/subject-access/corrections/" + proposed.id());
        assertThat(ownPage.html().select("#approve-form, #reject-form")).as("no decision offered to the proposer")
                .isEmpty();
        assertThat(ownPage.html().select("#own-proposal").text()).contains("You proposed this correction");
        Page own = officer.post("/subject-access/corrections/" + proposed.id() + "/approve", Map.of());
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.errorSummary()).contains("You proposed this correction");
        assertThat(givenName(h)).isEqualTo("Piers");
        // the proposer's My work does not ask them to approve their own; an officer of another agency never sees it
        TestUser elsewhere = fixtures.enrolledUserAt(Fixtures.uniqueName("Sar Elsewhere "),
                Role.INFORMATION_GOVERNANCE);
        assertThat(as(elsewhere).get("/subject-access/corrections/" + proposed.id()).status()).isEqualTo(404);

        // the second officer: the review list, the page with before and after, the approval
        WebSession approver = as(second);
        Page list = approver.get("/subject-access/corrections");
        assertThat(list.body()).contains(r.reference()).contains("Pierce");
        assertThat(approver.get("/").body()).contains("Corrections awaiting your approval");
        Page one = approver.get("/subject-access/corrections/" + proposed.id());
        assertThat(one.body()).contains("Piers").contains("Pierce").contains("Spelt wrongly at the first referral");
        assertThat(approver.post("/subject-access/corrections/" + proposed.id() + "/approve", Map.of()).status())
                .isEqualTo(303);
        assertThat(givenName(h)).isEqualTo("Pierce");
        actAs(second.user());
        assertThat(requests.proposal(proposed.id()).orElseThrow()).satisfies(c -> {
            assertThat(c.decision()).isEqualTo(ProposedCorrection.Decision.APPROVED);
            assertThat(c.decidedByName()).isEqualTo(second.user().displayName());
        });
        assertThat(requests.corrections(r.id())).singleElement().satisfies(c -> {
            assertThat(c.oldValue()).isEqualTo("Piers");
            assertThat(c.newValue()).isEqualTo("Pierce");
            assertThat(c.requestedBy()).isEqualTo("The requester");
        });
        // decided once: not again
        assertThatThrownBy(() -> requests.reject(proposed.id(), "Too late")).isInstanceOf(InvalidInputException.class);

        // a rejection needs its reason and changes nothing
        ProposedCorrection another = requests.propose(r.id(), PersonCorrection.Field.FAMILY_NAME, "Harmless",
                "Asked by the requester", "The requester");
        SecurityContextHolder.clearContext();
        WebSession proposer = officer; // signed in once: a second sign-in in the same TOTP step is refused
        proposer.open("/subject-access/corrections/" + another.id());
        Page noReason = proposer.post("/subject-access/corrections/" + another.id() + "/reject",
                Map.of("decisionReason", ""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorSummary()).contains("Enter why the correction is rejected");
        Page rejected = proposer.post("/subject-access/corrections/" + another.id() + "/reject",
                Map.of("decisionReason", "No evidence the name is wrong"));
        assertThat(rejected.status()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT family_name FROM person WHERE id = ?").param(h.perpetrator()).query(String.class)
                .single()).isEqualTo(h.perpFamily());

        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE ? = ANY (record_ids) AND (reason LIKE '%Piers%' "
                + "OR reason LIKE '%Pierce%')").param(h.perpetrator().toString()).query(Long.class).single())
                .as("the audit records that a correction was made, never the values").isZero();
        String page = as(h.practitioner()).get("/people/" + h.perpetrator()).body();
        assertThat(page).contains("Corrections").contains("Spelt wrongly at the first referral").contains("Piers");
    }

    private String givenName(Household h) {
        return jdbc.sql("SELECT given_name FROM person WHERE id = ?").param(h.perpetrator()).query(String.class)
                .single();
    }

    /** Her sanctuary home and refuge, and a Clare's Law application by her mother about him; names returned. */
    record Protected(String refuge, String sanctuaryStreet, String mother, String application) {
    }

    private Protected housingAndDisclosure(Household h) {
        UUID agencyId = jdbc.sql("SELECT id FROM agency WHERE name = ?").param(h.agency()).query(UUID.class).single();
        String refuge = Fixtures.uniqueName("Hollyhock Refuge ");
        UUID provider = UUID.randomUUID();
        jdbc.sql("INSERT INTO refuge_provider (id, name, elsewhere, places) VALUES (?, ?, 'Westshire', 6)")
                .params(provider, refuge).update();
        jdbc.sql("""
                INSERT INTO refuge_referral (id, reference, person_id, provider_id, referred_on, referring_agency_id,
                    referred_by, children, needs_note, outcome, outcome_on, moved_in_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1, 'Needs a ground floor room', 'ACCEPTED', ?, ?)""")
                .params(UUID.randomUUID(), Fixtures.uniqueName("RR-"), h.victim(), provider,
                        LocalDate.now(UK).minusDays(30), agencyId, UUID.randomUUID(), LocalDate.now(UK).minusDays(28),
                        LocalDate.now(UK).minusDays(27)).update();
        String street = Fixtures.uniqueName("Foxglove Lane ");
        jdbc.sql("""
                INSERT INTO sanctuary_referral (id, reference, person_id, referred_on, address_line1, town, postcode,
                    victim_chooses, perpetrator_absent, tenure, referring_agency_id, referred_by, coordinator_id)
                VALUES (?, ?, ?, ?, ?, 'Northfield', 'NF3 4CD', true, true, 'SOCIAL_TENANT', ?, ?, ?)""")
                .params(UUID.randomUUID(), Fixtures.uniqueName("SS-"), h.victim(), LocalDate.now(UK).minusDays(60),
                        "7 " + street, agencyId, UUID.randomUUID(), UUID.randomUUID()).update();
        String motherFamily = Fixtures.uniqueName("Wintergreen");
        UUID mother = person("Mirabel", motherFamily, LocalDate.of(1960, 1, 5));
        String application = Fixtures.uniqueName("DVDS-");
        jdbc.sql("""
                INSERT INTO disclosure_application (id, reference, route, received_on, applicant_id,
                    applicant_relationship, person_at_risk_id, subject_id, agency_id, recorded_by_name, risk_level,
                    risk_assessed_on)
                VALUES (?, ?, 'RIGHT_TO_ASK', ?, ?, 'Her mother', ?, ?, ?, 'Officer Tamsin Greaves', 'HIGH', ?)""")
                .params(UUID.randomUUID(), application, LocalDate.now(UK).minusDays(5), mother, h.victim(),
                        h.perpetrator(), agencyId, LocalDate.now(UK).minusDays(3)).update();
        return new Protected(refuge, street, motherFamily, application);
    }

    @Test
    void clareslawAboutHimAndHerHousingNeverReachHisOutputAndHersShowsThemWithTheOthersFlagged() {
        Household h = household();
        Protected p = housingAndDisclosure(h);
        // his request: an application about him is left out altogether (not even withheld), nor her mother's name;
        // her refuge and her sanctuary home are hers, never in his records
        SubjectAccessRequest his = open(h, h.perpGiven(), h.perpFamily(), PERP_BORN,
                RequesterRole.PERSON_CAUSING_HARM, true);
        String all = requests.output(his.id()).toString();
        assertThat(all).doesNotContain("Clare").doesNotContain(p.application()).doesNotContain(p.mother())
                .doesNotContain(p.refuge()).doesNotContain(p.sanctuaryStreet()).doesNotContain("Sanctuary scheme");
        assertThat(requests.flaggedItems(his.id())).extracting(FlaggedItem::value).noneMatch(v ->
                v.contains(p.mother()) || v.contains(p.refuge()) || v.contains(p.sanctuaryStreet()));

        // her own request: her application with him and her mother flagged as third parties, her refuge and home
        SubjectAccessRequest hers = open(h, h.victimGiven(), h.victimFamily(), VICTIM_BORN,
                RequesterRole.PERSON_AT_RISK, true);
        String mine = requests.output(hers.id()).toString();
        assertThat(mine).contains(p.application()).contains(p.refuge()).contains(p.sanctuaryStreet())
                .contains("Right to Ask").doesNotContain(p.mother()).doesNotContain(h.perpFamily());
        assertThat(requests.flaggedItems(hers.id())).filteredOn(f -> f.key().startsWith("disclosure:"))
                .extracting(FlaggedItem::value).anyMatch(v -> v.contains(p.mother()))
                .anyMatch(v -> v.contains(h.perpFamily()));
        // the risk he poses is his information: withheld until reviewed, whatever the forum decided
        assertThat(requests.flaggedItems(hers.id())).filteredOn(f -> f.key().endsWith(":risk"))
                .extracting(FlaggedItem::value).singleElement().asString().startsWith("High");
    }

    @Test
    void aRepresentativeGetsTheReleaseOnlyOnceBothIdentitiesAreCheckedWithThePersonsOwnRedactionAndNeverLess() {
        Household h = household();
        Protected p = housingAndDisclosure(h);
        // a parent asks for a young child only
        actAs(h.officer().user());
        Representative parent = new Representative("Pat Parent", RepresentativeKind.PARENT, "Birth certificate",
                null, null);
        assertThatThrownBy(() -> requests.open(new NewRequest(LocalDate.now(UK), "Ottoline", RequesterRole
                .PERSON_AT_RISK, LocalDate.now(UK), "Passport", h.victimGiven(), h.victimFamily(), VICTIM_BORN,
                parent))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.errors().get("representativeKind")).contains("child under 12"));

        // her solicitor: her identity checked, the solicitor's not yet
        actAs(h.officer().user());
        SubjectAccessRequest[] made = new SubjectAccessRequest[1];
        Eventually.waitFor(() -> {
            try {
                made[0] = requests.open(new NewRequest(LocalDate.now(UK).minusDays(3), "Ottoline", RequesterRole
                        .PERSON_AT_RISK, LocalDate.now(UK).minusDays(2), "Passport seen by the solicitor",
                        h.victimGiven(), h.victimFamily(), VICTIM_BORN, new Representative("Sol Icitor",
                                RepresentativeKind.SOLICITOR, "Her signed authority dated last week", null, null)));
                return true;
            } catch (InvalidInputException e) {
                return false;
            }
        }, Duration.ofSeconds(30));
        SubjectAccessRequest r = made[0];
        assertThat(r.representative().name()).isEqualTo("Sol Icitor");
        assertThat(r.requesterRole()).as("the redaction is the person's own").isEqualTo(RequesterRole.PERSON_AT_RISK);
        // and never less: her refuge and her home leave her hands, so they are flagged for review
        List<FlaggedItem> items = requests.flaggedItems(r.id());
        assertThat(items).extracting(FlaggedItem::value).anyMatch(v -> v.contains(p.refuge()))
                .anyMatch(v -> v.contains(p.sanctuaryStreet()));
        String draft = requests.output(r.id()).toString();
        assertThat(draft).doesNotContain(p.refuge()).doesNotContain(p.sanctuaryStreet()).contains(p.application());
        for (FlaggedItem f : items) {
            requests.review(r.id(), f.key(), FlaggedItem.Decision.KEEP_REDACTED, "Not for the representative");
        }
        // every item reviewed, her identity checked: still refused until the solicitor's own identity is checked
        assertThatThrownBy(() -> requests.release(r.id())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).contains("representative's proof of identity"));
        SecurityContextHolder.clearContext();
        WebSession officer = as(h.officer());
        assertThat(officer.open("/subject-access/" + r.id()).body()).contains("Sol Icitor")
                .contains("Release to the representative");
        Page blank = officer.post("/subject-access/" + r.id() + "/representative", Map.of());
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.errorSummary()).contains("representative");
        Map<String, String> check = Map.of("representativeCheckedOn.day", String.valueOf(LocalDate.now(UK)
                .getDayOfMonth()), "representativeCheckedOn.month", String.valueOf(LocalDate.now(UK).getMonthValue()),
                "representativeCheckedOn.year", String.valueOf(LocalDate.now(UK).getYear()),
                "representativeEvidence", "Practising certificate and photo card");
        assertThat(officer.post("/subject-access/" + r.id() + "/representative", check).status()).isEqualTo(303);
        actAs(h.officer().user());
        requests.release(r.id());
        SubjectAccessPackage released = requests.output(r.id());
        assertThat(released.releasedTo()).contains("Sol Icitor").contains("on behalf of").contains(h.victimFamily());
        assertThat(released.toString()).doesNotContain(p.refuge()).doesNotContain(p.sanctuaryStreet());
    }

    @Test
    void onlyAnAgencyHoldingTheRecordsAnswersTheRecordsDecideThePartAndTheReleaseIsKeptAsReleased() {
        Household h = household();
        // an officer of an agency holding nothing on him reads what "nobody" reads: never whether Hearth knows him
        TestUser stranger = fixtures.enrolledUserAt(Fixtures.uniqueName("SAR Stranger"), Role.INFORMATION_GOVERNANCE);
        open(h, h.perpGiven(), h.perpFamily(), PERP_BORN, RequesterRole.PERSON_CAUSING_HARM, true); // index caught up
        actAs(stranger.user());
        assertThatThrownBy(() -> requests.open(new NewRequest(LocalDate.now(UK), "Piers", RequesterRole.PERSON_AT_RISK,
                LocalDate.now(UK), "Passport", h.perpGiven(), h.perpFamily(), PERP_BORN)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get("givenName"))
                        .contains("Nobody of this name and date of birth is known to your agency"));
        SecurityContextHolder.clearContext();

        // recorded as from the person at risk, about a man a referral names as causing harm: his rules apply
        SubjectAccessRequest r = open(h, h.perpGiven(), h.perpFamily(), PERP_BORN, RequesterRole.PERSON_AT_RISK, true);
        assertThat(r.requesterRole()).isEqualTo(RequesterRole.PERSON_CAUSING_HARM);

        // released: later changes to the record are not in what was released
        for (FlaggedItem f : requests.flaggedItems(r.id())) {
            requests.review(r.id(), f.key(), FlaggedItem.Decision.KEEP_REDACTED, "Third party protected");
        }
        requests.release(r.id());
        String released = requests.output(r.id()).toString();
        jdbc.sql("UPDATE person SET family_name = 'Renamedafter' WHERE id = ?").param(h.perpetrator()).update();
        assertThat(requests.output(r.id()).toString()).isEqualTo(released).doesNotContain("Renamedafter");
    }
}
