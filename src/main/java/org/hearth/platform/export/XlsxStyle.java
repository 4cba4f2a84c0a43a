package org.hearth.platform.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles Hearth's workbooks share, as {@link PdfStyle} is the type its PDFs share. */
public final class XlsxStyle {

    private XlsxStyle() {
    }

    /** Bold text, for titles, headings and labels. */
    public static CellStyle bold(Workbook wb) {
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }
}
