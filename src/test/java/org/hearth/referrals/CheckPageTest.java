package org.hearth.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The check page never says whether someone the referrer may not see is already known, and never claims that no
 * one is: it says the hub will check, and the possible match goes to the hub with the referral.
 */
@HearthIntegrationTest
class CheckPageTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMatchTheReferrerMayNotSeeIsNeitherShownNorDeniedAndGoesToTheHub() {
        String family = Fixtures.uniqueName("Known");
        WebSession idva = new WebSession(port);
        idva.signIn(fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER));
        idva.open("/people/new");
        Page made = idva.post("/people/new", new HashMap<>(Map.of("givenName", "Ivy", "familyName", family,
                "dateOfBirth.day", "9", "dateOfBirth.month", "9", "dateOfBirth.year", "1989", "sex", "FEMALE",
                "disability", "NOT_KNOWN", "confirmedNew", "true")));
        String known = made.location().substring(made.location().lastIndexOf('/') + 1);

        // a stranger agency refers the same woman
        WebSession school = new WebSession(port);
        school.signIn(fixtures.enrolledUserAt("Northfield Academy", Role.PRACTITIONER));
        school.open("/referrals/new");
        LocalDate yesterday = LocalDate.now().minusDays(1);
        Map<String, String> form = new HashMap<>(Map.of("incidentDate.day", "" + yesterday.getDayOfMonth(),
                "incidentDate.month", "" + yesterday.getMonthValue(), "incidentDate.year", "" + yesterday.getYear(),
                "victimGivenName", "Ivy", "victimFamilyName", family, "victimDateOfBirth.day", "9",
                "victimDateOfBirth.month", "9", "victimDateOfBirth.year", "1989", "abuseTypes", "PSYCHOLOGICAL"));
        form.put("_perpetratorKnown", "on"); // not known: the box unticked
        form.put("consent", "GIVEN");
        form.put("narrative", "A parent told the school about threats at home.");
        Page posted = school.post("/referrals/new", form);
        assertThat(posted.status()).as(String.valueOf(posted.errorSummary())).isEqualTo(303);
        Page check = school.open(posted.location());
        String victim = check.html().select("fieldset#victim").text();
        assertThat(victim).contains("The hub will check whether this person is already known")
                .doesNotContain("No one already known matches").doesNotContain("hidden").doesNotContain("match(es)");
        assertThat(check.html().select("fieldset#victim input[type=radio]").eachAttr("value")).containsExactly("new");

        Page sent = school.post("/referrals/submit", Map.of("victim", "new"));
        assertThat(sent.status()).isEqualTo(303);
        UUID referral = UUID.fromString(sent.location().replaceAll(".*/referrals/([^?]+).*", "$1"));
        assertThat(jdbc.sql("SELECT count(*) FROM referral_possible_match WHERE referral_id = ? AND candidate_id = ?")
                .params(referral, UUID.fromString(known)).query(Integer.class).single())
                .as("left for the hub with the referral").isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM person_duplicate WHERE (person_a = ? OR person_b = ?) AND decision IS NULL""")
                .params(UUID.fromString(known), UUID.fromString(known)).query(Integer.class).single())
                .as("on the hub's list of possible duplicates").isPositive();
    }

    /**
     * The check page shows the names and dates of birth of the people the referrer may see: a read of each, audited
     * as a search naming them; a check page that shows no one records no such read.
     */
    @Test
    void thePeopleTheCheckPageShowsAreAuditedAsARead() {
        String family = Fixtures.uniqueName("Known");
        org.hearth.support.Fixtures.TestUser worker = fixtures.enrolledUserAt("Northfield IDVA Service",
                Role.PRACTITIONER);
        WebSession idva = new WebSession(port);
        idva.signIn(worker);
        idva.open("/people/new");
        Page made = idva.post("/people/new", new HashMap<>(Map.of("givenName", "Iris", "familyName", family,
                "dateOfBirth.day", "9", "dateOfBirth.month", "9", "dateOfBirth.year", "1989", "sex", "FEMALE",
                "disability", "NOT_KNOWN", "confirmedNew", "true")));
        String known = made.location().substring(made.location().lastIndexOf('/') + 1);

        idva.open("/referrals/new");
        LocalDate yesterday = LocalDate.now().minusDays(1);
        Map<String, String> form = new HashMap<>(Map.of("incidentDate.day", "" + yesterday.getDayOfMonth(),
                "incidentDate.month", "" + yesterday.getMonthValue(), "incidentDate.year", "" + yesterday.getYear(),
                "victimGivenName", "Iris", "victimFamilyName", family, "victimDateOfBirth.day", "9",
                "victimDateOfBirth.month", "9", "victimDateOfBirth.year", "1989", "abuseTypes", "PSYCHOLOGICAL"));
        form.put("_perpetratorKnown", "on");
        form.put("consent", "GIVEN");
        form.put("narrative", "She told her worker about threats at home.");
        Page posted = idva.post("/referrals/new", form);
        assertThat(posted.status()).as(String.valueOf(posted.errorSummary())).isEqualTo(303);
        Page check = idva.open(posted.location());
        assertThat(check.html().select("fieldset#victim input[type=radio]").eachAttr("value")).contains(known, "new");
        assertThat(jdbc.sql("""
                SELECT reason FROM audit_event WHERE actor_id = ? AND action = 'SEARCH' AND record_type = 'person'
                  AND ? = ANY(record_ids)""").params(worker.user().id().value(), known).query(String.class).list())
                .containsExactly("referral check: people who may already be known");

        // a referrer who may see no one: the check page names no one, and records no read
        org.hearth.support.Fixtures.TestUser teacher = fixtures.enrolledUserAt("Northfield Academy", Role.PRACTITIONER);
        WebSession school = new WebSession(port);
        school.signIn(teacher);
        school.open("/referrals/new");
        Page other = school.post("/referrals/new", form);
        assertThat(other.status()).isEqualTo(303);
        assertThat(school.open(other.location()).html().select("fieldset#victim input[type=radio]").eachAttr("value"))
                .containsExactly("new");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = 'SEARCH' AND record_type = 'person'")
                .param(teacher.user().id().value()).query(Integer.class).single()).isZero();
    }
}
