package org.hearth.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/**
 * Board reports: a coordinator starts one for a period and area, writes commentary, and downloads the PDF (its
 * pages and text read back with PDFBox) and the workbook (its cells read back with POI).
 */
@HearthIntegrationTest
class BoardReportTest {

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
    @Autowired
    BoardReports reports;
    @Autowired
    java.util.List<org.hearth.insights.IndicatorSource> sources;

    InsightsData data;

    @BeforeEach
    void build() {
        data = new InsightsData(partnerships, fixtures, jdbc, events, tx);
    }

    private byte[] download(WebSession web, String path, String type) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + path)).header("Cookie", "HEARTH_SESSION=" + web.sessionCookie()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(type);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment",
                "board-report-2025-01-01-to-2025-12-31");
        return response.body();
    }

    private String startReport(WebSession web, String title) {
        web.open("/insights/reports/new");
        Page created = web.post("/insights/reports", Map.of("title", title, "from", "2025-01-01", "to", "2025-12-31",
                "area", data.area.id().value().toString()));
        assertThat(created.status()).isEqualTo(303);
        assertThat(created.location()).contains("/insights/reports/");
        return created.location().substring(created.location().indexOf("/insights/reports/"));
    }

    @Test
    void aCoordinatorWritesCommentaryAndDownloadsThePdfAndTheWorkbook() throws Exception {
        String title = Fixtures.uniqueName("Board report ");
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        String path = startReport(web, title);
        Page page = web.open(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo(title);
        Page saved = web.post(path, Map.of("commentary-volume", "Police incidents rose after the summer campaign.",
                "commentary-high-risk", "More high-risk victims identified than last year.", "commentary-strategy", ""));
        assertThat(saved.status()).isEqualTo(303);
        Page after = web.open(saved.location());
        assertThat(after.html().selectFirst("#commentary-volume").text())
                .isEqualTo("Police incidents rose after the summer campaign.");

        byte[] pdf = download(web, path + "/report.pdf", "application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).as("a landscape report of some pages").isBetween(4, 40);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(title, "1 January 2025 to 31 December 2025", "Area: " + data.area.name(),
                    "Incidents and referrals", "Police incidents rose after the summer campaign.",
                    "More high-risk victims identified than last year.", "BVPI 225 score", "Strategy status",
                    "Police incidents per 1,000 population", "4.5", "46.2%", "47.4%", "+20.0%", "<5", "[c]",
                    "page " + pages);
            assertThat(text).doesNotContain("page " + (pages + 1)).doesNotContain(data.name(data.m));
        }

        byte[] xlsx = download(web, path + "/report.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet report = wb.getSheet("Report");
            assertThat(report.getRow(0).getCell(0).getStringCellValue()).isEqualTo(title);
            assertThat(value(report, "Police incidents")).isEqualTo(9.0);
            assertThat(value(report, "Police incidents per 1,000 population")).isEqualTo(4.5);
            assertThat(value(report, "High-risk victims identified")).isEqualTo(6.0);
            assertThat(texts(report)).contains("Police incidents rose after the summer campaign.");
            Sheet byArea = wb.getSheet("by-area");
            Row area = find(byArea, data.area.name());
            assertThat(area.getCell(1).getNumericCellValue()).isEqualTo(9.0);
            assertThat(area.getCell(3).getNumericCellValue()).isEqualTo(4.5);
            Row male = find(wb.getSheet("split-sex"), "Male");
            assertThat(male.getCell(1).getCellType()).as("a hidden figure is text, never its value").isEqualTo(CellType.STRING);
            assertThat(male.getCell(1).getStringCellValue()).isEqualTo("<5");
            // the daily hub's and Operation Encompass's tables come from their modules' IndicatorSource beans
            assertThat(wb.getSheet("hub-decisions")).isNotNull();
            assertThat(wb.getSheet("encompass-timeliness")).isNotNull();
            // other modules' tables (IndicatorSource beans) each have a sheet of their own too
            int sourceTables = sources.stream().mapToInt(x -> x.figures(java.time.LocalDate.of(2025, 1, 1),
                    java.time.LocalDate.of(2025, 12, 31), data.area.id().value()).tables().size()).sum();
            assertThat(wb.getNumberOfSheets()).as("the report, 9 tables (2 of them MARAC by agency and research on time), "
                    + "2 a dimension, and the other modules' tables").isEqualTo(1 + 9 + 2 * Dimension.values().length + sourceTables);
        }
    }

    /** Issue 10, point 15: typed text that a spreadsheet would run as a formula is written with a quote. */
    @Test
    void theWorkbookNeverHoldsAFormulaFromTypedText() throws Exception {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        String title = "-2+3+cmd|' /C calc'!A0 " + Fixtures.uniqueName("R");
        String path = startReport(web, title);
        web.open(path);
        String formula = "=HYPERLINK(\"http://evil.example\",\"Click\")";
        assertThat(web.post(path, Map.of("commentary-volume", formula, "commentary-high-risk", "@SUM(A1:A9)"))
                .status()).isEqualTo(303);
        byte[] xlsx = download(web, path + "/report.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet report = wb.getSheet("Report");
            assertThat(report.getRow(0).getCell(0).getStringCellValue()).isEqualTo("'" + title);
            assertThat(texts(report)).contains("'" + formula, "'@SUM(A1:A9)").doesNotContain(formula);
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    row.forEach(c -> {
                        assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()) {
                            assertThat(c.getStringCellValue().charAt(0)).as(c.getStringCellValue())
                                    .isNotIn('=', '@', '\t', '\r');
                        }
                    });
                }
            }
            assertThat(value(report, "Police incidents")).as("numbers stay numbers").isEqualTo(9.0);
        }
    }

    @Test
    void overLongCommentaryIsRefusedAndNothingIsSaved() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.SYSTEM_ADMIN));
        String path = startReport(web, Fixtures.uniqueName("Long "));
        web.open(path);
        Page page = web.post(path, Map.of("commentary-marac", "x".repeat(10_001), "commentary-volume", "Kept?"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.errorSummary()).contains("Commentary for \u201cMARAC\u201d must be 10,000 characters or fewer");
        assertThat(page.html().selectFirst("#commentary-volume").text()).as("what was typed is kept").isEqualTo("Kept?");
        BoardReportId id = new BoardReportId(java.util.UUID.fromString(path.substring(path.lastIndexOf('/') + 1)));
        assertThat(reports.find(id).orElseThrow().commentary()).isEmpty();
    }

    @Test
    void aReportNeedsATitleAndAPeriod() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        web.open("/insights/reports/new");
        Page page = web.post("/insights/reports", Map.of("title", " ", "from", "2025-02-30", "to", ""));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().title()).startsWith("Error: Start a board report");
        assertThat(page.html().select(".govuk-error-summary a").eachAttr("href")).containsExactly("#title", "#from", "#to");
    }

    @Test
    void analystsReadAndDownloadButDoNotWrite() throws Exception {
        WebSession coordinator = new WebSession(port);
        coordinator.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        String path = startReport(coordinator, Fixtures.uniqueName("Analysed "));
        WebSession analyst = new WebSession(port);
        analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        assertThat(analyst.get("/insights/reports").status()).isEqualTo(200);
        Page page = analyst.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("textarea")).isEmpty();
        assertThat(download(analyst, path + "/report.pdf", "application/pdf")).isNotEmpty();
        assertThat(analyst.get("/insights/reports/new").status()).isEqualTo(403);
        String csrf = analyst.get("/insights/reports").csrf();
        assertThat(analyst.postRaw(path, Map.of("_csrf", csrf, "commentary-volume", "No")).status()).isEqualTo(403);
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUser(Role.HUB_COORDINATOR));
        assertThat(hub.get(path).status()).isEqualTo(403);
        assertThat(coordinator.get("/insights/reports/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(coordinator.get("/insights/reports/not-an-id/report.pdf").status()).isEqualTo(404);
    }

    private static Double value(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING
                    && row.getCell(1).getStringCellValue().equals(label)) {
                return row.getCell(2).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static Row find(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            row.forEach(c -> {
                if (c.getCellType() == CellType.STRING) {
                    texts.add(c.getStringCellValue());
                }
            });
        }
        return texts;
    }
}
