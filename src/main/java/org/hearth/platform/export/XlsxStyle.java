package org.hearth.platform.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles Hearth's workbooks share, as {@link PdfStyle} is the type its PDFs share, and the writing of a
 * workbook to the bytes of an .xlsx file.
 */
public final class XlsxStyle {

    private XlsxStyle() {
    }

    /** The bytes of an .xlsx file of a new workbook, once {@code fill} has made its sheets. */
    public static byte[] xlsx(Consumer<Workbook> fill) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
