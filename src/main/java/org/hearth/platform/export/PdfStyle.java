package org.hearth.platform.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/**
 * The type and table style Hearth's PDFs share (OpenPDF; the minutes, the board report, the transfer pack, the
 * decision forum's papers, a subject access pack): the title and section heads most of them use, body, bold and
 * small text, muted notes, grey table heads, and the paragraph spacing between sections. A PDF whose heads differ
 * keeps its own, and each keeps its own marking.
 */
public final class PdfStyle {

    public static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    /** A section's head. */
    public static final Font H2 = new Font(Font.HELVETICA, 13, Font.BOLD);
    public static final Font BODY = new Font(Font.HELVETICA, 10);
    public static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    public static final Font SMALL = new Font(Font.HELVETICA, 8);
    public static final Font SMALL_BOLD = new Font(Font.HELVETICA, 8, Font.BOLD);
    public static final Font MUTED = new Font(Font.HELVETICA, 9, Font.ITALIC, new Color(0x48, 0x49, 0x49));
    /** A table head's background. */
    public static final Color HEAD = new Color(0xf3, 0xf2, 0xf1);

    private PdfStyle() {
    }

    /** A page header or footer of {@code text} in {@code font}, centred, with no border; numbered: the page's number follows. */
    public static HeaderFooter band(String text, Font font, boolean numbered) {
        HeaderFooter band = new HeaderFooter(new Phrase(text, font), numbered);
        band.setAlignment(Element.ALIGN_CENTER);
        band.setBorder(Rectangle.NO_BORDER);
        return band;
    }

    /** {@code p} with the space before a new section. */
    public static Paragraph spaced(Paragraph p) {
        p.setSpacingBefore(10);
        return p;
    }

    /** A table cell of {@code text} (none when null) in {@code font}. */
    public static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text == null ? "" : text, font)));
        cell.setPadding(3);
        return cell;
    }

    /** A table head's cell: small bold text on grey. */
    public static PdfPCell headCell(String text) {
        PdfPCell cell = cell(text, SMALL_BOLD);
        cell.setBackgroundColor(HEAD);
        return cell;
    }

    /** A full-width table of columns as wide (relatively) as {@code widths}, its first row a head repeated on each page. */
    public static PdfPTable table(float spacingBefore, float... widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(spacingBefore);
        t.setHeaderRows(1);
        return t;
    }

    /** Adds a head cell to {@code t} for each of {@code heads}. */
    public static void head(PdfPTable t, String... heads) {
        for (String h : heads) {
            t.addCell(headCell(h));
        }
    }
}
