package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.hearth.platform.export.FormulaSafe;
import org.junit.jupiter.api.Test;

/** Issue 10, point 15: OWASP's rule for CSV and spreadsheet cells, numbers untouched. */
class FormulaSafeTest {

    @Test
    void textThatASpreadsheetWouldRunGetsAQuote() {
        for (String risky : List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "-2+3+cmd|x",
                "@SUM(A1)", "\t=1", "\r=1")) {
            assertThat(FormulaSafe.text(risky)).as(risky).isEqualTo("'" + risky);
        }
        assertThat(FormulaSafe.text("NP/123")).isEqualTo("NP/123");
        assertThat(FormulaSafe.text("")).isEmpty();
        assertThat(FormulaSafe.text(null)).isNull();
    }

    @Test
    void numbersStayNumbers() {
        assertThat(FormulaSafe.value(-12)).isEqualTo(-12);
        assertThat(FormulaSafe.value(4.5)).isEqualTo(4.5);
        assertThat(FormulaSafe.text("-12.5")).isEqualTo("-12.5");
        assertThat(FormulaSafe.text("+20.0%")).isEqualTo("+20.0%");
        assertThat(FormulaSafe.text("-1,234")).isEqualTo("-1,234");
    }

    @Test
    void aCsvReadBackHoldsTheQuotedTextAndTheNumbers() throws Exception {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            FormulaSafe.printRecord(csv, 7, "=HYPERLINK(\"http://evil.example\")", "fine");
        }
        CSVRecord record = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords().get(0);
        assertThat(record.get(0)).isEqualTo("7");
        assertThat(record.get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(record.get(2)).isEqualTo("fine");
    }
}
