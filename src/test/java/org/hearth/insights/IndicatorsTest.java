package org.hearth.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.partnership.Partnerships;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each indicator against the hand-built data set of {@link InsightsData}, in an area of its own so the counts are
 * exact in the shared database.
 */
@HearthIntegrationTest
class IndicatorsTest {

    @Autowired
    Indicators indicators;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    InsightsData data;
    IndicatorReport report;

    @BeforeEach
    void build() {
        data = new InsightsData(partnerships, fixtures, jdbc, events, tx);
        report = indicators.report(InsightsData.FROM, InsightsData.TO, data.area.id().value());
    }

    private String headline(String id) {
        return report.headline(id).orElseThrow().value().text();
    }

    private List<String> row(String table, String label) {
        return report.table(table).orElseThrow().rows().stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + table)).cells().stream()
                .map(Cell::text).toList();
    }

    private List<String> labels(String table) {
        return report.table(table).orElseThrow().rows().stream().map(Table.Row::label).toList();
    }

    @Test
    void incidentsAndReferralsAndTheRatePerThousand() {
        assertThat(report.areaName()).isEqualTo(data.area.name());
        assertThat(report.population()).isEqualTo(2_000);
        assertThat(headline("police-incidents")).isEqualTo("9");
        assertThat(headline("partner-referrals")).isEqualTo("10");
        assertThat(headline("referrals")).isEqualTo("19");
        assertThat(headline("incident-rate")).as("9 per 2,000 people").isEqualTo("4.5");
        assertThat(row("by-area", data.area.name())).containsExactly("9", "2,000", "4.5", "19", "9.5");
    }

    @Test
    void byMonthAndByAgency() {
        assertThat(labels("by-month")).hasSize(12).startsWith("Jan 2025").endsWith("Dec 2025");
        // police incidents: March 8, May 1 (hidden together); partner referrals: April 4, June 5, September 1 (all
        // hidden); all referrals: March 8, April 4, May 1, June 5, September 1 (the small three and June hidden)
        // March's 0 partner referrals beside its hidden police incidents would say all 8 were the police's: hidden
        assertThat(row("by-month", "Mar 2025")).containsExactly("[c]", "[c]", "8");
        assertThat(row("by-month", "Jun 2025")).containsExactly("[c]", "[c]", "[c]");
        assertThat(row("by-month", "Apr 2025")).containsExactly("[c]", "<5", "<5");
        // the police months hidden add up to 9 (under 10): its zero months are hidden too, and so each row's partner 0
        assertThat(row("by-month", "Jan 2025")).containsExactly("[c]", "[c]", "0");
        assertThat(row("by-agency", data.partner.name())).containsExactly("10", "52.6%");
        assertThat(row("by-agency", data.police.name())).containsExactly("9", "47.4%");
    }

    @Test
    void repeatVictimsAndChildrenPresent() {
        // W1-W5 (June after March) and M (May 2025 after June 2024): 6 of 13 victims
        assertThat(headline("repeat-victims")).isEqualTo("46.2%");
        assertThat(report.headline("repeat-victims").orElseThrow().detail()).startsWith("6 of 13 victims");
        // W1-W5 in March and the four A referrals: 9 of 19
        assertThat(headline("children-present")).isEqualTo("47.4%");
    }

    @Test
    void highRiskVictimsAgainstTheSamePeriodLastYear() {
        // W1 (twice), W2-W5 and A1; the medium W7 does not count
        assertThat(headline("high-risk")).isEqualTo("6");
        assertThat(report.headline("high-risk").orElseThrow().detail()).contains("1 January 2024 to 31 December 2024): 5");
        assertThat(headline("high-risk-change")).isEqualTo("+20.0%");
        // this period: March 1, April 1, June 5 (hidden with the two small months); last year: January 4, June 1
        assertThat(row("high-risk-by-month", "Jun 2025")).containsExactly("[c]", "<5");
        assertThat(row("high-risk-by-month", "Jan 2025")).as("a zero beside only hidden counts is hidden")
                .containsExactly("[c]", "<5");
    }

    @Test
    void maracCasesDiscussedAtMeetingsHeld() {
        assertThat(headline("marac")).as("not W2 on the October agenda never published").isEqualTo("6");
        assertThat(headline("marac-repeat")).as("1 repeat (W1 in September) is fewer than 5").isEqualTo("[c]");
        assertThat(report.headline("marac-repeat").orElseThrow().detail()).contains("National figure: 31%")
                .doesNotContain("28%");
        // June 5 and September 1: June is hidden with September, and so is its rate
        assertThat(row("marac-by-month", "Jun 2025")).containsExactly("[c]", "[c]", "[c]");
        assertThat(row("marac-by-month", "Sep 2025")).containsExactly("<5", "<5", "[c]");
        assertThat(row("marac-by-month", "Oct 2025")).containsExactly("[c]", "[c]", "–");
        assertThat(report.table("marac-by-month").orElseThrow().description()).contains("same victim and perpetrator")
                .doesNotContain("stands in");
        // 6 cases over the whole year, 800 women aged 16+: 75 a year per 10,000 (recommended 40)
        assertThat(headline("marac-per-10000")).isEqualTo("75.0");
        assertThat(report.headline("marac-per-10000").orElseThrow().detail()).contains("recommends 40");
        assertThat(headline("marac-partner")).as("all 6 from the council").isEqualTo("100.0%");
        assertThat(row("marac-by-agency", data.partner.name())).containsExactly("6", "100.0%");
        // the police's research: 6 tasks, W5's June research a day late
        assertThat(headline("marac-research-on-time")).isEqualTo("83.3%");
        assertThat(row("marac-research", data.police.name())).containsExactly("6", "5", "83.3%");
        // actions due in 2025: 5 of 7 done by their due day (W5's June action late, one September action never done;
        // one done at 23:30 UK time on its due day is on time; the 2026 one is outside the period)
        assertThat(headline("marac-actions-on-time")).isEqualTo("71.4%");
        assertThat(report.headline("marac-actions-on-time").orElseThrow().detail()).startsWith("5 of 7");
    }

    @Test
    void maracVolumeOverPartOfAYearIsAYearlyRate() {
        IndicatorReport june = indicators.report(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30),
                data.area.id().value());
        // 5 cases in 30 days, 800 women: 5 x 10,000 x 365 / (800 x 30) = 760.4
        assertThat(june.headline("marac-per-10000").orElseThrow().value().text()).isEqualTo("760.4");
    }

    @Test
    void timeToTriageDecisionAndOutcomes() {
        // decided: 8 after 1 day, 5 the same day, 1 after 3 days, 1 after 10; median of 15 is 1
        assertThat(headline("triage-median")).isEqualTo("1");
        assertThat(report.table("triage-time").orElseThrow().title()).contains("first contact recorded once casework");
        assertThat(report.table("triage-time").orElseThrow().rows().stream().map(r -> r.cells().get(0).text()).toList())
                .as("same day 5, 1 day 8, 2-3 days 1, 4-7 days 0, over 7 days 1, waiting 4: the small three and the "
                        + "next smallest are hidden").containsExactly("[c]", "8", "<5", "0", "<5", "<5");
        assertThat(headline("decided")).isEqualTo("78.9%");
        assertThat(row("outcomes", "Outreach")).containsExactly("8", "42.1%");
        assertThat(row("outcomes", "Signpost")).containsExactly("<5", "[c]");
        assertThat(row("outcomes", "Refer to MARAC")).as("hidden with the small ones").containsExactly("[c]", "[c]");
        assertThat(row("outcomes", "No further action")).containsExactly("0", "0.0%");
    }

    @Test
    void splitsByAreaAndEqualityCharacteristicWithSmallNumbersSuppressed() {
        // referrals, police incidents, victims, % repeat, % children, high risk, last year, MARAC cases discussed,
        // % MARAC repeat, median
        assertThat(row("split-area", data.area.name()))
                .containsExactly("19", "9", "13", "46.2%", "47.4%", "6", "5", "6", "[c]", "1");
        assertThat(labels("split-sex")).containsExactly("Female", "Male");
        // one male victim: his figures are "<5", and the female ones hidden with them (they add up to the total)
        assertThat(row("split-sex", "Male").subList(0, 3)).containsExactly("<5", "<5", "<5");
        assertThat(row("split-sex", "Female").subList(0, 3)).containsExactly("[c]", "[c]", "[c]");
        assertThat(labels("split-age-band")).containsExactly("16-17", "25-34", "Not recorded");
        assertThat(labels("split-first-language")).containsExactly("English", "Urdu", "Not recorded");
        assertThat(labels("split-ethnicity")).containsExactly("Asian or Asian British: Pakistani",
                "Black, Black British, Caribbean or African: African",
                "White: English, Welsh, Scottish, Northern Irish or British");
        assertThat(labels("split-disability")).containsExactly("Yes", "No", "Not known");
        assertThat(labels("split-sexual-orientation")).containsExactly("Not recorded");
        assertThat(row("split-sexual-orientation", "Not recorded").subList(0, 5))
                .containsExactly("19", "9", "13", "46.2%", "47.4%");
        // outcomes by sex: rows and columns both protected
        // one man, under one outcome: zeros beside "<5" would name his outcome, so they are hidden too
        assertThat(row("outcomes-sex", "Male")).containsExactly("[c]", "[c]", "[c]", "[c]", "[c]", "<5", "[c]", "[c]",
                "[c]");
    }

    @Test
    void noCellOfAnyTableIsBetweenOneAndFour() {
        for (Table t : report.tables()) {
            for (Table.Row r : t.rows()) {
                for (int i = 0; i < r.cells().size(); i++) {
                    Cell c = r.cells().get(i);
                    if (c.isShown() && c.value() != null && t.columns().get(i).matches(
                            "Referrals|Police incidents|Victims|High-risk.*|MARAC cases discussed|Cases discussed|Repeats|"
                                    + "Research tasks|Returned on time|This period|Same month.*|"
                                    + "Partner-agency referrals|All referrals")) {
                        assertThat(c.value().longValue()).as("%s %s", t.id(), r.label())
                                .satisfiesAnyOf(v -> assertThat(v).isZero(), v -> assertThat(v).isGreaterThanOrEqualTo(5));
                    }
                    if (!c.isShown()) {
                        assertThat(c.value()).isNull();
                    }
                }
            }
        }
    }

    @Test
    void aPeriodTheWrongWayRoundOrAnUnknownAreaIsRefused() {
        assertThatThrownBy(() -> indicators.report(InsightsData.TO, InsightsData.FROM, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> indicators.report(InsightsData.FROM, InsightsData.TO, UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
