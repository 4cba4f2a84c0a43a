package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The menu fits on one line for every role: a section of which a role has two or more areas shows as one link,
 * with its areas as a second row on its pages; a section of one area shows that area itself.
 */
@HearthIntegrationTest
class NavigationTest {

    static final int MOST_LINKS = 7;

    /** The menu's letters: 72 fitted on one line at 1,280 pixels wide, 84 did not. */

    static final int MOST_LETTERS = 72;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Test
    void everyRolesMenuHasAtMostSevenLinks() {
        for (Role role : Role.values()) {
            WebSession web = new WebSession(port);
            web.signIn(fixtures.enrolledUser(role));
            List<String> links = web.get("/").html().select("#navigation a").eachText();
            assertThat(links).as(role.name()).hasSizeLessThanOrEqualTo(MOST_LINKS).contains("Home", "Your account");
            // seven short links fit on one line of the 960-pixel page; seven long ones wrapped (seen at 84 letters)
            assertThat(links.stream().mapToInt(String::length).sum()).as(role.name() + ": " + links)
                    .isLessThanOrEqualTo(MOST_LETTERS);
        }
    }

    @Test
    void aSectionIsOneLinkWithItsAreasAsASecondRow() {
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        Document home = hub.get("/").html();
        assertThat(home.select("#navigation a").eachText()).contains("Front door", "People")
                .doesNotContain("Possible duplicates", "Break-glass reviews");
        assertThat(home.select("#section-navigation")).as("no second row outside a section").isEmpty();

        Document duplicates = hub.get("/people/duplicates").html();
        assertThat(duplicates.selectFirst("#navigation .govuk-service-navigation__item--active").text()).isEqualTo("People");
        assertThat(duplicates.select("#section-navigation a").eachText())
                .containsExactly("Add a person", "Possible duplicates", "Break-glass reviews");
        assertThat(duplicates.selectFirst("#section-navigation .govuk-service-navigation__item--active").text())
                .isEqualTo("Possible duplicates");
        assertThat(hub.get("/sections/people").html().select("#section-links a").eachText())
                .containsExactly("Add a person", "Possible duplicates", "Break-glass reviews");

        // a practitioner has one area of the section: it is in the menu itself
        WebSession practitioner = new WebSession(port);
        practitioner.signIn(fixtures.enrolledUser(Role.PRACTITIONER));
        assertThat(practitioner.get("/").html().select("#navigation a").eachText()).contains("Add a person")
                .doesNotContain("People");
        assertThat(practitioner.get("/sections/administration").status()).isEqualTo(404);
        assertThat(practitioner.get("/sections/nothing").status()).isEqualTo(404);
    }
}
