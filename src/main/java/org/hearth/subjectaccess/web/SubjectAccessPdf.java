package org.hearth.subjectaccess.web;

import static org.hearth.platform.export.PdfStyle.BODY;
import static org.hearth.platform.export.PdfStyle.BOLD;
import static org.hearth.platform.export.PdfStyle.TITLE;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.hearth.platform.Dates;
import org.hearth.platform.export.PdfStyle;
import org.hearth.subjectaccess.SubjectAccessPackage;

/**
 * The subject access output as a PDF (OpenPDF): each module's section, each withheld item replaced by its note. Built
 * only from {@link SubjectAccessPackage}, which holds no withheld value.
 */
final class SubjectAccessPdf {

    static final String MARKING = "OFFICIAL-SENSITIVE: PERSONAL";
    private static final Font MARK = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font H2 = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font H3 = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font WITHHELD = new Font(Font.HELVETICA, 10, Font.ITALIC);

    private SubjectAccessPdf() {
    }

    static byte[] render(SubjectAccessPackage p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 42, 42, 42, 48);
        PdfWriter.getInstance(doc, out);
        String title = "What we hold about you: " + p.reference();
        doc.addTitle(title);
        doc.addCreator("Hearth");
        doc.setHeader(PdfStyle.band(MARKING + (p.released() ? "" : " – DRAFT, NOT RELEASED"), MARK, false));
        doc.setFooter(PdfStyle.band(p.reference() + " – page ", MARK, true));
        doc.open();
        doc.add(new Paragraph(title, TITLE));
        doc.add(new Paragraph("The information the partnership holds about " + p.personName() + ", in answer to the "
                + "request received on " + Dates.day(p.receivedOn()) + " (UK GDPR Article 15). Produced on "
                + Dates.day(p.producedOn()) + ". Information about other people has been withheld where noted, "
                + "each with its item number and the reason.", BODY));
        if (p.releasedTo() != null) {
            doc.add(new Paragraph("For: " + p.releasedTo() + ".", BODY));
        }
        for (SubjectAccessPackage.Section s : p.sections()) {
            Paragraph h = new Paragraph(s.title(), H2);
            h.setSpacingBefore(14);
            h.setSpacingAfter(4);
            doc.add(h);
            if (s.entries().isEmpty()) {
                doc.add(new Paragraph("Nothing held.", BODY));
            }
            for (SubjectAccessPackage.Entry e : s.entries()) {
                Paragraph eh = new Paragraph(e.heading(), H3);
                eh.setSpacingBefore(8);
                eh.setSpacingAfter(3);
                doc.add(eh);
                PdfPTable t = new PdfPTable(new float[] {2, 5});
                t.setWidthPercentage(100);
                for (SubjectAccessPackage.Line l : e.lines()) {
                    t.addCell(cell(l.label(), BOLD));
                    t.addCell(cell(l.value(), l.redacted() ? WITHHELD : BODY));
                }
                doc.add(t);
            }
        }
        Paragraph h = new Paragraph("Withheld items", H2);
        h.setSpacingBefore(14);
        doc.add(h);
        doc.add(new Paragraph(p.redactions().isEmpty() ? "Nothing has been withheld."
                : p.redactions().size() + (p.redactions().size() == 1 ? " item has" : " items have")
                        + " been withheld to protect other people.", BODY));
        doc.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text == null ? "" : text, font)));
        cell.setPadding(4);
        return cell;
    }
}
