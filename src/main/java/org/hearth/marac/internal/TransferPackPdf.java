package org.hearth.marac.internal;

import static org.hearth.platform.export.PdfStyle.BODY;
import static org.hearth.platform.export.PdfStyle.HEAD;
import static org.hearth.platform.export.PdfStyle.MUTED;
import static org.hearth.platform.export.PdfStyle.spaced;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hearth.marac.TransferPackage;
import org.hearth.platform.export.PdfStyle;

/**
 * The PDF pack of a MARAC transfer (OpenPDF, A4): everything the signed file holds, in words, for a receiving MARAC
 * with no Hearth. Every page is marked "OFFICIAL-SENSITIVE" at its top and foot (Government Security
 * Classifications), with the case reference and page number.
 */
final class TransferPackPdf {

    static final String MARKING = "OFFICIAL-SENSITIVE";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font H2 = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font MARK = new Font(Font.HELVETICA, 10, Font.BOLD);

    private TransferPackPdf() {
    }

    static byte[] render(TransferPackage p, String keyId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        String reference = p.caseSummary().reference();
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                float middle = (d.left() + d.right()) / 2;
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER, new Phrase(MARKING, MARK),
                        middle, d.top() + 24, 0);
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER, new Phrase(MARKING + "  –  "
                        + "MARAC transfer " + reference + "  –  page " + w.getPageNumber(), MARK), middle,
                        d.bottom() - 30, 0);
            }
        });
        doc.addTitle("MARAC transfer " + reference);
        doc.addCreator("Hearth");
        doc.open();
        doc.add(new Paragraph("MARAC to MARAC transfer", TITLE));
        doc.add(new Paragraph("Case " + reference + ": from " + p.fromMarac() + " (" + p.fromPartnership() + ") to "
                + p.toMarac() + ", sent " + day(p.sentOn()) + ".", BODY));
        doc.add(spaced(new Paragraph("This pack holds everything in the signed transfer file sent with it. A "
                + "receiving MARAC without Hearth can act on this pack alone. It holds no addresses and no safe contact"
                + " details: get those from the victim's IDVA, who hands over to the receiving area's IDVA service."
                + " Agencies' research for earlier meetings is internal to those meetings and is not included.", MUTED)));

        doc.add(spaced(new Paragraph("Sending MARAC", H2)));
        PdfPTable who = pairs();
        pair(who, "Partnership", p.fromPartnership());
        pair(who, "MARAC", p.fromMarac());
        pair(who, "Coordinator (contact for anything missing)", p.fromCoordinator());
        pair(who, "Receiving MARAC", p.toMarac());
        pair(who, "Reason for the transfer", blank(p.reason()));
        pair(who, "Signed file key id", keyId == null ? "Not signed" : keyId);
        doc.add(who);

        TransferPackage.Case c = p.caseSummary();
        doc.add(spaced(new Paragraph("The case", H2)));
        PdfPTable kase = pairs();
        pair(kase, "Reference", c.reference());
        pair(kase, "Referred to MARAC on", day(c.referredOn()));
        pair(kase, "Criteria met", c.criteria().isEmpty() ? "None recorded" : String.join(", ", c.criteria()));
        pair(kase, "Evidence", blank(c.evidence()));
        if (c.judgementReason() != null) {
            pair(kase, "Professional judgement", c.judgementReason());
        }
        pair(kase, "Latest risk score (DASH)", c.riskScore() == null ? "Not assessed" : c.riskScore().toString());
        pair(kase, "Repeat", c.repeat() ? "Yes" + (c.repeatOf() == null ? "" : ", of " + c.repeatOf()) : "No");
        pair(kase, "Consent", c.consent() + (c.lawfulBasis() == null ? "" : " (lawful basis: " + c.lawfulBasis()
                + (c.consentReason() == null ? "" : "; " + c.consentReason()) + ")"));
        doc.add(kase);

        doc.add(spaced(new Paragraph("The victim", H2)));
        doc.add(person(p.victim()));
        doc.add(spaced(new Paragraph("Perpetrators", H2)));
        if (p.perpetrators().isEmpty()) {
            doc.add(new Paragraph("None named.", BODY));
        }
        for (TransferPackage.Person x : p.perpetrators()) {
            doc.add(person(x));
            doc.add(new Paragraph(" ", BODY));
        }

        doc.add(spaced(new Paragraph("Risk assessments", H2)));
        if (p.riskHistory().isEmpty()) {
            doc.add(new Paragraph("None recorded.", BODY));
        } else {
            PdfPTable t = table(new float[] {2, 1, 1.5f, 4}, "Assessed on", "Score", "Grade", "Questionnaire");
            for (TransferPackage.Assessment a : p.riskHistory()) {
                cells(t, day(a.assessedOn()), String.valueOf(a.score()), blank(a.grade()), blank(a.questionnaire()));
            }
            doc.add(t);
        }

        doc.add(spaced(new Paragraph("Referrals to MARAC and meetings", H2)));
        if (p.referrals().isEmpty()) {
            doc.add(new Paragraph("None recorded.", BODY));
        } else {
            PdfPTable t = table(new float[] {2, 1.6f, 2.4f, 1.8f, 3, 0.9f}, "Reference", "Referred on", "MARAC",
                    "Meeting", "Criteria", "Repeat");
            for (TransferPackage.PastReferral r : p.referrals()) {
                cells(t, r.reference(), day(r.referredOn()), blank(r.marac()),
                        r.meetingOn() == null ? "Not yet heard" : day(r.meetingOn()), String.join(", ", r.criteria()),
                        r.repeat() ? "Yes" : "No");
            }
            doc.add(t);
        }
        doc.add(spaced(new Paragraph("Minutes of earlier MARAC meetings", H2)));
        doc.add(new Paragraph("The minutes of the victim's cases at meetings held, as the member agencies received"
                + " them, without any address shared at the meeting and without research.", MUTED));
        if (p.minutes().isEmpty()) {
            doc.add(new Paragraph("None recorded in Hearth.", BODY));
        }
        for (TransferPackage.CaseMinutes m : p.minutes()) {
            PdfPTable t = pairs();
            pair(t, "Case", m.reference() + ", " + blank(m.marac()) + ", meeting of " + day(m.meetingOn()));
            pair(t, "Outcome", m.outcome() == null ? "Not recorded" : switch (m.outcome()) {
                case "CLOSED" -> "Discussed and closed";
                case "ADJOURNED" -> "Adjourned";
                default -> m.outcome();
            });
            pair(t, "IDVA's update", blank(m.idvaUpdate()));
            pair(t, "Minutes", blank(m.minutes()));
            doc.add(t);
        }

        doc.add(spaced(new Paragraph("Action plans", H2)));
        if (p.actions().isEmpty()) {
            doc.add(new Paragraph("None recorded in Hearth.", BODY));
        } else {
            PdfPTable t = table(new float[] {1.8f, 1.6f, 1.4f, 3, 2.4f, 2, 1.6f, 1.6f}, "Case", "Meeting", "For",
                    "Action", "Risk addressed", "Owner agency", "Due", "State");
            for (TransferPackage.ActionPlan a : p.actions()) {
                cells(t, a.reference(), day(a.meetingOn()), subject(a.subject()), blank(a.description()),
                        blank(a.risk()), blank(a.ownerAgency()), day(a.dueOn()), state(a));
            }
            doc.add(t);
        }
        doc.close();
        return out.toByteArray();
    }

    private static PdfPTable person(TransferPackage.Person x) {
        PdfPTable t = pairs();
        pair(t, "Name", x.name());
        pair(t, "Date of birth", x.dateOfBirth() != null ? day(x.dateOfBirth())
                : x.estimatedAge() != null ? "Not known (about " + x.estimatedAge() + ")" : "Not known");
        pair(t, "Sex", blank(x.sex()));
        pair(t, "Gender identity", blank(x.genderIdentity()));
        pair(t, "Ethnicity", blank(x.ethnicity()));
        pair(t, "Disability", blank(x.disability()));
        pair(t, "Sexual orientation", blank(x.sexualOrientation()));
        pair(t, "First language", blank(x.firstLanguage()) + (x.interpreterNeeded() ? " (interpreter needed)" : ""));
        return t;
    }

    private static String subject(String s) {
        return s == null ? "Not recorded" : switch (s) {
            case "VICTIM" -> "The victim";
            case "CHILDREN" -> "The children";
            case "PERPETRATOR" -> "The perpetrator";
            default -> s;
        };
    }

    static String state(TransferPackage.ActionPlan a) {
        return a.state() == null ? "Not recorded" : switch (a.state()) {
            case "DONE" -> "Done" + (a.doneOn() == null ? "" : " " + day(a.doneOn()));
            case "OVERDUE" -> "Overdue";
            case "OPEN" -> "Open";
            default -> a.state();
        };
    }

    private static String day(LocalDate d) {
        return d == null ? "Not known" : DAY.format(d);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? "Not recorded" : s;
    }

    private static PdfPTable pairs() {
        PdfPTable t = new PdfPTable(new float[] {2, 5});
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        return t;
    }

    private static void pair(PdfPTable t, String label, String value) {
        t.addCell(cell(label, BOLD, HEAD));
        t.addCell(cell(value, BODY, null));
    }

    private static PdfPTable table(float[] widths, String... heads) {
        PdfPTable t = PdfStyle.table(4, widths);
        for (String h : heads) {
            t.addCell(cell(h, BOLD, HEAD));
        }
        return t;
    }

    private static void cells(PdfPTable t, String... values) {
        for (String v : values) {
            t.addCell(cell(v, BODY, null));
        }
    }

    private static PdfPCell cell(String text, Font font, Color background) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setPadding(4);
        if (background != null) {
            c.setBackgroundColor(background);
        }
        return c;
    }
}
