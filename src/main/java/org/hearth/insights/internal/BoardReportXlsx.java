package org.hearth.insights.internal;

import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.hearth.platform.export.FormulaSafe;
import org.hearth.platform.export.XlsxStyle;
import org.hearth.insights.Cell;
import org.hearth.insights.Headline;
import org.hearth.insights.Section;
import org.hearth.insights.Table;
import org.hearth.strategy.ObjectiveLine;

/**
 * The board report as an Excel workbook (Apache POI): a "Report" sheet with the headlines, commentary, BVPI 225
 * score and strategy status, then one sheet per table. Shown figures are numbers; hidden ones the text "&lt;5" or
 * "[c]", never the value.
 */
final class BoardReportXlsx {

    private BoardReportXlsx() {
    }

    static byte[] render(BoardReportContent c) {
        return XlsxStyle.xlsx(wb -> {
            CellStyle bold = XlsxStyle.bold(wb);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);

            Sheet report = wb.createSheet("Report");
            int r = 0;
            r = line(report, r, bold, c.report().title());
            r = line(report, r, null, c.partnership());
            r = pair(report, r, bold, "Period", c.period());
            r = pair(report, r, bold, "Scope", c.scope());
            r = pair(report, r, bold, "Population", c.indicators().population() == null ? "Not recorded"
                    : String.valueOf(c.indicators().population()));
            r = pair(report, r, bold, "Small numbers", BoardReportContent.SUPPRESSION);
            r++;
            Row head = report.createRow(r++);
            String[] heads = {"Section", "Indicator", "Value", "How it is worked out"};
            for (int i = 0; i < heads.length; i++) {
                FormulaSafe.text(head.createCell(i), heads[i]);
                head.getCell(i).setCellStyle(bold);
            }
            for (Section section : Section.values()) {
                for (Headline h : c.indicators().headlines(section)) {
                    Row row = report.createRow(r++);
                    FormulaSafe.text(row.createCell(0), section.title());
                    FormulaSafe.text(row.createCell(1), h.label());
                    value(row, 2, h.value());
                    FormulaSafe.text(row.createCell(3), h.detail());
                }
            }
            r++;
            r = pair(report, r, bold, "BVPI 225 score", c.bvpi225Text());
            for (var a : c.bvpi225History()) {
                r = pair(report, r, null, "Reported " + a.period(), a.score().text());
            }
            r++;
            if (c.strategy().isEmpty()) {
                r = pair(report, r, bold, "Strategy status", "No adopted strategy covers the end of the period");
            } else {
                var s = c.strategy().get();
                r = pair(report, r, bold, "Strategy", s.title());
                r = pair(report, r, null, "Open actions", String.valueOf(s.openActions()));
                r = pair(report, r, null, "Overdue actions", String.valueOf(s.overdueActions()));
                r = pair(report, r, null, "Red / amber / green", s.redActions() + " / " + s.amberActions() + " / "
                        + s.greenActions());
                for (ObjectiveLine o : s.objectives()) {
                    Row row = report.createRow(r++);
                    FormulaSafe.text(row.createCell(0), o.theme());
                    FormulaSafe.text(row.createCell(1), o.objective());
                    FormulaSafe.text(row.createCell(2), o.status());
                    FormulaSafe.text(row.createCell(3), o.previousStatus() == null ? "" : "Before: " + o.previousStatus());
                }
            }
            r++;
            Row ch = report.createRow(r++);
            FormulaSafe.text(ch.createCell(0), "Commentary");
            ch.getCell(0).setCellStyle(bold);
            for (Section section : Section.values()) {
                Row row = report.createRow(r++);
                FormulaSafe.text(row.createCell(0), section.title());
                FormulaSafe.text(row.createCell(1), c.report().commentary(section));
                row.getCell(1).setCellStyle(wrap);
            }
            report.setColumnWidth(0, 34 * 256);
            report.setColumnWidth(1, 60 * 256);
            report.setColumnWidth(2, 14 * 256);
            report.setColumnWidth(3, 90 * 256);

            Set<String> names = new HashSet<>(Set.of("Report"));
            for (Table table : c.indicators().tables()) {
                String name = WorkbookUtil.createSafeSheetName(table.id());
                if (name.length() > 31) {
                    name = name.substring(0, 31);
                }
                while (!names.add(name)) {
                    name = name.substring(0, Math.min(28, name.length())) + names.size();
                }
                Sheet sheet = wb.createSheet(name);
                int tr = 0;
                line(sheet, tr++, bold, table.title());
                line(sheet, tr++, null, table.description());
                Row th = sheet.createRow(++tr);
                FormulaSafe.text(th.createCell(0), table.rowHeading());
                th.getCell(0).setCellStyle(bold);
                for (int i = 0; i < table.columns().size(); i++) {
                    FormulaSafe.text(th.createCell(i + 1), table.columns().get(i));
                    th.getCell(i + 1).setCellStyle(bold);
                }
                tr++;
                for (Table.Row tableRow : table.rows()) {
                    Row row = sheet.createRow(tr++);
                    FormulaSafe.text(row.createCell(0), tableRow.label());
                    for (int i = 0; i < tableRow.cells().size(); i++) {
                        value(row, i + 1, tableRow.cells().get(i));
                    }
                }
                sheet.setColumnWidth(0, 40 * 256);
            }
        });
    }

    private static void value(Row row, int col, Cell cell) {
        FormulaSafe.numberOr(row.createCell(col), cell.isShown() ? cell.value() : null, cell.text());
    }

    private static int line(Sheet sheet, int r, CellStyle style, String text) {
        Row row = sheet.createRow(r);
        FormulaSafe.text(row.createCell(0), text);
        if (style != null) {
            row.getCell(0).setCellStyle(style);
        }
        return r + 1;
    }

    private static int pair(Sheet sheet, int r, CellStyle style, String key, String value) {
        Row row = sheet.createRow(r);
        FormulaSafe.text(row.createCell(0), key);
        if (style != null) {
            row.getCell(0).setCellStyle(style);
        }
        FormulaSafe.text(row.createCell(1), value);
        return r + 1;
    }
}
