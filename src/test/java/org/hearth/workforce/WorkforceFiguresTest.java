package org.hearth.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.insights.Headline;
import org.hearth.insights.IndicatorReport;
import org.hearth.insights.Indicators;
import org.hearth.insights.Section;
import org.hearth.insights.Table;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyDetails;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Sector;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workforce's figures in the insights report (section Workforce), in an area of their own so that only this
 * test's records count: Quality Mark coverage and ambassadors per agency, every count suppressed.
 */
@HearthIntegrationTest
class WorkforceFiguresTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Partnerships partnerships;
    @Autowired
    QualityMark qualityMark;
    @Autowired
    Ambassadors ambassadors;
    @Autowired
    Indicators indicators;

    @Test
    void coverageAndAmbassadorsPerAgencyAreSuppressed() {
        fixtures.agency("Northfield Police");
        UUID area = partnerships.addArea(Fixtures.uniqueName("Figures Vale "), 20_000).id().value();
        Agency alpha = partnerships.createAgency(new AgencyDetails(Fixtures.uniqueName("Alpha Figures "), Sector.HEALTH,
                true, new org.hearth.partnership.AreaId(area), true));
        Agency beta = partnerships.createAgency(new AgencyDetails(Fixtures.uniqueName("Beta Figures "), Sector.COUNCIL,
                true, new org.hearth.partnership.AreaId(area), true));
        LocalDate today = qualityMark.today();
        for (int i = 0; i < 6; i++) {
            ambassadors.register("Alpha " + i, null, alpha.id(), TrainingAudience.HEALTH, i == 0, today.minusMonths(1), 5);
        }
        ambassadors.register("Beta 1", null, beta.id(), TrainingAudience.HOUSING, false, today.minusMonths(1), 10);
        ambassadors.register("Beta 2", null, beta.id(), TrainingAudience.HOUSING, false, today.minusMonths(14), 10);
        QualityMarkApplication a = qualityMark.apply(HolderKind.AGENCY, alpha.id().value(), 1);
        for (QualityMarkStandard s : qualityMark.standards()) {
            if (s.neededFor(1)) {
                qualityMark.addEvidence(a.id(), s.code(), "Seen", null, null, null);
                qualityMark.decide(a.id(), s.code(), true, null);
            }
        }
        qualityMark.award(a.id(), 1, today);

        IndicatorReport report = indicators.report(today.minusMonths(3), today, area);
        assertThat(report.headlines(Section.WORKFORCE)).extracting(Headline::id).containsExactly("quality-mark-agencies",
                "quality-mark-schools", "quality-mark-expiring", "ambassadors", "ambassadors-refresher-overdue",
                "ambassador-reach");
        assertThat(text(report, "quality-mark-agencies")).as("one agency: a small count").isEqualTo("<5");
        assertThat(text(report, "quality-mark-schools")).isEqualTo("0");
        assertThat(text(report, "ambassadors")).isEqualTo("8");
        assertThat(text(report, "ambassadors-refresher-overdue")).isEqualTo("<5");
        assertThat(text(report, "ambassador-reach")).isEqualTo("50");

        Table byAgency = report.table("ambassadors-by-agency").orElseThrow();
        assertThat(byAgency.section()).isEqualTo(Section.WORKFORCE.name());
        assertThat(byAgency.rows()).extracting(Table.Row::label).containsExactly(alpha.name(), beta.name());
        // Beta's 2 is small; Alpha's 6 is hidden too, or 8 - 6 would give Beta's count; Alpha's 0 overdue beside
        // Beta's hidden count would say every overdue refresher is Beta's, so it is hidden too
        assertThat(cells(byAgency.rows().get(0))).containsExactly("[c]", "[c]", "30");
        assertThat(cells(byAgency.rows().get(1))).containsExactly("<5", "<5", "20");
        assertThat(byAgency.rows().get(0).cells().get(0).value()).as("a hidden cell carries no value").isNull();

        Table coverage = report.table("quality-mark-coverage").orElseThrow();
        assertThat(cells(coverage.rows().get(0))).containsExactly("<5", "[c]", "0");

        WebSession analyst = new WebSession(port);
        analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        Page api = analyst.get("/api/insights/indicators?from=" + today.minusMonths(3) + "&to=" + today + "&area=" + area);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("ambassadors-by-agency", "quality-mark-coverage").doesNotContain("Alpha 1");
    }

    private static String text(IndicatorReport report, String id) {
        return report.headline(id).orElseThrow().value().text();
    }

    private static List<String> cells(Table.Row row) {
        return row.cells().stream().map(c -> c.text()).toList();
    }
}
