package org.hearth.marac.internal;

import static org.hearth.platform.export.PdfStyle.BODY;
import static org.hearth.platform.export.PdfStyle.MUTED;
import static org.hearth.platform.export.PdfStyle.SMALL;
import static org.hearth.platform.export.PdfStyle.cell;
import static org.hearth.platform.export.PdfStyle.head;
import static org.hearth.platform.export.PdfStyle.spaced;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.hearth.platform.Dates;
import org.hearth.platform.export.PdfStyle;

/**
 * A MARAC meeting's minutes for one member agency (OpenPDF, A4): every page headed "OFFICIAL-SENSITIVE" (the
 * Government Security Classifications marking) and stamped with the recipient agency. Attendance, then each case:
 * outcome, IDVA update, minutes, actions. An address only where the chair shared it. Never research.
 */
final class MinutesPdf {

    static final String MARKING = "OFFICIAL-SENSITIVE";

    private static final Font MARK = new Font(Font.HELVETICA, 10, Font.BOLD, new Color(0xd4, 0x35, 0x1c));
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font H2 = new Font(Font.HELVETICA, 13, Font.BOLD);

    record Line(String label, String value) {
    }

    record ActionLine(String subject, String description, String risk, String owner, LocalDate dueOn) {
    }

    record CaseMinutes(String reference, String victim, List<String> perpetrators, boolean repeat, Integer score,
            String outcome, String minutes, String idvaUpdate, String sharedAddress, List<ActionLine> actions) {
    }

    record Content(String marac, LocalDate meetsOn, String recipient, List<Line> attendance, List<CaseMinutes> cases) {
    }

    private MinutesPdf() {
    }

    static byte[] render(Content c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 36, 36, 48, 48);
        PdfWriter.getInstance(doc, out);
        String title = c.marac() + ": minutes of the meeting on " + Dates.day(c.meetsOn());
        doc.addTitle(title);
        doc.addCreator("Hearth");
        doc.addSubject(MARKING);
        HeaderFooter header = new HeaderFooter(new Phrase(MARKING + "    Issued to: " + c.recipient(), MARK), false);
        header.setBorder(Rectangle.BOTTOM);
        header.setAlignment(Element.ALIGN_CENTER);
        doc.setHeader(header);
        doc.setFooter(PdfStyle.band(MARKING + " – issued to " + c.recipient() + " – do not forward – page ", SMALL,
                true));
        doc.open();
        doc.add(new Paragraph(title, TITLE));
        doc.add(new Paragraph("Issued to " + c.recipient() + ". Share within your agency on a need-to-know basis only."
                + " Research returned for the meeting is internal and is not part of these minutes.", MUTED));
        doc.add(spaced(new Paragraph("Attendance", H2)));
        PdfPTable att = new PdfPTable(new float[] {4, 2});
        att.setWidthPercentage(70);
        att.setHorizontalAlignment(Element.ALIGN_LEFT);
        att.setSpacingBefore(4);
        head(att, "Agency", "Attendance");
        for (Line l : c.attendance()) {
            att.addCell(cell(l.label(), SMALL));
            att.addCell(cell(l.value(), SMALL));
        }
        doc.add(att);
        int n = 0;
        for (CaseMinutes m : c.cases()) {
            n++;
            doc.add(spaced(new Paragraph("Case " + n + ": " + m.reference() + (m.repeat() ? " (repeat)" : ""), H2)));
            doc.add(new Paragraph("Victim: " + m.victim() + ". Perpetrator: "
                    + (m.perpetrators().isEmpty() ? "none named" : String.join(", ", m.perpetrators()))
                    + ". Latest risk score: " + (m.score() == null ? "not assessed" : m.score()) + ".", BODY));
            doc.add(new Paragraph("Address: " + (m.sharedAddress() == null ? "not shared in these minutes"
                    : m.sharedAddress()), BODY));
            doc.add(new Paragraph("Outcome: " + m.outcome() + ".", BODY));
            if (m.idvaUpdate() != null) {
                doc.add(new Paragraph("IDVA update: " + m.idvaUpdate(), BODY));
            }
            doc.add(new Paragraph("Minutes: " + (m.minutes() == null ? "none recorded" : m.minutes()), BODY));
            if (m.actions().isEmpty()) {
                doc.add(new Paragraph("No actions agreed.", MUTED));
            } else {
                PdfPTable t = PdfStyle.table(4, 1.4f, 4, 3, 2, 1.4f);
                head(t, "For", "Action", "Risk it addresses", "Owner", "Due");
                for (ActionLine a : m.actions()) {
                    t.addCell(cell(a.subject(), SMALL));
                    t.addCell(cell(a.description(), SMALL));
                    t.addCell(cell(a.risk(), SMALL));
                    t.addCell(cell(a.owner(), SMALL));
                    t.addCell(cell(Dates.day(a.dueOn()), SMALL));
                }
                doc.add(t);
            }
        }
        if (c.cases().isEmpty()) {
            doc.add(spaced(new Paragraph("No cases were on the agenda.", MUTED)));
        }
        doc.close();
        return out.toByteArray();
    }
}
