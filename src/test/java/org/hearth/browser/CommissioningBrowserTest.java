package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hearth.access.Role;
import org.hearth.commissioning.FinancialYear;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The coordinator sets up a year's budget with three partners, records spend (one over the committed funds, which
 * needs a note), and downloads the board pack with the commissioning section. The year is far ahead, so no other
 * test's budget is in it.
 */
@HearthIntegrationTest
class CommissioningBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Test
    void aCoordinatorBudgetsAYearWithThreePartnersRecordsSpendAndDownloadsTheBoardPack() throws Exception {
        FinancialYear y = new FinancialYear(ThreadLocalRandom.current().nextInt(2300, 2900));
        String council = Fixtures.uniqueName("Council ");
        String police = Fixtures.uniqueName("Police ");
        String health = Fixtures.uniqueName("Health ");
        fixtures.agency(council);
        fixtures.agency(police);
        fixtures.agency(health);

        WebDriver driver = chromium.driver();
        var coordinator = fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR);
        LoginPage.open(driver, base()).signIn(coordinator.username(), coordinator.password())
                .enterCode(coordinator.code(0));

        CommissioningYearPage year = CommissioningYearPage.open(driver, base(), y.label());
        year = year.setBudget("IDVA", "100000").setBudget("COORDINATION", "40000");
        year = year.contribute("IDVA", council, "60000", "COMMITTED", "Community safety grant")
                .contribute("IDVA", police, "30000", "COMMITTED", "Police and Crime Commissioner victims fund")
                .contribute("IDVA", health, "15000", "PLEDGED", "Public health grant")
                .contribute("COORDINATION", council, "40000", "COMMITTED", "Community safety grant");
        year = year.recordSpend("IDVA", 1, "45000", null);
        year = year.recordSpend("IDVA", 2, "45000.01", null);
        assertThat(year.errorSummary()).contains("above the £90,000 partners have committed: add a note saying why");
        year = year.recordSpend("IDVA", 2, "45000.01", "Agency cover while two IDVAs were recruited");
        year = year.recordSpend("COORDINATION", 1, "10000", null);
        assertThat(year.streamRow("IDVA")).contains("£100,000", "£90,000", "£15,000", "£45,000", "£45,000.01",
                "£90,000.01", "£9,999.99");
        assertThat(year.partnerTable()).contains(council, police, health, "£100,000", "£140,000");
        chromium.screenshot("commissioning-year");

        driver.get(base() + "/insights/reports/new");
        type(driver, "title", "Board pack " + y.label());
        type(driver, "from.day", "1");
        type(driver, "from.month", "4");
        type(driver, "from.year", String.valueOf(y.start()));
        type(driver, "to.day", "31");
        type(driver, "to.month", "3");
        type(driver, "to.year", String.valueOf(y.start() + 1));
        new Select(driver.findElement(By.id("area"))).selectByIndex(0);
        Page.clickAndLeave(driver, By.cssSelector("main form button[type=submit]"));
        String xlsxHref = driver.findElement(By.id("download-xlsx")).getDomAttribute("href");
        String pdfHref = driver.findElement(By.id("download-pdf")).getDomAttribute("href");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .reduce((a, b) -> a + "; " + b).orElseThrow();

        HttpResponse<byte[]> xlsx = download(xlsxHref, cookies);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet streams = wb.getSheet("commissioning-streams");
            assertThat(streams).as("the spend by stream sheet").isNotNull();
            assertThat(text(wb)).contains("Commissioning and value for money", "IDVA service", council);
            assertThat(wb.getSheet("commissioning-partners")).isNotNull();
            assertThat(wb.getSheet("commissioning-kpi-rag")).isNotNull();
            assertThat(wb.getSheet("commissioning-unit-costs")).isNotNull();
        }
        HttpResponse<byte[]> pdf = download(pdfHref, cookies);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Commissioning and value for money",
                    "Spend by work stream", "Contributions by partner", "Unit costs");
        }
    }

    private static String text(XSSFWorkbook wb) {
        StringBuilder out = new StringBuilder();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                row.forEach(cell -> out.append(cell.toString()).append(' '));
            }
        }
        return out.toString();
    }

    private HttpResponse<byte[]> download(String href, String cookies) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void type(WebDriver driver, String id, String text) {
        var input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private String base() {
        return "http://localhost:" + port;
    }

}
