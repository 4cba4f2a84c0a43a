package org.hearth.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.people.Named;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonMatcher;
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
 * Clare's Law: a third party's Right to Ask recorded with its people kept apart, the 28-day clock and its due and
 * overdue lists, checks asked of the agencies holding a record about the subject (seen and answered by them, never
 * read by the team), the decision forum refused without its rationale (nothing saved), the disclosure to the person
 * at risk closing it and ending the team's grants; and the isolation: no other role, and no disclosure team of
 * another agency, sees an application or that one exists (list, page, API, module, person page, My work).
 */
@HearthIntegrationTest
class DisclosureTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    PersonMatcher matcher;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Disclosures disclosures;
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

    private UUID person(String given, String family) {
        return person(given, family, LocalDate.of(1985, 3, 14));
    }

    private UUID person(String given, String family, LocalDate born) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, date_of_birth, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(id, given, family, born, UUID.randomUUID()).update();
        return id;
    }

    private static void date(Map<String, String> form, String field, LocalDate d) {
        form.put(field + ".day", String.valueOf(d.getDayOfMonth()));
        form.put(field + ".month", String.valueOf(d.getMonthValue()));
        form.put(field + ".year", String.valueOf(d.getYear()));
    }

    private long applications() {
        return jdbc.sql("SELECT count(*) FROM disclosure_application").query(Long.class).single();
    }

    private long people(String family) {
        return jdbc.sql("SELECT count(*) FROM person WHERE family_name = ?").param(family).query(Long.class).single();
    }

    /** A setting: the team's agency, an agency holding a record about the subject, and one that holds nothing. */
    record Setting(String police, String probation, String other, TestUser team, TestUser officer,
            TestUser probationOfficer, TestUser stranger, TestUser otherTeam, UUID subject, String applicantFamily,
            String atRiskFamily) {

        /** The same, with the applicant and the person at risk of another setting. */
        Setting withPeopleOf(Setting o) {
            return new Setting(police, probation, other, team, officer, probationOfficer, stranger, otherTeam, subject,
                    o.applicantFamily(), o.atRiskFamily());
        }
    }

    private Setting setting() {
        String police = Fixtures.uniqueName("Dvds Police ");
        String probation = Fixtures.uniqueName("Dvds Probation ");
        String other = Fixtures.uniqueName("Dvds Other ");
        UUID subject = person("Silas", Fixtures.uniqueName("Subject"));
        fixtures.grant(subject, fixtures.agency(probation).id().value(), "RECORDED");
        fixtures.grant(subject, fixtures.agency(other).id().value(), "RECORDED");
        jdbc.sql("UPDATE person_access_grant SET ended_at = now() WHERE person_id = ? AND agency_id = ?")
                .params(subject, fixtures.agency(other).id().value()).update(); // held once: not any more
        return new Setting(police, probation, other, fixtures.enrolledUserAt(police, Role.DISCLOSURE_TEAM),
                fixtures.enrolledUserAt(police, Role.PRACTITIONER),
                fixtures.enrolledUserAt(probation, Role.PRACTITIONER),
                fixtures.enrolledUserAt(other, Role.PRACTITIONER),
                fixtures.enrolledUserAt(other, Role.DISCLOSURE_TEAM), subject, Fixtures.uniqueName("Applicant"),
                Fixtures.uniqueName("Atrisk"));
    }

    /** A third party's Right to Ask, through the API (the subject known already, the others described). */
    private Application thirdPartyAsk(Setting s, LocalDate received) {
        actAs(s.team().user());
        try {
            return disclosures.apply(new NewApplication(Route.RIGHT_TO_ASK, received, false,
                    Named.described("Abigail", s.applicantFamily(), LocalDate.of(1960, 1, 2)), "Mother",
                    Named.described("Rosa", s.atRiskFamily(), LocalDate.of(1990, 5, 6)),
                    Named.known(new org.hearth.people.PersonId(s.subject())), false, null));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aThirdPartysRightToAskIsRecordedThroughThePagesWithItsPeopleApartAndNothingHalfSaved() {
        Setting s = setting();
        WebSession team = as(s.team());
        long before = applications();
        Map<String, String> form = new HashMap<>(Map.of("route", "RIGHT_TO_ASK", "askedBy", "THIRD_PARTY",
                "atRiskGivenName", "Rosa", "atRiskFamilyName", s.atRiskFamily(), "subjectGivenName", "Silas",
                "subjectFamilyName", Fixtures.uniqueName("Subject")));
        date(form, "receivedOn", LocalDate.now(UK).minusDays(3));
        // a third party with no name: refused, naming the field, and nothing written (no application, no person)
        Page refused = team.post("/disclosure", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).contains("Enter the name of the applicant");
        assertThat(refused.html().select("#applicantGivenName-error").text()).contains("the applicant");
        assertThat(applications()).isEqualTo(before);
        assertThat(people(s.atRiskFamily())).isZero();

        form.put("applicantGivenName", "Abigail");
        form.put("applicantFamilyName", s.applicantFamily());
        form.put("applicantRelationship", "Mother");
        Page saved = team.post("/disclosure", form);
        assertThat(saved.status()).isEqualTo(303);
        String href = saved.location().replaceFirst("^https?://[^/]+", "");
        Page page = team.get(href);
        assertThat(page.status()).isEqualTo(200);
        String summary = page.html().select("#application-summary").text();
        assertThat(summary).contains("Abigail " + s.applicantFamily(), "Rosa " + s.atRiskFamily(),
                "Applicant's relationship to the person at risk Mother", "Right to Ask", "Day 3 of 28: 25 days left")
                .doesNotContain("(Mother)");
        assertThat(people(s.applicantFamily())).isEqualTo(1);
        assertThat(people(s.atRiskFamily())).isEqualTo(1);
        // a person made for the application is not opened to the rest of the police: only the team's grants
        UUID atRisk = jdbc.sql("SELECT id FROM person WHERE family_name = ?").param(s.atRiskFamily())
                .query(UUID.class).single();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM person_access_grant WHERE person_id = ? AND ended_at IS NULL
                  AND agency_id IS NOT NULL""").param(atRisk).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM person_access_grant WHERE person_id = ? AND ended_at IS NULL
                  AND ground = 'DISCLOSURE' AND user_id = ?""").params(atRisk, s.team().user().id().value())
                .query(Long.class).single()).isEqualTo(1);
        // the read is audited with the people's ids
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE record_type = 'disclosure-application' AND action = 'READ'
                  AND ? = ANY(record_ids)""").param(atRisk.toString()).query(Long.class).single()).isPositive();
    }

    @Test
    void theClockCountsTwentyEightCalendarDaysAndTheListsShowDueAndOverdue() {
        Setting s = setting();
        LocalDate today = LocalDate.now(UK);
        Application recent = thirdPartyAsk(s, today.minusDays(10));
        Application late = thirdPartyAsk(setting(s), today.minusDays(30));
        assertThat(recent.dueOn()).isEqualTo(today.minusDays(10).plusDays(28));
        assertThat(recent.overdue(today)).isFalse();
        assertThat(late.overdue(today)).isTrue();
        assertThat(late.daysTaken(today)).isEqualTo(30);

        WebSession team = as(s.team());
        Page list = team.get("/disclosure");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select("#overdue").text()).contains(late.reference(), "Overdue by 2 days")
                .doesNotContain(recent.reference());
        assertThat(list.html().select("#due").text()).contains(recent.reference(), "Day 10 of 28: 18 days left")
                .doesNotContain(late.reference());
        // My work: the team's due-soon and overdue list names the late one, never a person
        Page home = team.get("/");
        assertThat(home.body()).contains("Clare’s Law applications due", late.reference())
                .doesNotContain(s.atRiskFamily());

        // decided not to disclose on day 35: the 28 days stopped at the decision, 7 days late, and nothing is
        // overdue any more (the row never says decided and overdue); only the outcome is left to record
        Application decided = thirdPartyAsk(setting(s), today.minusDays(35));
        jdbc.sql("""
                UPDATE disclosure_application SET forum_on = ?, forum_members = 'DI Hale', decision = 'NO_DISCLOSURE',
                  lawful = 'l', necessary = 'n', proportionate = 'p', decision_recorded_by = 'Test'
                WHERE id = ?""").params(today, decided.id().value()).update();
        list = team.get("/disclosure");
        assertThat(list.html().select("#overdue").text()).doesNotContain(decided.reference());
        assertThat(list.html().select("#due tr:contains(" + decided.reference() + ")").text())
                .contains("Decided: no disclosure", "Decided 7 days late; outcome to record")
                .doesNotContainIgnoringCase("overdue");
        Page page = team.get("/disclosure/" + decided.id());
        assertThat(page.html().select("#application-summary").text())
                .contains("Decided 7 days late; outcome to record");
        assertThat(page.html().select("#overdue")).isEmpty();
        Page work = team.get("/");
        assertThat(work.body()).contains(late.reference());
        assertThat(work.html().select("a[href=/disclosure/" + decided.id() + "]").eachText())
                .as("My work: its outcome to record, not due").containsExactly(decided.reference());
        assertThat(work.body()).contains("Clare’s Law: outcomes to record");
    }

    @Test
    void aPersonNamedAgainWithTheSameNameAndDateOfBirthIsTheSameRecordNotADuplicate() {
        Setting s = setting();
        Application first = thirdPartyAsk(s, LocalDate.now(UK).minusDays(1));
        Application second = thirdPartyAsk(setting(s).withPeopleOf(s), LocalDate.now(UK));
        assertThat(second.personAtRisk().id()).isEqualTo(first.personAtRisk().id());
        assertThat(second.applicant().id()).isEqualTo(first.applicant().id());
        assertThat(people(s.atRiskFamily())).isEqualTo(1);
        assertThat(people(s.applicantFamily())).isEqualTo(1);
    }

    @Test
    void aPersonDescribedLikeTwoNamesakesIsLinkedToNeitherButMadeAnew() {
        Setting s = setting();
        LocalDate born = LocalDate.of(1990, 5, 6); // the person at risk's, in thirdPartyAsk
        List<UUID> namesakes = List.of(person("Rosa", s.atRiskFamily(), born), person("Rosa", s.atRiskFamily(), born));
        PersonDetails rosa = new PersonDetails("Rosa", s.atRiskFamily(), born, null, null, null, null, null, false,
                null, null, null);
        Eventually.waitFor(() -> matcher.candidates(rosa, null, 5).stream()
                .filter(c -> namesakes.contains(c.id().value())).count() == 2, Duration.ofSeconds(30));
        Application app = thirdPartyAsk(s, LocalDate.now(UK));
        assertThat(app.personAtRisk().id().value()).isNotIn(namesakes);
        assertThat(people(s.atRiskFamily())).isEqualTo(3);
    }

    /** Another subject for a second application of the same team. */
    private Setting setting(Setting s) {
        UUID subject = person("Simon", Fixtures.uniqueName("Subject"));
        return new Setting(s.police(), s.probation(), s.other(), s.team(), s.officer(), s.probationOfficer(),
                s.stranger(), s.otherTeam(), subject, Fixtures.uniqueName("Applicant"), Fixtures.uniqueName("Atrisk"));
    }

    @Test
    void nobodyButTheTeamOfTheAgencyHoldingItSeesAnApplicationNotEvenThatOneExists() {
        Setting s = setting();
        Application app = thirdPartyAsk(s, LocalDate.now(UK).minusDays(25)); // due in 3 days: in the team's My work
        UUID applicant = app.applicant().id().value();
        String path = "/disclosure/" + app.id();

        // the team sees the applicant
        WebSession team = as(s.team());
        assertThat(team.get(path).body()).contains(s.applicantFamily());
        assertThat(team.get("/api/disclosure/applications/" + app.id()).body()).contains(s.applicantFamily());
        assertThat(team.get("/").body()).contains("Clare’s Law applications due", app.reference());

        // each guard has its own check, softly, so a guard taken away shows which check it answers for
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        // a practitioner of the team's own agency: refused everywhere, at the module too (Disclosures' role check)
        WebSession officer = as(s.officer());
        soft.assertThat(officer.get(path).status()).as("page").isEqualTo(403);
        soft.assertThat(officer.get("/disclosure").status()).as("list").isEqualTo(403);
        soft.assertThat(officer.get("/api/disclosure/applications/" + app.id()).status()).as("api").isEqualTo(403);
        soft.assertThat(officer.get("/api/disclosure/applications").status()).as("api list").isEqualTo(403);
        soft.assertThat(officer.get("/").body()).as("officer's My work").doesNotContain("Clare’s Law",
                app.reference());
        actAs(s.officer().user());
        soft.assertThatThrownBy(() -> disclosures.find(app.id())).as("module find")
                .isInstanceOf(AccessDeniedException.class);
        soft.assertThatThrownBy(() -> disclosures.list(true)).as("module list")
                .isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();

        // the disclosure team of another agency: not found, and not in its list (Disclosures' agency check)
        WebSession otherTeam = as(s.otherTeam());
        soft.assertThat(otherTeam.get(path).status()).as("other team's page").isEqualTo(404);
        soft.assertThat(otherTeam.get("/api/disclosure/applications/" + app.id()).status()).as("other team's api")
                .isEqualTo(404);
        soft.assertThat(otherTeam.get("/disclosure?all=true").body()).as("other team's list")
                .doesNotContain(app.reference());

        // an agency holding the applicant's record, on the applicant's page: no grant of the team's in the list
        // (PersonController), and the team's agency not among the agencies involved (JdbcPeople)
        fixtures.grant(applicant, fixtures.agency(s.other()).id().value(), "RECORDED");
        Page person = as(s.stranger()).get("/people/" + applicant);
        soft.assertThat(person.status()).isEqualTo(200);
        soft.assertThat(person.body()).as("grants on the person page").doesNotContain("Disclosure");
        soft.assertThat(person.body()).as("agencies involved").doesNotContain(s.police());
        // a hub coordinator of the team's own agency sees every record in full: no link (DisclosureLinks)
        Page hub = as(fixtures.enrolledUserAt(s.police(), Role.HUB_COORDINATOR)).get("/people/" + applicant);
        soft.assertThat(hub.status()).isEqualTo(200);
        soft.assertThat(hub.body()).as("link on the person page").doesNotContain("Clare’s Law", "DVDS-");
        soft.assertAll();

        // a member of the team who is also a practitioner sees the link on the person's page
        TestUser both = fixtures.enrolledUserAt(s.police(), Role.DISCLOSURE_TEAM, Role.PRACTITIONER);
        WebSession bothWeb = as(both);
        bothWeb.get(path); // joins the team's grants on opening it
        assertThat(bothWeb.get("/people/" + applicant).body())
                .contains("Clare’s Law application " + app.reference());
    }

    private Page postJson(WebSession web, String csrfFrom, String path, String json) {
        return web.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", web.get(csrfFrom).csrf())
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The stages and the outcome through the API: problem details per field, nothing saved; 404 to another team. */
    @Test
    void theApiRecordsStagesAndTheOutcomeWithProblemDetailsPerField() {
        Setting s = setting();
        LocalDate today = LocalDate.now(UK);
        Application app = thirdPartyAsk(s, today.minusDays(6));
        String api = "/api/disclosure/applications/" + app.id();
        String page = "/disclosure/" + app.id();
        WebSession team = as(s.team());
        long stages = jdbc.sql("SELECT count(*) FROM disclosure_stage WHERE application_id = ?")
                .param(app.id().value()).query(Long.class).single();

        Page noProof = postJson(team, page, api + "/stages", "{\"stage\":\"FACE_TO_FACE\",\"reachedOn\":\""
                + today.minusDays(8) + "\"}");
        assertThat(noProof.status()).isEqualTo(400);
        assertThat(noProof.body()).contains("\"field\":\"note\"", "\"field\":\"reachedOn\"");
        Page badStage = postJson(team, page, api + "/stages", "{\"stage\":\"GUESSWORK\",\"reachedOn\":\"" + today
                + "\"}");
        assertThat(badStage.status()).isEqualTo(400);
        assertThat(badStage.body()).contains("\"field\":\"stage\"");
        assertThat(jdbc.sql("SELECT count(*) FROM disclosure_stage WHERE application_id = ?")
                .param(app.id().value()).query(Long.class).single()).as("nothing saved").isEqualTo(stages);

        Page stage = postJson(team, page, api + "/stages", "{\"stage\":\"FACE_TO_FACE\",\"reachedOn\":\"" + today
                + "\",\"note\":\"Driving licence seen\"}");
        assertThat(stage.status()).isEqualTo(200);
        assertThat(stage.body()).contains("Driving licence seen");

        // another agency's disclosure team: not found, for stages and outcome alike, and nothing written
        WebSession other = as(s.otherTeam());
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        soft.assertThat(postJson(other, "/disclosure", api + "/stages", "{\"stage\":\"RISK_ASSESSMENT\","
                + "\"reachedOn\":\"" + today + "\"}").status()).as("another team's stage").isEqualTo(404);
        soft.assertThat(postJson(other, "/disclosure", api + "/outcome", "{\"closedOn\":\"" + today
                + "\",\"noDisclosureReason\":\"No record\"}").status()).as("another team's outcome")
                .isEqualTo(404);
        soft.assertAll();

        // no decision to disclose: closing needs the reason for no disclosure
        Page noReason = postJson(team, page, api + "/outcome", "{\"closedOn\":\"" + today + "\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"noDisclosureReason\"");
        Page unknown = postJson(team, page, api + "/outcome", "{\"closedOn\":\"" + today + "\",\"address\":\"x\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"address\"");
        assertThat(jdbc.sql("SELECT closed_on FROM disclosure_application WHERE id = ?").param(app.id().value())
                .query(LocalDate.class).optional().orElse(null)).as("still open").isNull();

        Page closed = postJson(team, page, api + "/outcome", "{\"closedOn\":\"" + today
                + "\",\"noDisclosureReason\":\"Checks found nothing relevant to disclose\"}");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body()).contains("\"closedOn\":\"" + today + "\"", "Checks found nothing relevant");
    }

    /**
     * The audit trail names an application and a check by the reference (DisclosureAuditNames), never by an id, and
     * never names the applicant or the person at risk to an administrator with no ground on them, not even one of the
     * team's own agency.
     */
    @Test
    void theAuditTrailNamesAnApplicationByItsReferenceNeverTheApplicant() {
        Setting s = setting();
        Application app = thirdPartyAsk(s, LocalDate.now(UK).minusDays(2));
        UUID probation = fixtures.agency(s.probation()).id().value();
        actAs(s.team().user());
        disclosures.askAgency(app.id(), new org.hearth.partnership.AgencyId(probation));
        SecurityContextHolder.clearContext();
        UUID check = jdbc.sql("SELECT id FROM disclosure_check WHERE application_id = ?").param(app.id().value())
                .query(UUID.class).single();
        actAs(s.probationOfficer().user());
        disclosures.answerCheck(check, false, null);
        SecurityContextHolder.clearContext();
        WebSession admin = as(fixtures.enrolledUserAt(s.police(), Role.SYSTEM_ADMIN));
        Page created = admin.get("/audit?recordType=disclosure-application&recordId=" + app.id());
        assertThat(created.status()).isEqualTo(200);
        var rows = created.html().select("#entries tbody tr");
        assertThat(rows).isNotEmpty();
        assertThat(rows.select("li").eachText()).contains("Clare’s Law application " + app.reference())
                .contains("A person record");
        assertThat(rows.text()).doesNotContain(app.id().toString(), s.applicantFamily(), s.atRiskFamily());
        Page asked = admin.get("/audit?recordType=disclosure-check&recordId=" + check);
        assertThat(asked.html().select("#entries tbody tr li").eachText())
                .contains("Disclosure check on " + app.reference());
        assertThat(asked.html().select("#entries tbody tr").text()).doesNotContain(check.toString(),
                s.applicantFamily(), s.atRiskFamily());
    }

    @Test
    void theTeamAsksTheAgenciesHoldingARecordWhichAnswerWithoutSeeingWhoAsked() {
        Setting s = setting();
        Application app = thirdPartyAsk(s, LocalDate.now(UK).minusDays(5));
        String path = "/disclosure/" + app.id();
        WebSession team = as(s.team());
        Page page = team.get(path);
        // probation holds a record about the subject; the agency whose grant has ended does not
        assertThat(page.html().select("#holding").text()).contains(s.probation()).doesNotContain(s.other());
        UUID probation = fixtures.agency(s.probation()).id().value();
        // asking an agency that holds nothing is refused: it must not learn about the subject from the team
        Page refused = team.post(path + "/checks", Map.of("agency", fixtures.agency(s.other()).id().toString()));
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        soft.assertThat(refused.status()).as("asking an agency holding nothing").isEqualTo(400);
        soft.assertThat(refused.errorSummary()).contains("holds a record about the subject");
        team.get(path);
        assertThat(team.post(path + "/checks", Map.of("agency", probation.toString())).status()).isEqualTo(303);

        // probation's practitioner: the task in My work and on the checks page, the subject but never the applicant
        WebSession officer = as(s.probationOfficer());
        Page home = officer.get("/");
        assertThat(home.body()).contains("Disclosure checks to answer", app.reference());
        UUID check = jdbc.sql("SELECT id FROM disclosure_check WHERE application_id = ? AND agency_id = ?")
                .params(app.id().value(), probation).query(UUID.class).single();
        Page task = officer.get("/disclosure-checks/" + check);
        assertThat(task.status()).isEqualTo(200);
        assertThat(task.body()).contains(app.subject().name()).doesNotContain(s.applicantFamily(),
                s.atRiskFamily(), "Right to Ask");
        // while the check is open, another agency's practitioner does not find it in My work (DisclosureWork's
        // agency filter: without it every open check of every agency would show)
        WebSession stranger = as(s.stranger());
        soft.assertThat(stranger.get("/").body()).as("stranger's My work, the check open")
                .doesNotContain("Disclosure checks to answer", app.reference());
        Page blank = officer.post("/disclosure-checks/" + check, Map.of("holdsInformation", "yes"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.errorSummary()).contains("Summarise the relevant information");
        assertThat(officer.post("/disclosure-checks/" + check, Map.of("holdsInformation", "yes",
                "response", "Two convictions for assaulting former partners.")).status()).isEqualTo(303);

        // another agency's practitioner cannot see or answer it, nor find it in My work
        soft.assertThat(stranger.get("/disclosure-checks/" + check).status()).as("stranger opens it").isEqualTo(404);
        soft.assertThat(stranger.get("/disclosure-checks").body()).as("stranger's checks")
                .doesNotContain(app.reference());
        soft.assertThat(stranger.get("/").body()).as("stranger's My work").doesNotContain(app.reference());
        soft.assertThat(stranger.post("/disclosure-checks/" + check, Map.of("holdsInformation", "no")).status())
                .as("stranger answers it").isEqualTo(404);
        actAs(s.stranger().user());
        soft.assertThatThrownBy(() -> disclosures.answerCheck(check, false, null)).as("stranger answers it (module)")
                .isInstanceOf(java.util.NoSuchElementException.class);
        SecurityContextHolder.clearContext();
        soft.assertAll();

        assertThat(team.get(path).html().select("table").text()).contains(s.probation(),
                "Holds relevant information: Two convictions for assaulting former partners.");
    }

    @Test
    void aDecisionWithoutItsRationaleIsRefusedAndADisclosureToThePersonAtRiskClosesItAndEndsTheGrants()
            throws Exception {
        Setting s = setting();
        LocalDate today = LocalDate.now(UK);
        Application app = thirdPartyAsk(s, today.minusDays(20));
        String path = "/disclosure/" + app.id();
        WebSession team = as(s.team());
        Map<String, String> decision = new HashMap<>(Map.of("members", "DI Hale (police); A. Moss (probation)",
                "disclose", "yes", "necessary", "Nothing less would protect her."));
        date(decision, "forumOn", today.minusDays(2));
        Page refused = team.post(path + "/decision", decision);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).contains("Say why disclosure is lawful", "Say why disclosure is proportionate");
        assertThat(jdbc.sql("SELECT decision FROM disclosure_application WHERE id = ?").param(app.id().value())
                .query(String.class).optional().orElse(null)).isNull();

        // the API answers the same refusal as a problem detail naming each field
        Page api = team.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/disclosure/applications/"
                + app.id() + "/decision")).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", team.get(path).csrf())
                .POST(HttpRequest.BodyPublishers.ofString("{\"forumOn\":\"" + today + "\",\"disclose\":true}")));
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("\"field\":\"members\"", "\"field\":\"lawful\"", "\"field\":\"necessary\"");

        decision.put("lawful", "The police's common law power to prevent crime.");
        decision.put("proportionate", "Only what she needs to protect herself.");
        // the forum's agenda: OFFICIAL-SENSITIVE on every page, the person at risk named, the third party never
        String agenda = pdfText(team, path + "/forum.pdf");
        assertThat(agenda).contains("OFFICIAL-SENSITIVE", "Decision forum agenda", app.reference(),
                "Rosa " + s.atRiskFamily(), "A third party (details held by the disclosure team)")
                .doesNotContain(s.applicantFamily());
        team.get(path);
        assertThat(team.post(path + "/decision", decision).status()).isEqualTo(303);

        Map<String, String> outcome = new HashMap<>(Map.of("recipient", "PERSON_AT_RISK",
                "deliveredBy", "PC Ashby and an IDVA", "safetyPlan", "Agreed with the IDVA service."));
        date(outcome, "closedOn", today);
        team.get(path);
        assertThat(team.post(path + "/outcome", outcome).status()).isEqualTo(303);
        Page closed = team.get(path);
        assertThat(closed.html().select("#outcome-summary").text()).contains("Rosa " + s.atRiskFamily(),
                "PC Ashby and an IDVA");
        assertThat(closed.html().select("#application-summary").text()).contains("Closed in 20 days");
        // the recipient is the person at risk, not the third party who asked
        assertThat(jdbc.sql("SELECT recipient_id FROM disclosure_application WHERE id = ?").param(app.id().value())
                .query(UUID.class).single()).isEqualTo(app.personAtRisk().id().value());
        // the team's access ends with the application
        assertThat(jdbc.sql("""
                SELECT count(*) FROM person_access_grant WHERE ground = 'DISCLOSURE' AND ended_at IS NULL
                  AND basis_id = ?""").param(app.id().toString()).query(Long.class).single()).isZero();
    }

    private String pdfText(WebSession web, String path) throws Exception {
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Cookie", "HEARTH_SESSION=" + web.sessionCookie()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    @Test
    void figuresAreSuppressedForAnalystsAndRefusedToPractitioners() {
        Setting s = setting();
        thirdPartyAsk(s, LocalDate.now(UK));
        Page figures = as(fixtures.enrolledUserAt(s.other(), Role.ANALYST)).get("/disclosure/figures");
        assertThat(figures.status()).isEqualTo(200);
        List<String> rows = figures.html().select("#figures tbody tr").eachText();
        assertThat(rows).hasSize(3);
        assertThat(String.join(" ", rows)).doesNotContain(s.applicantFamily());
        WebSession officer = as(s.officer());
        assertThat(officer.get("/disclosure/figures").status()).isEqualTo(403);
        assertThat(officer.get("/disclosure/figures?year=abc").status()).isEqualTo(403);
    }
}
