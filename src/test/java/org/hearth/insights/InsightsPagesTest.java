package org.hearth.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.access.Role;
import org.hearth.partnership.Partnerships;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboard and the indicators API: the same suppressed figures, charts beside tables, and who may see them. */
@HearthIntegrationTest
class InsightsPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Partnerships partnerships;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    InsightsData data;
    String query;

    @BeforeEach
    void build() {
        data = new InsightsData(partnerships, fixtures, jdbc, events, tx);
        query = "from=2025-01-01&to=2025-12-31&area=" + data.area.id().value();
    }

    private WebSession as(Role role) {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(role));
        return web;
    }

    @Test
    void aCoordinatorSeesTheIndicatorsWithAChartBesideEachTable() {
        WebSession web = as(Role.PARTNERSHIP_COORDINATOR);
        Page page = web.get("/insights?" + query + "&by=sex");
        assertThat(page.status()).isEqualTo(200);
        var html = page.html();
        assertThat(html.select(".govuk-service-navigation__link").eachText()).contains("Insights");
        assertThat(html.selectFirst("#figure-police-incidents .hearth-figure__value").text()).isEqualTo("9");
        assertThat(html.selectFirst("#figure-incident-rate .hearth-figure__value").text()).isEqualTo("4.5");
        assertThat(html.selectFirst("#figure-repeat-victims .hearth-figure__value").text()).isEqualTo("46.2%");
        assertThat(html.selectFirst("#figure-high-risk-change .hearth-figure__value").text()).isEqualTo("+20.0%");
        assertThat(html.selectFirst("#figure-marac-repeat .hearth-figure__value").text()).isEqualTo("[c]");
        assertThat(html.select("#by-area tbody tr").first().text()).contains(data.area.name(), "9", "2,000", "4.5");
        // the split chosen: by sex, with the male victim's figures suppressed
        assertThat(html.select("#split-sex tbody tr:contains(Male)").text()).contains("<5");
        assertThat(html.select("#split-area")).as("only the chosen split").isEmpty();
        // every chart is hidden from assistive technology and sits beside its table; no inline styles
        assertThat(html.select("svg.hearth-chart")).hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(svg -> assertThat(svg.attr("aria-hidden")).isEqualTo("true"));
        for (var chart : html.select("svg.hearth-chart")) {
            String id = chart.attr("data-chart");
            assertThat(html.select("table#" + id)).as("the table of chart %s", id).hasSize(1);
        }
        assertThat(html.select("[style]")).isEmpty();
        assertThat(html.select("#suppression-rule").text()).contains("<5", "[c]", "10 or more");
        assertThat(page.body()).as("no person's name").doesNotContain(data.name(data.m));
        assertThat(html.select("a[href^=/people], a[href^=/referrals]")).isEmpty();
        assertThat(html.select("#strategy h2").text()).isEqualTo("Strategy status");
    }

    @Test
    void theDefaultPeriodIsTheLastTwelveMonths() {
        Page page = as(Role.SYSTEM_ADMIN).get("/insights");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("[id=from.day]").val()).isNotBlank();
        assertThat(page.html().select("input[type=date]")).as("day, month and year boxes, never a date picker").isEmpty();
        assertThat(page.html().select("#by-month tbody tr")).hasSizeBetween(12, 13);
    }

    @Test
    void thePeriodIsTypedInDayMonthAndYearBoxes() {
        WebSession web = as(Role.ANALYST);
        Page page = web.get("/insights?from.day=1&from.month=1&from.year=2025&to.day=31&to.month=12&to.year=2025");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select(".govuk-caption-l").text()).startsWith("1 January 2025 to 31 December 2025");
        assertThat(page.html().selectFirst("[id=to.day]").val()).isEqualTo("31");
        // each date's three boxes in half the width (a quarter put the year under the day and month at 1280 px)
        assertThat(page.html().select("#filter .govuk-date-input")).hasSize(2)
                .allSatisfy(d -> assertThat(d.closest(".govuk-grid-column-one-half")).isNotNull());
        Page bad = web.get("/insights?from.day=31&from.month=2&from.year=2025");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorSummary()).contains("The start of the period must be a real date");
        assertThat(bad.html().selectFirst("[id=from.day]").val()).as("kept as typed").isEqualTo("31");
    }

    @Test
    void badFiltersGiveAnErrorSummaryNotAnError() {
        WebSession web = as(Role.ANALYST);
        Page reversed = web.get("/insights?from=2025-12-31&to=2025-01-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.html().title()).startsWith("Error: Insights");
        assertThat(reversed.errorSummary()).contains("The start of the period must be on or before its end");
        Page nonsense = web.get("/insights?from=yesterday&area=nowhere&by=shoe-size");
        assertThat(nonsense.status()).isEqualTo(400);
        assertThat(nonsense.errorSummary()).contains("must be a real date", "Choose an area", "Choose what to split");
        assertThat(nonsense.html().select(".govuk-error-summary a").eachAttr("href")).contains("#from", "#area", "#by");
    }

    @Test
    void theApiGivesTheSameSuppressedFigures() {
        WebSession web = as(Role.ANALYST);
        Page api = web.get("/api/insights/indicators?" + query);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.header("Content-Type")).contains("application/json");
        assertThat(api.body()).contains("\"id\":\"police-incidents\"", "\"text\":\"9\"", "\"text\":\"<5\"",
                "\"status\":\"SMALL\"", "\"text\":\"46.2%\"", data.area.name());
        assertThat(api.body()).doesNotContain(data.name(data.m)).doesNotContain(data.name(data.w.get(0)));
        assertThat(api.body()).as("a hidden figure has no value").doesNotContain("\"text\":\"<5\",\"value\":1")
                .doesNotContain("\"text\":\"<5\",\"value\":4");

        Page bad = web.get("/api/insights/indicators?from=2025-13-01");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).contains("application/problem+json");
        assertThat(bad.body()).contains("\"field\":\"from\"");
    }

    @Test
    void analystsAndHubCoordinatorsReadPractitionersDoNot() {
        assertThat(as(Role.HUB_COORDINATOR).get("/insights?" + query).status()).isEqualTo(200);
        WebSession practitioner = as(Role.PRACTITIONER);
        assertThat(practitioner.get("/insights").status()).isEqualTo(403);
        assertThat(practitioner.get("/api/insights/indicators").status()).isEqualTo(403);
        assertThat(practitioner.get("/").html().select(".govuk-service-navigation__link").eachText())
                .doesNotContain("Insights");
        assertThat(as(Role.AGENCY_REPRESENTATIVE).get("/insights").status()).isEqualTo(403);
        assertThat(new WebSession(port).get("/insights").status()).as("signed out").isEqualTo(302);
    }
}
