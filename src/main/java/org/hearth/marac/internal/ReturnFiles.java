package org.hearth.marac.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.hearth.insights.Cell;
import org.hearth.marac.ReturnLine;
import org.hearth.marac.SafeLivesReturn;
import org.hearth.platform.export.FormulaSafe;
import org.hearth.platform.export.XlsxStyle;

/** A SafeLives return as CSV and XLSX: the heading lines, then one row a figure (figure, number, %, note). */
final class ReturnFiles {

    static final String[] COLUMNS = {"Figure", "Number", "Percentage or rate", "Note"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReturnFiles() {
    }

    static String title(SafeLivesReturn r) {
        return r.meeting() != null ? "SafeLives MARAC data return: " + r.maracName() + ", meeting of " + DAY.format(r.from())
                : "SafeLives MARAC data return: " + r.maracName() + ", " + DAY.format(r.from()) + " to "
                        + DAY.format(r.to());
    }

    static byte[] csv(SafeLivesReturn r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter out = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            FormulaSafe.printRecord(out, title(r), "", "", r.suppressed()
                    ? "Small numbers suppressed: <5 is 1 to 4, [c] hidden so a small number cannot be worked out" : "");
            FormulaSafe.printRecord(out, (Object[]) COLUMNS);
            for (ReturnLine l : r.lines()) {
                FormulaSafe.printRecord(out, l.label(), csvValue(l.number()), csvValue(l.share()), l.note());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String csvValue(Cell c) {
        if (c.status() == Cell.Status.NONE) {
            return "";
        }
        return c.isShown() && c.value() != null ? c.value().toString() : c.text();
    }

    static byte[] xlsx(SafeLivesReturn r) {
        return XlsxStyle.xlsx(wb -> {
            CellStyle bold = XlsxStyle.bold(wb);
            Sheet sheet = wb.createSheet("Return");
            Row t = sheet.createRow(0);
            FormulaSafe.text(t.createCell(0), title(r));
            t.getCell(0).setCellStyle(bold);
            if (r.suppressed()) {
                FormulaSafe.text(sheet.createRow(1).createCell(0), "Small numbers suppressed: <5 is 1 to 4, [c] hidden "
                        + "so a small number cannot be worked out");
            }
            Row head = sheet.createRow(3);
            for (int i = 0; i < COLUMNS.length; i++) {
                FormulaSafe.text(head.createCell(i), COLUMNS[i]);
                head.getCell(i).setCellStyle(bold);
            }
            int n = 4;
            for (ReturnLine l : r.lines()) {
                Row row = sheet.createRow(n++);
                FormulaSafe.text(row.createCell(0), l.label());
                value(row, 1, l.number());
                value(row, 2, l.share());
                FormulaSafe.text(row.createCell(3), l.note());
            }
            sheet.setColumnWidth(0, 60 * 256);
            sheet.setColumnWidth(1, 12 * 256);
            sheet.setColumnWidth(2, 20 * 256);
            sheet.setColumnWidth(3, 100 * 256);
        });
    }

    private static void value(Row row, int col, Cell cell) {
        if (cell.status() != Cell.Status.NONE) {
            FormulaSafe.numberOr(row.createCell(col), cell.isShown() ? cell.value() : null, cell.text());
        }
    }
}
