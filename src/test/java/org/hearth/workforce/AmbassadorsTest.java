package org.hearth.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.hearth.access.Role;
import org.hearth.partnership.Agency;
import org.hearth.platform.InvalidInputException;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** DV ambassadors: the register, refreshers due and overdue, reach, My work and the pages. */
@HearthIntegrationTest
class AmbassadorsTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Ambassadors ambassadors;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefresherIsDueAYearAfterTheLastTraining() {
        Agency agency = fixtures.agency(Fixtures.uniqueName("Refreshed Housing "));
        LocalDate today = ambassadors.today();
        Ambassador a = ambassadors.register("Lena Example", "Housing officer", agency.id(), TrainingAudience.HOUSING,
                false, today.minusMonths(13), 4);
        assertThat(a.refresherDue()).isEqualTo(today.minusMonths(1));
        assertThat(a.refresherOverdue(today)).isTrue();
        assertThat(ambassadors.refresherOverdue(today)).extracting(Ambassador::id).contains(a.id());

        assertThatThrownBy(() -> ambassadors.refresher(a.id(), today.minusMonths(14)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("after the last training");
        assertThatThrownBy(() -> ambassadors.refresher(a.id(), today.plusDays(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("today or in the past");
        Ambassador refreshed = ambassadors.refresher(a.id(), today.minusDays(2));
        assertThat(refreshed.trainedOn()).containsExactly(today.minusMonths(13), today.minusDays(2));
        assertThat(refreshed.refresherDue()).isEqualTo(today.minusDays(2).plusMonths(12));
        assertThat(refreshed.refresherOverdue(today)).isFalse();

        assertThat(ambassadors.reach(a.id(), 12).colleaguesSupported()).isEqualTo(12);
        assertThatThrownBy(() -> ambassadors.reach(a.id(), -1)).isInstanceOf(InvalidInputException.class);
        Ambassador gone = ambassadors.stepDown(a.id(), today);
        assertThat(gone.active()).isFalse();
        assertThat(ambassadors.active()).extracting(Ambassador::id).doesNotContain(a.id());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'ambassador' AND ? = ANY(record_ids)")
                .param(a.id().toString()).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void everyFieldIsCheckedAndNothingIsWritten() {
        String name = Fixtures.uniqueName("Refused ");
        assertThatThrownBy(() -> ambassadors.register(name, null, null, null, null, null, -1))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).containsOnlyKeys("agency", "group",
                        "manager", "trainedOn", "colleaguesSupported"));
        assertThat(jdbc.sql("SELECT count(*) FROM ambassador WHERE name = ?").param(name).query(Long.class).single())
                .isZero();
    }

    @Test
    void anOverdueRefresherIsInTheCoordinatorsWork() {
        Agency agency = fixtures.agency(Fixtures.uniqueName("Overdue Trust "));
        String name = Fixtures.uniqueName("Omar ");
        // trained long ago, so it is the longest overdue and first in the list
        Ambassador a = ambassadors.register(name, null, agency.id(), TrainingAudience.HEALTH, false,
                LocalDate.of(1975, 1, 1), 0);
        WebSession coordinator = new WebSession(port);
        coordinator.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        assertThat(coordinator.get("/").html().select("section:contains(refreshers)").text())
                .contains(name + ", " + agency.name(), "Refresher was due 1 January 1976");
        WebSession analyst = new WebSession(port);
        analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        assertThat(analyst.get("/").body()).doesNotContain(name);
        ambassadors.stepDown(a.id(), LocalDate.of(1980, 1, 1));
    }

    @Test
    void aCoordinatorAddsAnAmbassadorThroughTheForm() {
        Agency agency = fixtures.agency(Fixtures.uniqueName("Formed Police "));
        String name = Fixtures.uniqueName("Bea ");
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        web.open("/workforce/ambassadors/new");
        Page bad = web.post("/workforce/ambassadors", Map.of("name", name, "agency", agency.id().value().toString(),
                "group", "POLICE", "manager", "yes", "trainedOn.day", "31", "trainedOn.month", "2",
                "trainedOn.year", "2026", "colleaguesSupported", "lots"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorSummary()).contains("The date must be a real date",
                "Enter the number of colleagues supported as a whole number");
        assertThat(bad.html().select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#trainedOn", "#colleaguesSupported");
        assertThat(jdbc.sql("SELECT count(*) FROM ambassador WHERE name = ?").param(name).query(Long.class).single())
                .isZero();

        LocalDate on = ambassadors.today().minusMonths(2);
        Page saved = web.post("/workforce/ambassadors", Map.of("name", name, "jobTitle", "Sergeant",
                "agency", agency.id().value().toString(), "group", "POLICE", "manager", "yes",
                "trainedOn.day", "" + on.getDayOfMonth(), "trainedOn.month", "" + on.getMonthValue(),
                "trainedOn.year", "" + on.getYear(), "colleaguesSupported", "7"));
        assertThat(saved.status()).isEqualTo(303);
        Page page = web.open(saved.location());
        assertThat(page.html().select("#reach").text()).isEqualTo("7");
        Page list = web.open("/workforce/ambassadors");
        assertThat(list.html().select("table[data-agency='" + agency.name() + "']").text()).contains(name,
                "Front-line police, manager");
        assertThat(web.get("/api/workforce/ambassadors").body()).contains(name);

        WebSession analyst = new WebSession(port);
        analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        assertThat(analyst.get("/workforce/ambassadors").status()).isEqualTo(403);
        assertThat(analyst.get("/api/workforce/ambassadors").status()).isEqualTo(403);
    }
}
