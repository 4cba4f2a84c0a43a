package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.encompass.Phase;
import org.hearth.encompass.SchoolId;
import org.hearth.encompass.Schools;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonId;
import org.hearth.referrals.ChildAtIncident;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A school's key adult follows the link of the e-mail (which names no one), signs in, sees their own school's child
 * and not another school's, opens the notification and acknowledges it.
 */
@HearthIntegrationTest
class KeyAdultBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Schools schools;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    org.hearth.encompass.internal.IncidentNotifier notifier;

    private SchoolId school(AreaId area, String name) {
        String csv = "area,name,urn,phase,lead_name,lead_email,deputy_name,deputy_email,starts_at,terms,closures\n"
                + "\"" + partnerships.area(area).map(Area::name).orElseThrow() + "\"," + name + ","
                + (100000 + new java.util.Random().nextInt(900000)) + ",Primary,Dana Lead,dsl@" + name.toLowerCase()
                + ".sch.example,,,08:45,,\n";
        tx.executeWithoutResult(t -> assertThat(schools.importCsv(new java.io.StringReader(csv)).rows())
                .allMatch(r -> r.added()));
        return schools.inArea(area).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void theKeyAdultSignsInFromTheEmailsLinkAndSeesOnlyTheirOwnSchoolsChild() {
        fixtures.agency("Key Adult Browser Police");
        AreaId area = partnerships.addArea(Fixtures.uniqueName("Key Adult Area "), 40000).id();
        SchoolId own = school(area, Fixtures.uniqueName("Ownschool"));
        SchoolId other = school(area, Fixtures.uniqueName("Otherschool"));
        String ownChild = "Poppy " + Fixtures.uniqueName("Ownchild");
        String otherChild = "Reuben " + Fixtures.uniqueName("Otherchild");
        var pupil = new org.hearth.encompass.internal.IncidentNotifier.Child(new PersonId(UUID.randomUUID()), true,
                ownChild, LocalDate.of(2017, 6, 1), null);
        var stranger = new org.hearth.encompass.internal.IncidentNotifier.Child(new PersonId(UUID.randomUUID()), false,
                otherChild, LocalDate.of(2016, 6, 1), null);
        tx.executeWithoutResult(t -> {
            schools.linkChild(pupil.id(), own);
            schools.linkChild(stranger.id(), other);
        });
        notifier.record(new org.hearth.encompass.internal.IncidentNotifier.Incident(UUID.randomUUID(), area,
                "Key Adult Browser Police", "KA/" + UUID.randomUUID().toString().substring(0, 6), LocalDate.now(),
                LocalTime.of(21, 0), "Officers attended.", List.of(pupil, stranger)));
        var keyAdult = fixtures.enrolledUser(Role.ESTABLISHMENT_CONTACT);
        tx.executeWithoutResult(t -> schools.addContact(own, keyAdult.user().id()));

        // the e-mail to the school: no name, only the link
        String link = jdbc.sql("""
                SELECT m.link FROM notification_outbox m JOIN encompass_notification n
                  ON m.idempotency_key = 'encompass:' || n.id || ':lead'
                WHERE n.child_id = ?""").param(pupil.id().value()).query(String.class).single();
        assertThat(link).isEqualTo("/establishment/notifications").doesNotContain("Poppy");

        WebDriver driver = chromium.driver();
        driver.get(base() + link);
        LoginPage login = new LoginPage(driver);
        login.signIn(keyAdult.username(), keyAdult.password());
        driver.findElement(By.id("code")).sendKeys(keyAdult.code(0));
        Page.submit(driver);
        Page.waiting(driver, Duration.ofSeconds(20)).until(d -> !d.getTitle().startsWith("Enter your security code"));
        if (!driver.getCurrentUrl().endsWith(link)) {
            driver.get(base() + link); // the link again, now signed in
        }
        Page.waiting(driver, Duration.ofSeconds(20)).until(d -> d.getTitle().startsWith("Notifications"));
        String list = driver.findElement(By.id("notifications")).getText();
        assertThat(list).contains(ownChild).doesNotContain(otherChild);
        chromium.screenshot("key-adult-notifications");

        driver.findElement(By.linkText(ownChild)).click();
        Page.waiting(driver, Duration.ofSeconds(20)).until(d -> d.getTitle().startsWith("Notification"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(ownChild, "Key Adult Browser Police");
        Page.clickAndLeave(driver, By.id("acknowledge"));
        Page.waiting(driver, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.tagName("main")).getText().contains("You acknowledged the notification"));
        driver.get(base() + "/people/" + pupil.id().value());
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain(ownChild);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
