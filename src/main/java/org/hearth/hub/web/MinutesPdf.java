package org.hearth.hub.web;

import static org.hearth.platform.export.PdfStyle.BODY;
import static org.hearth.platform.export.PdfStyle.H2;
import static org.hearth.platform.export.PdfStyle.TITLE;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.hearth.hub.HubMeetings;
import org.hearth.platform.Dates;

/**
 * The hub meeting's minutes as a PDF (OpenPDF), A4: the same content as the minutes page. Every page is marked
 * OFFICIAL-SENSITIVE at its top and bottom (Government Security Classifications), with the page number.
 */
final class MinutesPdf {

    static final String MARKING = "OFFICIAL-SENSITIVE";
    private static final Font H3 = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font MARK = new Font(Font.HELVETICA, 10, Font.BOLD, new Color(0xd4, 0x35, 0x1c));

    private MinutesPdf() {
    }

    /** Marks each page, top and bottom. */
    private static final class Marking extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var canvas = writer.getDirectContent();
            float middle = (document.left() + document.right()) / 2;
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(MARKING, MARK), middle,
                    document.top() + 16, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                    new Phrase(MARKING + "  ·  page " + writer.getPageNumber(), MARK), middle, document.bottom() - 22, 0);
        }
    }

    static byte[] render(HubMeetings.Meeting m, List<HubMeetings.Attendance> attendance, List<HubViews.MinutesCase> cases,
            String partnership) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 60, 60);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new Marking());
        String title = "Minutes of the hub meeting, " + m.areaName() + ", " + Dates.DAY.format(m.meetsOn());
        doc.addTitle(title);
        doc.addSubject(MARKING);
        doc.addCreator("Hearth");
        doc.open();
        doc.add(new Paragraph(title, TITLE));
        doc.add(new Paragraph(partnership, H3));
        doc.add(new Paragraph("Shared with the agencies attending, for the cases they were given access to. Do not "
                + "forward; keep it as OFFICIAL-SENSITIVE.", BODY));
        doc.add(new Paragraph(m.started() ? "Started " + Dates.dayAndTime(m.startedAt())
                + (m.ended() ? ", ended " + Dates.dayAndTime(m.endedAt()) : ", not ended yet") + "." : "Not started.", BODY));
        doc.add(spaced(new Paragraph("Present", H2)));
        if (attendance.isEmpty()) {
            doc.add(new Paragraph("No agencies recorded.", BODY));
        }
        for (HubMeetings.Attendance a : attendance) {
            doc.add(new Paragraph("• " + a.agencyName() + ": " + a.representativeName(), BODY));
        }
        for (HubViews.MinutesCase c : cases) {
            HubViews.Row r = c.row();
            doc.add(spaced(new Paragraph(r.position() + ". " + r.reference() + ": " + r.victim(), H2)));
            doc.add(new Paragraph("Perpetrators: " + r.perpetrators() + ". Children: " + r.children() + ". Risk: "
                    + r.risk() + "." + (r.flags().isEmpty() ? "" : " " + String.join(", ", r.flags()) + "."), BODY));
            doc.add(new Paragraph("Information", H3));
            if (c.information().isEmpty()) {
                doc.add(new Paragraph("None recorded.", BODY));
            }
            for (HubMeetings.Information i : c.information()) {
                doc.add(new Paragraph(i.agencyName() + (i.prepared() ? " (prepared before the meeting)" : "") + ": "
                        + i.text(), BODY));
            }
            doc.add(new Paragraph("Outcome", H3));
            doc.add(new Paragraph(c.decisions(), BODY));
            doc.add(new Paragraph("Actions", H3));
            if (c.actions().isEmpty()) {
                doc.add(new Paragraph("None.", BODY));
            }
            for (HubMeetings.Action a : c.actions()) {
                doc.add(new Paragraph("• " + a.subject().label() + ": " + a.description() + " (" + a.ownerName()
                        + ", due " + Dates.dayAndTime(a.dueAt()) + (a.doneAt() != null ? ", done" : "") + ")", BODY));
            }
        }
        doc.close();
        return out.toByteArray();
    }

    private static Paragraph spaced(Paragraph p) {
        p.setSpacingBefore(10);
        return p;
    }
}
