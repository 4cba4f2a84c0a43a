package org.hearth.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.insights.Cell;
import org.hearth.insights.Headline;
import org.hearth.insights.IndicatorSource;
import org.hearth.insights.Section;
import org.hearth.insights.Table;
import org.hearth.people.Named;
import org.hearth.platform.InvalidInputException;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Clare's Law: the risk level found by the risk assessment (with the day assessed; refused with any other stage),
 * the agencies represented at the decision forum, and the board report's suppressed figures by route and decision.
 */
@HearthIntegrationTest
class DisclosureRiskAndFiguresTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Disclosures disclosures;
    @Autowired
    List<IndicatorSource> sources;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void actAs(StaffUser user) {
        StaffPrincipal principal = new StaffPrincipal(user.id(), user.username(), user.displayName(), user.agency(),
                user.roles(), true, false, true, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    @Test
    void theRiskLevelAndTheForumsAgenciesAreRecorded() {
        String police = Fixtures.uniqueName("Risk Police ");
        String probation = Fixtures.uniqueName("Risk Probation ");
        actAs(fixtures.enrolledUserAt(police, Role.DISCLOSURE_TEAM).user());
        LocalDate today = LocalDate.now(UK);
        Application a = disclosures.apply(new NewApplication(Route.RIGHT_TO_KNOW, today.minusDays(10), true, null,
                null, Named.described("Rhea", Fixtures.uniqueName("Atrisk"), LocalDate.of(1990, 1, 2)),
                Named.described("Sol", Fixtures.uniqueName("Subject"), LocalDate.of(1985, 5, 6)), false, null));
        assertThat(a.riskLevel()).isNull();
        assertThatThrownBy(() -> disclosures.recordStage(a.id(), Stage.CHECKS, today, null, RiskLevel.HIGH))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("risk assessment stage only");
        Application assessed = disclosures.recordStage(a.id(), Stage.RISK_ASSESSMENT, today.minusDays(2), null,
                RiskLevel.HIGH);
        assertThat(assessed.riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(assessed.riskAssessedOn()).isEqualTo(today.minusDays(2));
        Application decided = disclosures.decide(a.id(), Decision.withAgencies(today, "DI Hale (police); A. Moss",
                true, "Lawful", "Necessary", "Proportionate",
                List.of(fixtures.agency(police).id(), fixtures.agency(probation).id())));
        assertThat(decided.decision().agencies()).extracting(Decision.Agency::name)
                .containsExactlyInAnyOrder(police, probation);
    }

    @Test
    void theBoardReportsFiguresAreSuppressed() {
        IndicatorSource source = sources.stream().filter(s -> s.section() == Section.DISCLOSURE).findFirst()
                .orElseThrow();
        LocalDate to = LocalDate.now(UK);
        LocalDate from = to.minusYears(1);
        long received = jdbc.sql("SELECT count(*) FROM disclosure_application WHERE received_on BETWEEN ? AND ?")
                .params(from, to).query(Long.class).single();
        IndicatorSource.Figures figures = source.figures(from, to, null);
        Headline applications = figures.headlines().stream().filter(h -> h.id().equals("dvds-applications"))
                .findFirst().orElseThrow();
        assertThat(applications.value().text()).isEqualTo(received > 0 && received < 5 ? "<5"
                : String.format("%,d", received));
        Table byRoute = figures.tables().get(0);
        assertThat(byRoute.section()).isEqualTo("DISCLOSURE");
        assertThat(byRoute.rows()).extracting(Table.Row::label).contains("All applications");
        // no shown count from 1 to 4 anywhere
        for (Table.Row row : byRoute.rows()) {
            for (Cell cell : row.cells()) {
                if (cell.isShown() && cell.value() instanceof Long n) {
                    assertThat(n >= 1 && n <= 4).as("a small count shown").isFalse();
                }
            }
        }
        assertThat(source.figures(from, to, java.util.UUID.randomUUID()).tables()).as("no area figures").isEmpty();
    }
}
