package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The merge journey: a hub coordinator opens the possible duplicates, compares two records of one woman (day and
 * month of birth swapped) with the engine's explanation, merges them, sees the survivor with both referrals and the
 * Repeat victim flag, then undoes the merge and sees one referral again.
 */
@HearthIntegrationTest
class MergeBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aHubCoordinatorComparesMergesAndUnmerges() {
        var hub = fixtures.enrolledUser(Role.HUB_COORDINATOR);
        String family = Fixtures.uniqueName("Hollingworth");
        UUID one = UUID.randomUUID();
        UUID two = UUID.randomUUID();
        UUID left = one.toString().compareTo(two.toString()) < 0 ? one : two;
        UUID right = left.equals(one) ? two : one;
        victim(left, family, LocalDate.of(1991, 4, 9), LocalDate.now().minusDays(30), hub);
        victim(right, family, LocalDate.of(1991, 9, 4), LocalDate.now().minusDays(2), hub);
        jdbc.sql("""
                INSERT INTO person_duplicate (person_a, person_b, probability, reasons, source, found_at)
                VALUES (?, ?, 1, ?::text[], 'DOOR', '2000-01-01')""")
                .params(left, right, "{\"Same given name\",\"Same family name\",\"Date of birth with day and month swapped\","
                        + "\"Postcode: the same (+9.2)\"}")
                .update();

        WebDriver driver = chromium.driver();
        LoginPage.open(driver, base()).signIn(hub.username(), hub.password()).enterCode(hub.code(0));
        DuplicatesPage list = DuplicatesPage.open(driver, base());
        Wcag.assertMeetsAa(driver, "possible duplicates");
        DuplicatesPage.ComparePage compare = list.compare(family);
        assertThat(compare.heading()).isEqualTo("Compare two records");
        assertThat(compare.left()).contains("Imogen " + family).contains("9 April 1991");
        assertThat(compare.right()).contains("Imogen " + family).contains("4 September 1991");
        assertThat(compare.explanation()).contains("Date of birth with day and month swapped")
                .as("a weight stored by an older version is not shown").contains("Postcode: the same")
                .doesNotContain("(+").doesNotContain("9.2");
        assertThat(compare.likelihood()).contains("Very likely").doesNotContain("%");
        chromium.screenshot("merge-compare");
        Wcag.assertMeetsAa(driver, "compare page");

        DuplicatesPage.PersonPage survivor = compare.mergeKeepingLeft("Same woman: the police system swapped day and month");
        assertThat(survivor.banner()).contains("Records merged");
        assertThat(survivor.flags()).contains("Repeat victim");
        assertThat(survivor.referrals()).hasSize(2).allMatch(r -> r.contains("victim"));
        assertThat(driver.getCurrentUrl()).endsWith("/people/" + left);
        chromium.screenshot("merge-survivor");

        driver.get(base() + "/people/" + right);
        DuplicatesPage.PersonPage redirected = new DuplicatesPage.PersonPage(driver);
        assertThat(driver.getCurrentUrl()).endsWith("/people/" + left);
        assertThat(redirected.referrals()).hasSize(2);

        DuplicatesPage.MergePage mergePage = redirected.openLatestMerge();
        Wcag.assertMeetsAa(driver, "merge page");
        DuplicatesPage.PersonPage after = mergePage.unmerge("Checked with the IDVA: two different women");
        assertThat(after.banner()).contains("Merge undone");
        assertThat(after.flags()).doesNotContain("Repeat victim");
        assertThat(after.referrals()).hasSize(1);
        driver.get(base() + "/people/" + right);
        assertThat(new DuplicatesPage.PersonPage(driver).referrals()).hasSize(1);
        assertThat(driver.getCurrentUrl()).endsWith("/people/" + right);
    }

    private void victim(UUID id, String family, LocalDate dob, LocalDate referred, Fixtures.TestUser by) {
        jdbc.sql("INSERT INTO person (id, given_name, family_name, date_of_birth, sex, created_by) VALUES (?, 'Imogen', ?, ?, 'FEMALE', ?)")
                .params(id, family, dob, by.user().id().value()).update();
        jdbc.sql("INSERT INTO person_access_grant (id, person_id, ground, scope, agency_id) VALUES (?, ?, 'REFERRER', 'RECORD', ?)")
                .params(UUID.randomUUID(), id, by.user().agency().value()).update();
        UUID referral = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, victim_id, consent)
                VALUES (?, ?, 'WEB', ?, ?, ?, 'GIVEN')""")
                .params(referral, "B-" + referral.toString().substring(0, 13), by.user().agency().value(), referred, id)
                .update();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
