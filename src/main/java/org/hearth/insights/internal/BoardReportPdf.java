package org.hearth.insights.internal;

import static org.hearth.platform.export.PdfStyle.BODY;
import static org.hearth.platform.export.PdfStyle.MUTED;
import static org.hearth.platform.export.PdfStyle.SMALL;
import static org.hearth.platform.export.PdfStyle.SMALL_BOLD;
import static org.hearth.platform.export.PdfStyle.spaced;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.hearth.insights.Cell;
import org.hearth.insights.Headline;
import org.hearth.insights.Section;
import org.hearth.insights.Table;
import org.hearth.platform.export.PdfStyle;
import org.hearth.strategy.ObjectiveLine;
import org.hearth.strategy.StrategyOverview;

/** The board report as a PDF (OpenPDF), A4 landscape: sections in order, each with its commentary and figures. */
final class BoardReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD);
    private static final Font H2 = new Font(Font.HELVETICA, 14, Font.BOLD, new Color(0x0b, 0x0c, 0x0c));
    private static final Font H3 = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Color BORDER = new Color(0xb1, 0xb4, 0xb6);

    private BoardReportPdf() {
    }

    static byte[] render(BoardReportContent c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 42);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(c.report().title());
        doc.addCreator("Hearth");
        HeaderFooter footer = new HeaderFooter(new Phrase(c.report().title() + " – " + c.period() + " – page ", SMALL), true);
        footer.setBorder(Rectangle.NO_BORDER);
        footer.setAlignment(Element.ALIGN_RIGHT);
        doc.setFooter(footer);
        doc.open();
        doc.add(new Paragraph(c.report().title(), TITLE));
        doc.add(new Paragraph(c.partnership(), H3));
        doc.add(new Paragraph("Period: " + c.period() + ". " + c.scope() + ". Made on "
                + BoardReportContent.DATE.format(c.madeOn()) + ".", BODY));
        doc.add(spaced(new Paragraph(BoardReportContent.SUPPRESSION, MUTED)));
        for (Section section : Section.values()) {
            doc.add(spaced(new Paragraph(section.title(), H2)));
            String commentary = c.report().commentary(section);
            doc.add(new Paragraph(commentary.isBlank() ? "No commentary." : commentary,
                    commentary.isBlank() ? MUTED : BODY));
            List<Headline> headlines = c.indicators().headlines(section);
            if (!headlines.isEmpty()) {
                PdfPTable t = PdfStyle.table(6, 3, 1.2f, 6);
                head(t, "Indicator", "Value", "How it is worked out");
                for (Headline h : headlines) {
                    t.addCell(cell(h.label(), SMALL_BOLD, Element.ALIGN_LEFT));
                    t.addCell(cell(h.value().text(), SMALL_BOLD, Element.ALIGN_RIGHT));
                    t.addCell(cell(h.detail(), SMALL, Element.ALIGN_LEFT));
                }
                doc.add(t);
            }
            for (Table table : c.indicators().tables(section)) {
                doc.add(table(table));
            }
            if (section == Section.BVPI225) {
                doc.add(new Paragraph("BVPI 225 score: " + c.bvpi225Text(), H3));
                if (!c.bvpi225History().isEmpty()) {
                    PdfPTable t = new PdfPTable(new float[] {2, 2, 2});
                    t.setWidthPercentage(60);
                    t.setHorizontalAlignment(Element.ALIGN_LEFT);
                    t.setSpacingBefore(6);
                    head(t, "Reported period", "Score", "Reported on");
                    c.bvpi225History().forEach(a -> {
                        t.addCell(cell(a.period(), SMALL, Element.ALIGN_LEFT));
                        t.addCell(cell(a.score().text(), SMALL, Element.ALIGN_RIGHT));
                        t.addCell(cell(a.reportedOn() == null ? "" : BoardReportContent.DATE.format(a.reportedOn()),
                                SMALL, Element.ALIGN_LEFT));
                    });
                    doc.add(t);
                }
            }
            if (section == Section.STRATEGY) {
                strategy(doc, c);
            }
        }
        doc.close();
        return out.toByteArray();
    }

    private static void strategy(Document doc, BoardReportContent c) {
        if (c.strategy().isEmpty()) {
            doc.add(new Paragraph("No adopted strategy covers " + BoardReportContent.DATE.format(c.report().to()) + ".", H3));
            return;
        }
        StrategyOverview s = c.strategy().get();
        doc.add(new Paragraph(s.title() + " (" + BoardReportContent.DATE.format(s.starts()) + " to "
                + BoardReportContent.DATE.format(s.ends()) + ")", H3));
        doc.add(new Paragraph("Open actions: " + s.openActions() + "; overdue: " + s.overdueActions() + "; red: "
                + s.redActions() + ", amber: " + s.amberActions() + ", green: " + s.greenActions() + ".", BODY));
        PdfPTable t = PdfStyle.table(6, 2, 5, 1.6f, 1.6f, 1.4f);
        head(t, "Theme", "Objective", "Status", "Before", "Since");
        for (ObjectiveLine o : s.objectives()) {
            t.addCell(cell(o.theme(), SMALL, Element.ALIGN_LEFT));
            t.addCell(cell(o.objective(), SMALL, Element.ALIGN_LEFT));
            t.addCell(cell(o.status(), SMALL_BOLD, Element.ALIGN_LEFT));
            t.addCell(cell(o.previousStatus() == null ? "" : o.previousStatus(), SMALL, Element.ALIGN_LEFT));
            t.addCell(cell(o.statusSince() == null ? "" : BoardReportContent.DATE.format(o.statusSince()), SMALL,
                    Element.ALIGN_LEFT));
        }
        doc.add(t);
    }

    private static Element table(Table table) {
        PdfPTable t = new PdfPTable(table.columns().size() + 1);
        t.setWidthPercentage(table.columns().size() > 3 ? 100 : 70);
        t.setHorizontalAlignment(Element.ALIGN_LEFT);
        t.setSpacingBefore(10);
        t.setHeaderRows(2);
        PdfPCell title = new PdfPCell(new Phrase(table.title(), H3));
        title.setColspan(table.columns().size() + 1);
        title.setBorder(Rectangle.NO_BORDER);
        title.setPaddingBottom(4);
        t.addCell(title);
        String[] heads = new String[table.columns().size() + 1];
        heads[0] = table.rowHeading();
        for (int i = 0; i < table.columns().size(); i++) {
            heads[i + 1] = table.columns().get(i);
        }
        head(t, heads);
        for (Table.Row row : table.rows()) {
            t.addCell(cell(row.label(), SMALL_BOLD, Element.ALIGN_LEFT));
            for (Cell cell : row.cells()) {
                t.addCell(cell(cell.text(), SMALL, Element.ALIGN_RIGHT));
            }
        }
        if (table.rows().isEmpty()) {
            PdfPCell none = cell("No records in the period.", SMALL, Element.ALIGN_LEFT);
            none.setColspan(table.columns().size() + 1);
            t.addCell(none);
        }
        return t;
    }

    private static void head(PdfPTable t, String... heads) {
        for (String h : heads) {
            PdfPCell cell = PdfStyle.headCell(h);
            cell.setBorderColor(BORDER);
            t.addCell(cell);
        }
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = PdfStyle.cell(text, font);
        cell.setHorizontalAlignment(align);
        cell.setBorderColor(BORDER);
        return cell;
    }
}
