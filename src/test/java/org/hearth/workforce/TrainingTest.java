package org.hearth.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.workforce.TrainingAudience.EDUCATION;
import static org.hearth.workforce.TrainingAudience.HOUSING;
import static org.hearth.workforce.TrainingAudience.POLICE;
import static org.hearth.workforce.TrainingAudience.VOLUNTARY_SECTOR;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hearth.access.Role;
import org.hearth.strategy.Bvpi225Assessments;
import org.hearth.strategy.Bvpi225Proposal;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Training records and BVPI 225 item 11. Each case uses its own year long ago, so the 12-month window holds only
 * the sessions it records.
 */
@HearthIntegrationTest
class TrainingTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Training training;
    @Autowired
    Bvpi225Assessments bvpi225;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Ambassadors ambassadors;

    private Bvpi225Proposal item11(LocalDate on) {
        return bvpi225.proposals(on).get(10);
    }

    @Test
    void noTrainingInTheYearIsNoEvidence() {
        Bvpi225Proposal proposal = item11(LocalDate.of(1985, 6, 1));
        assertThat(proposal.question()).isEqualTo(11);
        assertThat(proposal.yes()).isNull();
        assertThat(proposal.reasoning()).contains("no training has been recorded");
    }

    @Test
    void singleAgencyTrainingDoesNotCount() {
        training.record("Police refresher", LocalDate.of(1986, 3, 1), null, List.of(new Attendance(POLICE, 30, 5)));
        Bvpi225Proposal proposal = item11(LocalDate.of(1986, 6, 1));
        assertThat(proposal.yes()).isFalse();
        assertThat(proposal.reasoning()).contains("none of the named groups");
        assertThat(proposal.workings()).contains("1 training session from 2 June 1985 to 1 June 1986, 0 multi-agency");
    }

    @Test
    void twoNamedGroupsNeedBothFrontLineAndManagerialStaffInTwelveMonths() {
        training.record("DASH", LocalDate.of(1987, 2, 1), "IDVA service",
                List.of(new Attendance(HOUSING, 5, 2), new Attendance(POLICE, 6, 0)));
        Bvpi225Proposal onlyHousing = item11(LocalDate.of(1987, 6, 1));
        assertThat(onlyHousing.yes()).isFalse();
        assertThat(onlyHousing.reasoning()).contains("only 1 of the named groups");
        assertThat(onlyHousing.workings()).contains("Housing: 5 front-line, 2 managerial",
                "Front-line police: 6 front-line, 0 managerial (not both)");

        training.record("MARAC", LocalDate.of(1987, 5, 1), null,
                List.of(new Attendance(POLICE, 0, 3), new Attendance(VOLUNTARY_SECTOR, 2, 0)));
        Bvpi225Proposal both = item11(LocalDate.of(1987, 6, 1));
        assertThat(both.yes()).isTrue();
        assertThat(both.reasoning()).contains("2 of the named groups (housing, front-line police)");

        assertThat(item11(LocalDate.of(1988, 2, 1)).yes()).as("the first session is over 12 months old").isFalse();
        assertThat(item11(LocalDate.of(1988, 1, 31)).yes()).as("the last day of its 12 months").isTrue();
    }

    @Test
    void ambassadorsTrainedInTheYearCountInTheirStaffGroupsBesideTheSessions() {
        org.hearth.partnership.Agency housing = fixtures.agency(Fixtures.uniqueName("Item 11 Housing "));
        org.hearth.partnership.Agency police = fixtures.agency(Fixtures.uniqueName("Item 11 Police "));
        training.record("Police refresher", LocalDate.of(1990, 2, 1), null, List.of(new Attendance(POLICE, 30, 5)));
        ambassadors.register("Housing ambassador", null, housing.id(), HOUSING, false, LocalDate.of(1990, 3, 1), 3);
        Bvpi225Proposal oneGroup = item11(LocalDate.of(1990, 6, 1));
        assertThat(oneGroup.yes()).as("a single-agency session does not count; one front-line ambassador").isFalse();
        assertThat(oneGroup.workings()).contains("1 DV ambassador trained or refreshed in the same 12 months "
                + "(1 front-line, 0 managerial), counted in their staff groups below", "Housing: 1 front-line, 0 managerial (not both)");

        ambassadors.register("Housing manager", null, housing.id(), HOUSING, true, LocalDate.of(1990, 4, 1), 0);
        Ambassador sergeant = ambassadors.register("Police ambassador", null, police.id(), POLICE, false,
                LocalDate.of(1989, 1, 10), 0);
        ambassadors.register("Police inspector", null, police.id(), POLICE, true, LocalDate.of(1990, 5, 1), 0);
        assertThat(item11(LocalDate.of(1990, 6, 1)).yes()).as("the sergeant was trained before the 12 months").isFalse();
        ambassadors.refresher(sergeant.id(), LocalDate.of(1990, 1, 15));
        Bvpi225Proposal both = item11(LocalDate.of(1990, 6, 1));
        assertThat(both.yes()).isTrue();
        assertThat(both.reasoning()).contains("2 of the named groups (housing, front-line police)");
        assertThat(both.workings()).contains("Housing: 1 front-line, 1 managerial",
                "Front-line police: 1 front-line, 1 managerial");

        ambassadors.active().stream().filter(a -> a.firstTrained().getYear() < 1991)
                .forEach(a -> ambassadors.stepDown(a.id(), LocalDate.of(1990, 12, 31)));
        assertThat(item11(LocalDate.of(1990, 6, 1)).yes()).as("stepped down after the 12 months: still counted")
                .isTrue();
        assertThat(item11(LocalDate.of(1992, 6, 1)).yes()).as("nothing in these 12 months").isNull();
    }

    @Test
    void theModuleRefusesWhatCannotBeTraining() {
        assertThatThrownBy(() -> training.record("Later", training.today().plusDays(1), null,
                List.of(new Attendance(HOUSING, 1, 0)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> training.record("Empty", LocalDate.of(1989, 1, 1), null,
                List.of(new Attendance(HOUSING, 0, 0)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCoordinatorRecordsASessionThroughTheForm() {
        String title = Fixtures.uniqueName("Safety planning ");
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        Page list = web.open("/workforce/training");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select(".govuk-service-navigation__link").eachText()).contains("Training");
        web.open("/workforce/training/new");
        LocalDate on = training.today().minusDays(2);
        Page saved = web.post("/workforce/training", Map.of("title", title, "deliveredOn.day", "" + on.getDayOfMonth(),
                "deliveredOn.month", "" + on.getMonthValue(), "deliveredOn.year", "" + on.getYear(),
                "provider", "Northfield IDVA Service", "frontLine[HOUSING]", "4", "managerial[EDUCATION]", "2"));
        assertThat(saved.status()).isEqualTo(303);
        Page after = web.open(saved.location());
        assertThat(after.html().select("#sessions tr:contains(" + title + ")").text()).contains("Housing, Education", "6");
        TrainingSession session = training.between(on, on).stream().filter(s -> s.title().equals(title)).findFirst()
                .orElseThrow();
        assertThat(session.attendance()).containsExactly(new Attendance(HOUSING, 4, 0), new Attendance(EDUCATION, 0, 2));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'training_session' AND ? = ANY(record_ids)")
                .param(session.id().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badAnswersGiveAnErrorSummaryInFormOrderAndRecordNothing() {
        String title = Fixtures.uniqueName("Bad ");
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.SYSTEM_ADMIN));
        web.open("/workforce/training/new");
        Page page = web.post("/workforce/training", Map.of("title", title, "deliveredOn.day", "31",
                "deliveredOn.month", "2", "deliveredOn.year", "2026", "frontLine[POLICE]", "lots"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().title()).startsWith("Error: Record training");
        assertThat(page.errorSummary()).contains("The date must be a real date",
                "Enter the number of front-line front-line police staff as a whole number");
        assertThat(page.html().select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#deliveredOn", "#frontLine[POLICE]");
        assertThat(page.html().getElementById("frontLine[POLICE]").val()).as("what was typed is kept").isEqualTo("lots");

        Page nobody = web.post("/workforce/training", Map.of("title", title, "deliveredOn.day", "1",
                "deliveredOn.month", "2", "deliveredOn.year", "2026"));
        assertThat(nobody.errorSummary()).contains("Enter how many staff attended from at least one group");
        assertThat(jdbc.sql("SELECT count(*) FROM training_session WHERE title = ?").param(title).query(Long.class)
                .single()).isZero();
    }

    @Test
    void analystsReadButDoNotRecord() {
        String title = Fixtures.uniqueName("Analysed ");
        training.record(title, LocalDate.of(1984, 3, 1), null, List.of(new Attendance(HOUSING, 1, 1)));
        WebSession analyst = new WebSession(port);
        analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        Page list = analyst.get("/workforce/training");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select("a:contains(Record training)")).isEmpty();
        assertThat(analyst.get("/workforce/training/new").status()).isEqualTo(403);
        assertThat(analyst.get("/api/workforce/training?from=1984-01-01&to=1984-12-31").body()).contains(title);

        WebSession practitioner = new WebSession(port);
        practitioner.signIn(fixtures.enrolledUser(Role.PRACTITIONER));
        assertThat(practitioner.get("/workforce/training").status()).isEqualTo(403);
    }

    @Test
    void theApiExplainsBadDates() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        Page reversed = web.get("/api/workforce/training?from=2026-02-01&to=2026-01-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.header("Content-Type")).contains("application/problem+json");
        assertThat(reversed.body()).contains("from must be on or before to");
        assertThat(web.get("/api/workforce/training?from=yesterday").status()).isEqualTo(400);
    }
}
