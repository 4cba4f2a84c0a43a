package org.hearth.casework.web;

import java.util.ArrayList;
import java.util.List;
import org.hearth.casework.PartnerNotice;
import org.hearth.casework.Programme;
import org.hearth.casework.ProgrammeReferral;
import org.hearth.platform.Dates;
import org.hearth.platform.web.SummaryRow;

/** Rows and words for the perpetrator programme pages, and the notices on the partner's case page. */
final class ProgrammeViews {

    private ProgrammeViews() {
    }

    record ProgrammeRow(String id, String name, String kind, String agency, String places, String waiting,
            String medianWait, boolean open) {
    }

    record ReferralRow(String id, String reference, String status, String referred, String started, String missed,
            String partner) {
    }

    record SessionRow(String on, String attendance, String note, String recordedBy) {
    }

    record NoticeRow(String reference, String programme, String on, String words, boolean risk) {
    }

    static String kind(boolean courtMandated) {
        return courtMandated ? "Accredited, court-mandated" : "Non-court";
    }

    static ProgrammeRow row(Programme p, boolean open) {
        return new ProgrammeRow(p.id().toString(), p.name(), kind(p.courtMandated()), p.agencyName(),
                p.inProgramme() + " of " + p.places() + " taken", String.valueOf(p.waiting()),
                p.medianWaitDays() == null ? "Fewer than 5 started this year"
                        : Math.round(p.medianWaitDays()) + " days", open);
    }

    static ReferralRow row(ProgrammeReferral r) {
        return new ReferralRow(r.id().toString(), r.reference(), r.status().label(), Dates.DAY.format(r.referredOn()),
                r.startedOn() == null ? "Not started" : Dates.DAY.format(r.startedOn()), String.valueOf(r.missed()),
                r.partnerLinked() ? "Linked" : "Not linked");
    }

    static List<SummaryRow> summary(ProgrammeReferral r) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("Programme", r.programmeName()));
        rows.add(new SummaryRow("Status", r.status().label()));
        rows.add(new SummaryRow("Referred", Dates.DAY.format(r.referredOn())));
        rows.add(new SummaryRow("Reason", r.reason()));
        if (r.assessedOn() != null) {
            rows.add(new SummaryRow("Assessed", Dates.DAY.format(r.assessedOn())));
        }
        if (r.startedOn() != null) {
            rows.add(new SummaryRow("Started", Dates.DAY.format(r.startedOn())));
        }
        if (r.endedOn() != null) {
            rows.add(new SummaryRow("Ended", Dates.DAY.format(r.endedOn())
                    + (r.endReason() == null ? "" : ": " + r.endReason().label())));
        }
        rows.add(new SummaryRow("Sessions missed", String.valueOf(r.missed())));
        rows.add(new SummaryRow("Partner's support worker", r.partnerLinked()
                ? "Linked: told when he starts, misses a session and leaves, and of any risk you record below"
                : "Not linked: the partner has no open casework case"));
        return rows;
    }

    static SessionRow session(ProgrammeReferral.Session s) {
        return new SessionRow(Dates.DAY.format(s.on()), s.attendance().label(), s.note() == null ? "" : s.note(),
                s.recordedBy());
    }

    static NoticeRow notice(PartnerNotice n) {
        return new NoticeRow(n.referralReference(), n.programmeName(), Dates.DAY.format(n.occurredOn()), n.words(),
                n.kind() == PartnerNotice.Kind.RISK);
    }
}
