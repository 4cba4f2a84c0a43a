package org.hearth.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hearth.access.ApiClients;
import org.hearth.access.ApiScope;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.insights.Headline;
import org.hearth.insights.IndicatorReport;
import org.hearth.insights.Indicators;
import org.hearth.insights.Section;
import org.hearth.insights.Table;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.InvalidInputException;
import org.hearth.strategy.Bvpi225Assessments;
import org.hearth.strategy.Bvpi225Proposal;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Commissioning against a hand-built data set: each test takes its own financial year long ago, so the figures it
 * checks are only its own.
 */
@HearthIntegrationTest
class CommissioningTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Budgets budgets;
    @Autowired
    Contracts contracts;
    @Autowired
    Costs costs;
    @Autowired
    ApiClients apiClients;
    @Autowired
    Indicators indicators;
    @Autowired
    Bvpi225Assessments bvpi225;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void actAs(StaffUser u) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    private AgencyId agency(String name) {
        return fixtures.agency(Fixtures.uniqueName(name)).id();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    /** A year with three partners: IDVA £100,000 (council £60,000 and police £30,000 committed, health £15,000 pledged). */
    private AgencyId[] threePartners(FinancialYear y) {
        AgencyId council = agency("Council ");
        AgencyId police = agency("Police ");
        AgencyId health = agency("Health ");
        budgets.setBudget(y, "IDVA", 10_000_000L);
        budgets.contribute(y, "IDVA", council, 6_000_000L, ContributionStatus.COMMITTED, "Community safety grant");
        budgets.contribute(y, "IDVA", police, 3_000_000L, ContributionStatus.COMMITTED, "PCC victims fund");
        budgets.contribute(y, "IDVA", health, 1_500_000L, ContributionStatus.PLEDGED, "Public health grant");
        return new AgencyId[] {council, police, health};
    }

    @Test
    void spendVarianceAndTheYearsTableComeFromTheRecords() {
        FinancialYear y = new FinancialYear(1981);
        budgets.setBudget(y.previous(), "IDVA", 8_000_000L);
        threePartners(y);
        budgets.setBudget(y, "COORDINATION", 4_000_000L);
        budgets.recordSpend(y, "IDVA", 1, 2_500_000L, null);
        budgets.recordSpend(y, "IDVA", 2, 2_499_999L, null);
        StreamBudget idva = budgets.recordSpend(y, "IDVA", 2, 1L, null);
        assertThat(idva.spent()).isEqualTo(5_000_000L);
        assertThat(idva.spentIn(2)).isEqualTo(2_500_000L);
        assertThat(idva.variance()).isEqualTo(5_000_000L);
        assertThat(idva.committed()).isEqualTo(9_000_000L);
        assertThat(idva.pledged()).isEqualTo(1_500_000L);

        BudgetTable t = budgets.table(y);
        assertThat(t.partners()).hasSize(3);
        assertThat(t.total()).isEqualTo(14_000_000L);
        assertThat(t.previousTotal()).isEqualTo(8_000_000L);
        assertThat(t.rows().get(0).movement()).isEqualTo(2_000_000L);
        assertThat(t.rows().get(0).movementPercent()).contains(new BigDecimal("25.0"));
        assertThat(budgets.years()).contains(y, y.previous());

        budgets.setBudget(y, "IDVA", 12_000_000L);
        assertThat(budgets.year(y).get(0).budgetPence()).as("a budget is changed, not doubled").isEqualTo(12_000_000L);
    }

    @Test
    void spendAboveCommittedFundsNeedsANoteAndBadSpendIsRefusedWithNothingWritten() {
        FinancialYear y = new FinancialYear(1982);
        threePartners(y);
        budgets.recordSpend(y, "IDVA", 1, 8_000_000L, null);
        long before = count("commissioning_spend");
        assertThatThrownBy(() -> budgets.recordSpend(y, "IDVA", 2, 1_000_001L, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsEntry("note",
                        "This spend takes IDVA service to £90,000.01, above the £90,000 partners have committed: add a "
                                + "note saying why"));
        assertThatThrownBy(() -> budgets.recordSpend(y, "IDVA", 2, -100L, "refund"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsEntry("amount",
                        "Spend cannot be negative: record a refund by correcting the quarter's spend"));
        assertThatThrownBy(() -> budgets.recordSpend(y, "IDVA", 5, 100L, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("quarter"));
        assertThatThrownBy(() -> budgets.recordSpend(y, "REFUGE", 1, 100L, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get("stream"))
                        .startsWith("Set the budget for Refuge in 1982-83"));
        assertThat(count("commissioning_spend")).as("nothing half-saved").isEqualTo(before);
        // exactly the committed funds needs no note; a penny more does, and is kept with it
        budgets.recordSpend(y, "IDVA", 2, 1_000_000L, null);
        StreamBudget over = budgets.recordSpend(y, "IDVA", 3, 1L, "Agency staff cover for a vacancy");
        assertThat(over.spend()).extracting(Spend::note).contains("Agency staff cover for a vacancy");
        assertThat(over.variance()).isEqualTo(999_999L);
    }

    @Test
    void aContributionNeedsABudgetedStreamAPartnerAnAmountAndItsFund() {
        FinancialYear y = new FinancialYear(1983);
        long before = count("commissioning_contribution");
        assertThatThrownBy(() -> budgets.contribute(y, "IDVA", null, 0, null, ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().keySet())
                        .containsExactly("stream", "agency", "amount", "status", "sourceFund"));
        assertThat(count("commissioning_contribution")).isEqualTo(before);
    }

    @Test
    void kpisAreComputedOrEnteredAndRatedAgainstTarget() {
        FinancialYear y = new FinancialYear(1984);
        AgencyId provider = agency("Provider ");
        Contract c = contracts.create("Outreach", provider, "OUTREACH", 10_000_000L, y.firstDay(), y.lastDay(), null);
        Kpi entered = contracts.addKpi(c.id(), "Clients safer at exit", null, new BigDecimal("80"), "%", true);
        Kpi waiting = contracts.addKpi(c.id(), "Caseload", null, new BigDecimal("60"), "cases per FTE", false);
        Kpi computed = contracts.addKpi(c.id(), null, "MARAC_REFERRALS", new BigDecimal("5"), null, true);
        assertThat(computed.name()).isEqualTo("Referrals made to MARAC");
        assertThat(computed.unit()).as("the computed figure's unit").isEqualTo("referrals");
        contracts.enterReturn(c.id(), entered.id(), y, 2, new BigDecimal("71.99"));
        contracts.enterReturn(c.id(), waiting.id(), y, 2, new BigDecimal("66"));
        List<KpiResult> q2 = contracts.results(contracts.find(c.id()).orElseThrow(), y, 2);
        assertThat(q2).extracting(KpiResult::rag).containsExactly(KpiRag.RED, KpiRag.AMBER, KpiRag.RED);
        assertThat(q2.get(2).value()).as("no referrals to MARAC by a new agency").isEqualByComparingTo("0");
        contracts.enterReturn(c.id(), entered.id(), y, 2, new BigDecimal("80"));
        assertThat(contracts.results(contracts.find(c.id()).orElseThrow(), y, 2).get(0).rag()).isEqualTo(KpiRag.GREEN);
        assertThat(contracts.results(contracts.find(c.id()).orElseThrow(), y, 3).get(0).rag()).isEqualTo(KpiRag.NONE);
        assertThatThrownBy(() -> contracts.enterReturn(c.id(), computed.id(), y, 2, BigDecimal.ONE))
                .isInstanceOf(InvalidInputException.class);

        long before = count("commissioning_kpi");
        assertThatThrownBy(() -> contracts.addKpi(c.id(), "Clients housed", null, new BigDecimal("50"), " ", true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(Map.entry("unit", "Enter the unit of the target, for example % or cases")));
        assertThat(count("commissioning_kpi")).isEqualTo(before);
    }

    @Test
    void aContractEndingWithinSixMonthsIsInTheCoordinatorsWork() {
        AgencyId provider = agency("Refuge provider ");
        String title = Fixtures.uniqueName("Refuge contract ");
        LocalDate today = contracts.today();
        Contract c = contracts.create(title, provider, "REFUGE", 5_000_000L, today.minusYears(2),
                today.plusMonths(5), "6 months notice");
        String later = Fixtures.uniqueName("Later contract ");
        contracts.create(later, provider, "REFUGE", 5_000_000L, today.minusYears(2), today.plusMonths(7), null);
        assertThat(contracts.endingSoon(today)).extracting(Contract::title).contains(title).doesNotContain(later);

        WebSession coordinator = new WebSession(port);
        coordinator.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        Page home = coordinator.open("/");
        assertThat(home.html().text()).contains("Contracts ending", title).doesNotContain(later);
        Page list = coordinator.open("/commissioning/contracts");
        assertThat(list.html().select("tr[data-contract-id=" + c.id() + "]").text()).contains("Ends within 6 months");

        String contractPage = "/commissioning/contracts/" + c.id();
        assertThat(coordinator.open(contractPage).html().select("#add-kpi")).as("a KPI form for writers").isNotEmpty();
        assertThat(coordinator.open("/commissioning/costs").html().select("#add-estimate")).isNotEmpty();

        WebSession analyst = new WebSession(port);
        analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        assertThat(analyst.open("/").html().text()).doesNotContain(title);
        Page readOnly = analyst.open(contractPage);
        assertThat(readOnly.status()).isEqualTo(200);
        assertThat(readOnly.html().select("#add-kpi")).as("no KPI form for analysts").isEmpty();
        assertThat(analyst.open("/commissioning/costs").html().select("#add-estimate")).as("no estimate form").isEmpty();
    }

    @Test
    void theBoardReportShowsSpendByStreamAndPartnerKpisAndUnitCosts() {
        FinancialYear y = new FinancialYear(1985);
        AgencyId[] partners = threePartners(y);
        budgets.recordSpend(y, "IDVA", 1, 2_000_000L, null);
        budgets.recordSpend(y, "IDVA", 3, 3_000_000L, null);
        IndicatorReport report = indicators.report(y.quarterStart(1), y.quarterEnd(2), null);
        assertThat(report.headline("commissioning-budget").map(Headline::value).map(v -> v.text())).contains("£100,000");
        assertThat(report.headline("commissioning-spent").map(h -> h.value().text())).as("Q1 only")
                .contains("£20,000");
        Table streams = report.table("commissioning-streams").orElseThrow();
        assertThat(streams.section()).isEqualTo(Section.COMMISSIONING.name());
        assertThat(streams.rows().get(0).cells()).extracting(cell -> cell.text())
                .containsExactly("£100,000", "£90,000", "£15,000", "£20,000", "£50,000", "£50,000");
        Table byPartner = report.table("commissioning-partners").orElseThrow();
        assertThat(byPartner.rows()).hasSize(3);
        assertThat(report.table("commissioning-unit-costs").orElseThrow().rows().get(0).cells().get(1).text())
                .as("no contract in the stream: cases not counted").isEqualTo("–");
        assertThat(indicators.report(y.quarterStart(1), y.quarterEnd(2), fixtures.agency("x").area() == null
                ? null : null).tables(Section.COMMISSIONING)).isNotEmpty();
        assertThat(indicators.report(LocalDate.of(1970, 4, 1), LocalDate.of(1970, 6, 30), null)
                .tables(Section.COMMISSIONING)).as("a year without a budget adds nothing").isEmpty();
        assertThat(partners).hasSize(3);
    }

    @Test
    void bvpi225Item3IsProposedFromACommittedCoordinationBudget() {
        FinancialYear y = new FinancialYear(1986);
        Bvpi225Proposal none = bvpi225.proposals(y.quarterStart(2)).get(2);
        assertThat(none.question()).isEqualTo(3);
        assertThat(none.yes()).isNull();
        budgets.setBudget(y, "COORDINATION", 3_000_000L);
        assertThat(bvpi225.proposals(y.quarterStart(2)).get(2).yes()).as("budgeted, nothing committed").isFalse();
        budgets.contribute(y, "COORDINATION", agency("Council "), 3_000_000L, ContributionStatus.COMMITTED, "Grant");
        Bvpi225Proposal yes = bvpi225.proposals(y.quarterStart(2)).get(2);
        assertThat(yes.yes()).isTrue();
        assertThat(yes.workings()).containsExactly(
                "Partnership coordination 1986-87: budget £30,000, committed £30,000, pledged £0");
    }

    @Test
    void aCoordinatorBuildsTheYearThroughThePageAndDownloadsTheWorkbook() throws Exception {
        FinancialYear y = new FinancialYear(1987);
        String council = Fixtures.uniqueName("Council ");
        AgencyId councilId = fixtures.agency(council).id();
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        String path = "/commissioning/years/" + y.label();
        assertThat(web.open(path).html().select("#no-budget")).isNotEmpty();
        Page bad = web.post(path + "/budgets", Map.of("budgetStream", "IDVA", "budgetAmount", "lots"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorSummary()).contains("Enter the budget in pounds");
        assertThat(web.post(path + "/budgets", Map.of("budgetStream", "IDVA", "budgetAmount", "£50,000")).status())
                .isEqualTo(303);
        web.open(path);
        assertThat(web.post(path + "/contributions", Map.of("contributionStream", "IDVA", "agency",
                councilId.value().toString(), "contributionAmount", "40000", "status", "COMMITTED", "sourceFund",
                "Community safety grant")).status()).isEqualTo(303);
        web.open(path);
        Page over = web.post(path + "/spend", Map.of("spendStream", "IDVA", "quarter", "1", "spendAmount", "40000.01"));
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.html().select("#note-error").text()).contains("add a note saying why");
        assertThat(over.html().select("#spendAmount").attr("value")).as("what was typed is kept").isEqualTo("40000.01");
        assertThat(web.post(path + "/spend", Map.of("spendStream", "IDVA", "quarter", "1", "spendAmount", "12500.50"))
                .status()).isEqualTo(303);
        Page page = web.open(path);
        assertThat(page.html().select("#stream-IDVA").text()).contains("£50,000", "£40,000", "£12,500.50", "£37,499.50");
        assertThat(page.html().select("#partner-table").text()).contains(council);

        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + path + "/budget.xlsx")).header("Cookie", "HEARTH_SESSION="
                        + web.sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = wb.getSheet("Budget " + y.label());
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(council);
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(40000.0);
            assertThat(wb.getSheet("Spend by quarter").getRow(1).getCell(3).getNumericCellValue()).isEqualTo(12500.5);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'commissioning_budget' AND action = 'EXPORT'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void analystsReadFiguresOnlyAndOtherRolesSeeNothing() {
        FinancialYear y = new FinancialYear(1988);
        String path = "/commissioning/years/" + y.label();
        WebSession analyst = new WebSession(port);
        analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        assertThat(analyst.open(path).status()).isEqualTo(200);
        assertThat(analyst.open(path).html().select("#budget-form")).as("no forms for analysts").isEmpty();
        long before = count("commissioning_budget");
        assertThat(analyst.post(path + "/budgets", Map.of("budgetStream", "IDVA", "budgetAmount", "5")).status())
                .isEqualTo(403);
        assertThat(count("commissioning_budget")).isEqualTo(before);
        budgets.setBudget(y, "IDVA", 1_000L);
        budgets.contribute(y, "IDVA", agency("Council "), 1_000L, ContributionStatus.COMMITTED, "Grant");
        long spends = count("commissioning_spend");
        String csrf = analyst.open("/commissioning").csrf();
        Page posted = analyst.send(java.net.http.HttpRequest.newBuilder(analyst.uri("/api/commissioning/spend"))
                .header("Content-Type", "application/json").header("Accept", "application/problem+json")
                .header("X-CSRF-TOKEN", csrf).POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"year\":\"" + y.label() + "\",\"stream\":\"IDVA\",\"quarter\":1,\"amountPence\":5}")));
        assertThat(posted.status()).as("an analyst posts no spend through the API").isEqualTo(403);
        assertThat(count("commissioning_spend")).isEqualTo(spends);
        assertThat(analyst.get("/api/commissioning/budgets/" + y.label()).status()).isEqualTo(200);
        WebSession practitioner = new WebSession(port);
        practitioner.signIn(fixtures.enrolledUser(Role.PRACTITIONER));
        assertThat(practitioner.open(path).status()).isEqualTo(403);
        assertThat(practitioner.open("/commissioning/contracts").status()).isEqualTo(403);
        assertThat(practitioner.open("/commissioning/costs").status()).isEqualTo(403);
        assertThat(practitioner.get("/api/commissioning/budgets/" + y.label()).status()).isEqualTo(403);
        WebSession admin = new WebSession(port);
        admin.signIn(fixtures.enrolledUser(Role.SYSTEM_ADMIN));
        assertThat(admin.open("/commissioning").status()).isEqualTo(403);
    }

    @Test
    void theFirstAndLastYearsHaveNoPageOfTheirOwnAsTheirNeighboursDoNotExist() {
        WebSession analyst = new WebSession(port);
        analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        for (String year : List.of("1900-01", "2998-99")) {
            assertThat(analyst.open("/commissioning/years/" + year).status()).as(year).isEqualTo(404);
            // the pages choosing a year by a parameter show the current one instead
            for (String page : List.of("/commissioning/safe-accommodation?year=", "/commissioning/costs?year=")) {
                Page shown = analyst.open(page + year);
                assertThat(shown.status()).as(page + year).isEqualTo(200);
                assertThat(shown.html().select("h1").text()).as(page + year).doesNotContain(year);
            }
        }
        assertThat(analyst.open("/commissioning/years/1901-02").status()).isEqualTo(200);
        assertThat(analyst.open("/commissioning/years/2997-98").status()).isEqualTo(200);
    }

    @Test
    void aFinanceSystemReadsBudgetsAndPostsSpendWithItsScopesOnly() {
        FinancialYear y = new FinancialYear(1989);
        threePartners(y);
        actAs(fixtures.enrolledUser(Role.SYSTEM_ADMIN).user());
        AgencyId finance = agency("Finance ");
        String reader = apiClients.create(Fixtures.uniqueName("Ledger reader"), finance,
                Set.of(ApiScope.COMMISSIONING_READ)).token();
        String writer = apiClients.create(Fixtures.uniqueName("Ledger"), finance,
                Set.of(ApiScope.COMMISSIONING_SPEND_WRITE)).token();
        String other = apiClients.create(Fixtures.uniqueName("Case system"), finance,
                Set.of(ApiScope.CASEWORK_READ)).token();
        signOut();
        Page read = api(reader, "GET", "/api/commissioning/budgets/" + y.label(), null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("\"stream\":\"IDVA\"", "\"budgetPence\":10000000", "\"committedPence\":9000000");
        assertThat(api(other, "GET", "/api/commissioning/budgets/" + y.label(), null).status()).isEqualTo(403);
        assertThat(api(writer, "GET", "/api/commissioning/budgets/" + y.label(), null).status()).isEqualTo(403);
        assertThat(api(reader, "POST", "/api/commissioning/spend", "{}").status()).isEqualTo(403);

        Page posted = api(writer, "POST", "/api/commissioning/spend",
                "{\"year\":\"" + y.label() + "\",\"stream\":\"IDVA\",\"quarter\":1,\"amountPence\":123456}");
        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.body()).contains("\"spentPence\":123456");
        assertThat(jdbc.sql("SELECT count(*) FROM commissioning_spend WHERE api_client_id IS NOT NULL AND amount_pence = 123456")
                .query(Long.class).single()).isEqualTo(1);

        long before = count("commissioning_spend");
        Page negative = api(writer, "POST", "/api/commissioning/spend",
                "{\"year\":\"" + y.label() + "\",\"stream\":\"IDVA\",\"quarter\":1,\"amountPence\":-5}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("\"field\":\"amountPence\"", "Spend cannot be negative");
        Page unexplained = api(writer, "POST", "/api/commissioning/spend",
                "{\"year\":\"" + y.label() + "\",\"stream\":\"IDVA\",\"quarter\":2,\"amountPence\":9000000}");
        assertThat(unexplained.status()).isEqualTo(400);
        assertThat(unexplained.body()).contains("\"field\":\"note\"", "add a note saying why");
        Page noYear = api(writer, "POST", "/api/commissioning/spend", "{\"year\":\"1989\",\"amountPence\":1}");
        assertThat(noYear.status()).isEqualTo(400);
        assertThat(noYear.body()).contains("\"field\":\"year\"");
        assertThat(count("commissioning_spend")).as("nothing half-saved").isEqualTo(before);
    }

    @Test
    void aKpiTargetWithoutAUnitIsAProblemDetailInTheApi() {
        AgencyId provider = agency("Provider ");
        Contract c = contracts.create("IDVA", provider, "IDVA", 1_000L, LocalDate.of(1990, 4, 1),
                LocalDate.of(1991, 3, 31), null);
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        String csrf = web.open("/commissioning/contracts").csrf();
        Page refused = web.send(HttpRequest.newBuilder(web.uri("/api/commissioning/contracts/" + c.id() + "/kpis"))
                .header("Content-Type", "application/json").header("Accept", "application/problem+json")
                .header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Clients housed\",\"target\":50}")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"unit\"", "Enter the unit of the target, for example % or cases");
        assertThat(contracts.find(c.id()).orElseThrow().kpis()).isEmpty();
    }

    @Test
    void theCostModelSharesEachNationalEstimateByPopulation() {
        FinancialYear y = new FinancialYear(1979);
        budgets.setBudget(y, "IDVA", 1_000_000L);
        budgets.contribute(y, "IDVA", agency("Council "), 1_000_000L, ContributionStatus.COMMITTED, "Grant");
        budgets.recordSpend(y, "IDVA", 1, 600_000L, null);
        CostModel model = costs.model(y);
        assertThat(model.totalSpend()).isEqualTo(600_000L);
        assertThat(model.highRisk().spent()).isEqualTo(600_000L);
        assertThat(costs.estimates()).extracting(CostEstimate::year).contains(2004, 2019);
        if (model.population() != null) {
            assertThat(model.areaCosts()).allSatisfy(a -> assertThat(a.areaShare())
                    .isEqualTo(a.estimate().areaShare(model.population())));
        }
        assertThatThrownBy(() -> costs.addEstimate("", 0, 0, "", 1800)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errors().keySet()).containsExactly("label",
                        "nationalCost", "nationalPopulation", "source", "year"));
    }

    private Page api(String token, String method, String path, String json) {
        WebSession web = new WebSession(port);
        HttpRequest.Builder b = HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json");
        if (json == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return web.send(b);
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
