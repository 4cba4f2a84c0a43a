package org.hearth.disclosure.web;

import static org.hearth.platform.export.PdfStyle.BODY;
import static org.hearth.platform.export.PdfStyle.BOLD;
import static org.hearth.platform.export.PdfStyle.H2;
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
import java.util.List;
import org.hearth.disclosure.Application;
import org.hearth.disclosure.Decision;
import org.hearth.disclosure.Route;
import org.hearth.platform.Dates;
import org.hearth.platform.export.PdfStyle;

/**
 * The decision forum's agenda (before the decision) or minutes (after), as a PDF (OpenPDF), marked OFFICIAL-SENSITIVE
 * at the top and foot of every page. It goes to the forum's members, so it names the person at risk and the subject
 * but never the applicant: a third party is "a third party (details held by the disclosure team)". "At the forum"
 * lists, on the agenda, the agencies asked about the subject and an empty attendance list; on the minutes, the
 * forum's date, its members and the agencies represented (one a line, as V171 records them).
 */
final class ForumPdf {

    static final String MARKING = "OFFICIAL-SENSITIVE";
    private static final Font MARK = new Font(Font.HELVETICA, 10, Font.BOLD);
    /** Rows of the decision's summary that the minutes show under "At the forum" instead. */
    private static final java.util.Set<String> AT_THE_FORUM = java.util.Set.of("Forum held", "Members",
            "Agencies represented");
    /** Empty rows on the agenda's attendance list, for the members to sign in on paper. */
    private static final int BLANK_ATTENDANCE_ROWS = 8;

    private ForumPdf() {
    }

    static String title(Application a) {
        return (a.decision() == null ? "Decision forum agenda: " : "Decision forum minutes: ") + a.reference();
    }

    static byte[] render(Application a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 42, 42, 42, 48);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(title(a));
        doc.addCreator("Hearth");
        doc.setHeader(PdfStyle.band(MARKING, MARK, false));
        doc.setFooter(PdfStyle.band(MARKING + " – " + a.reference() + " – page ", MARK, true));
        doc.open();
        doc.add(new Paragraph(title(a), TITLE));
        doc.add(new Paragraph("Domestic Violence Disclosure Scheme (Clare’s Law). Do not share beyond the forum's "
                + "members. The subject must not learn who asked.", BODY));
        doc.add(heading("The application"));
        PdfPTable t = new PdfPTable(new float[] {2, 5});
        t.setWidthPercentage(100);
        row(t, "Route", a.route().label());
        row(t, "Received", Dates.day(a.receivedOn()));
        row(t, "Due (28 days)", Dates.day(a.dueOn()));
        row(t, "Applicant", a.route() == Route.RIGHT_TO_KNOW ? "None: police-initiated"
                : a.applicant() != null && a.applicant().id().equals(a.personAtRisk().id()) ? "The person at risk"
                : "A third party (details held by the disclosure team)");
        row(t, "Person at risk", DisclosureViews.party(a.personAtRisk()));
        row(t, "Subject", DisclosureViews.party(a.subject()));
        row(t, "Immediate risk at first contact", a.immediateRisk() ? "Yes: " + a.immediateRiskAction() : "No");
        doc.add(t);
        doc.add(heading("Stages"));
        for (List<String> s : DisclosureViews.stages(a)) {
            doc.add(new Paragraph(s.get(0) + ": " + s.get(1) + (s.get(2).isEmpty() ? "" : " (" + s.get(2) + ")"),
                    BODY));
        }
        doc.add(heading("What the agencies said"));
        if (a.checks().isEmpty()) {
            doc.add(new Paragraph("No agency has been asked.", BODY));
        }
        for (Application.CheckRequest c : a.checks()) {
            doc.add(new Paragraph(c.agencyName() + ": " + (!c.answered() ? "no answer yet (due "
                    + Dates.day(c.dueOn()) + ")" : Boolean.TRUE.equals(c.holdsInformation())
                            ? "holds relevant information. " + c.response()
                            : "holds nothing relevant" + (c.response() == null ? "." : ". " + c.response())), BODY));
        }
        doc.add(heading("At the forum"));
        if (a.decision() == null) {
            doc.add(new Paragraph("The agencies asked about the subject: " + (a.checks().isEmpty() ? "none yet."
                    : String.join(", ", a.checks().stream().map(Application.CheckRequest::agencyName).distinct()
                            .toList()) + "."), BODY));
            doc.add(new Paragraph("Members present, with their agencies:", BODY));
            PdfPTable present = new PdfPTable(new float[] {3, 3});
            present.setWidthPercentage(100);
            present.setSpacingBefore(4);
            present.addCell(cell("Name", BOLD));
            present.addCell(cell("Agency", BOLD));
            for (int i = 0; i < BLANK_ATTENDANCE_ROWS; i++) {
                present.addCell(cell(" ", BODY));
                present.addCell(cell(" ", BODY));
            }
            doc.add(present);
        } else {
            PdfPTable f = new PdfPTable(new float[] {2, 5});
            f.setWidthPercentage(100);
            row(f, "Forum held", Dates.day(a.decision().forumOn()));
            row(f, "Members", a.decision().members());
            row(f, "Agencies represented", a.decision().agencies().isEmpty() ? "Not recorded"
                    : String.join("\n", a.decision().agencies().stream().map(Decision.Agency::name).toList()));
            doc.add(f);
        }
        doc.add(heading("Decision"));
        if (a.decision() == null) {
            doc.add(new Paragraph("To decide: disclose or not, and whether disclosure is lawful, necessary and "
                    + "proportionate.", BODY));
        } else {
            PdfPTable d = new PdfPTable(new float[] {2, 5});
            d.setWidthPercentage(100);
            for (var r : DisclosureViews.decision(a)) {
                if (!AT_THE_FORUM.contains(r.key())) {
                    row(d, r.key(), r.value());
                }
            }
            doc.add(d);
        }
        doc.close();
        return out.toByteArray();
    }

    private static Paragraph heading(String text) {
        Paragraph p = new Paragraph(text, H2);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return p;
    }

    private static void row(PdfPTable t, String key, String value) {
        t.addCell(cell(key, BOLD));
        t.addCell(cell(value, BODY));
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text == null ? "" : text, font)));
        cell.setPadding(4);
        return cell;
    }
}
