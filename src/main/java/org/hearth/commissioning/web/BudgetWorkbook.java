package org.hearth.commissioning.web;

import static org.hearth.platform.export.FormulaSafe.text;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.hearth.commissioning.BudgetTable;
import org.hearth.commissioning.FinancialYear;
import org.hearth.commissioning.Money;
import org.hearth.commissioning.StreamBudget;
import org.hearth.platform.export.XlsxStyle;

/**
 * A year's budget as an Excel workbook (Apache POI, as the board report uses): the table by stream and partner with
 * the movement from the year before, and the spend by quarter with variance. Amounts are numbers in pounds with
 * two decimal places (exact, from pence); text that a spreadsheet would read as a formula is written as text.
 */
final class BudgetWorkbook {

    private BudgetWorkbook() {
    }

    static byte[] render(String partnership, BudgetTable table, List<StreamBudget> streams) {
        return XlsxStyle.xlsx(wb -> {
            CellStyle bold = XlsxStyle.bold(wb);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("£#,##0.00"));

            FinancialYear year = table.year();
            Sheet sheet = wb.createSheet("Budget " + year.label());
            int r = 0;
            text(sheet.createRow(r++).createCell(0), partnership + ": commissioning budget " + year.label()).setCellStyle(bold);
            r++;
            Row head = sheet.createRow(r++);
            int c = 0;
            text(head.createCell(c++), "Work stream").setCellStyle(bold);
            for (BudgetTable.Partner p : table.partners()) {
                text(head.createCell(c++), p.name()).setCellStyle(bold);
            }
            for (String h : List.of("Total contributed", "Budget", "Spent", "Variance",
                    "Budget " + year.previous().label(), "Movement")) {
                text(head.createCell(c++), h).setCellStyle(bold);
            }
            for (BudgetTable.Row row : table.rows()) {
                Row x = sheet.createRow(r++);
                c = 0;
                text(x.createCell(c++), row.stream().name());
                for (long v : row.byPartner()) {
                    pounds(x.createCell(c++), v, money);
                }
                pounds(x.createCell(c++), row.contributed(), money);
                pounds(x.createCell(c++), row.budget(), money);
                pounds(x.createCell(c++), row.spent(), money);
                pounds(x.createCell(c++), row.variance(), money);
                pounds(x.createCell(c++), row.previousBudget(), money);
                pounds(x.createCell(c++), row.movement(), money);
            }
            Row total = sheet.createRow(r++);
            c = 0;
            text(total.createCell(c++), "Total").setCellStyle(bold);
            for (long v : table.partnerTotals()) {
                pounds(total.createCell(c++), v, money);
            }
            pounds(total.createCell(c++), table.rows().stream().mapToLong(BudgetTable.Row::contributed).sum(), money);
            pounds(total.createCell(c++), table.total(), money);
            pounds(total.createCell(c++), table.rows().stream().mapToLong(BudgetTable.Row::spent).sum(), money);
            pounds(total.createCell(c++), table.rows().stream().mapToLong(BudgetTable.Row::variance).sum(), money);
            pounds(total.createCell(c++), table.previousTotal(), money);
            pounds(total.createCell(c++), table.movement(), money);

            Sheet spend = wb.createSheet("Spend by quarter");
            r = 0;
            Row h2 = spend.createRow(r++);
            String[] heads = {"Work stream", "Committed", "Pledged", "Q1", "Q2", "Q3", "Q4", "Spent", "Variance"};
            for (int i = 0; i < heads.length; i++) {
                text(h2.createCell(i), heads[i]).setCellStyle(bold);
            }
            for (StreamBudget b : streams) {
                Row x = spend.createRow(r++);
                text(x.createCell(0), b.stream().name());
                pounds(x.createCell(1), b.committed(), money);
                pounds(x.createCell(2), b.pledged(), money);
                for (int q = 1; q <= 4; q++) {
                    pounds(x.createCell(2 + q), b.spentIn(q), money);
                }
                pounds(x.createCell(7), b.spent(), money);
                pounds(x.createCell(8), b.variance(), money);
            }
        });
    }

    private static void pounds(Cell cell, long pence, CellStyle style) {
        cell.setCellValue(Money.pounds(pence).doubleValue());
        cell.setCellStyle(style);
    }
}
