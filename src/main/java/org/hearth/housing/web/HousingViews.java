package org.hearth.housing.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hearth.housing.JobSheet;
import org.hearth.housing.RefugeProvider;
import org.hearth.housing.RefugeReferral;
import org.hearth.housing.Sanctuary;
import org.hearth.platform.Dates;
import org.hearth.platform.web.Flags;
import org.hearth.platform.web.SummaryRow;

/** Rows and words for the housing pages. */
final class HousingViews {

    static final String NOT_YET = "Not yet";
    static final String HIDDEN_ADDRESS = "Shown only to the scheme's coordinator, the surveying officer and the "
            + "referring worker";
    static final String HIDDEN_REFUGE = "Shown only to the referring worker and the refuge provider";

    private HousingViews() {
    }

    static String day(LocalDate d) {
        return d == null ? NOT_YET : Dates.day(d);
    }

    static String money(Long pence) {
        return pence == null ? "Not known" : NumberFormat.getCurrencyInstance(Locale.UK).format(pence / 100.0);
    }

    static String yesNo(boolean b) {
        return b ? "Yes" : "No";
    }

    /** One line of a person's sanctuary referrals: reference, referred, status. */
    static String sanctuaryStatus(Sanctuary s) {
        if (s.outcome() != null) {
            return "Closed: " + s.outcome().label();
        }
        if (s.surveyedOn() == null) {
            return "Waiting for the security survey";
        }
        long open = s.jobs().stream().filter(j -> j.fittedOn() == null).count();
        if (open > 0 || s.jobs().isEmpty()) {
            return s.jobs().isEmpty() ? "Surveyed: no jobs yet" : open + (open == 1 ? " job" : " jobs") + " to fit";
        }
        return s.followUpDueOn() == null ? "Works done" : "Follow-up visit " + followUp(s.followUpDueOn());
    }

    /** "due 5 March 2027", or "overdue: due 2 December 2026" once the day has passed (today in the UK). */
    static String followUp(java.time.LocalDate due) {
        return (due.isBefore(java.time.LocalDate.now(Dates.UK)) ? "overdue: due " : "due ") + Dates.day(due);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String refugeStatus(RefugeReferral r) {
        if (r.outcome() == null) {
            return "Waiting for an outcome";
        }
        if (r.movedOutOn() != null) {
            return "Moved out " + Dates.day(r.movedOutOn());
        }
        if (r.movedInOn() != null) {
            return "In refuge since " + Dates.day(r.movedInOn());
        }
        return r.outcome().label() + (r.reason() == null ? "" : ": " + r.reason().label());
    }

    static List<SummaryRow> sanctuarySummary(Sanctuary s) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("Reference", s.reference()));
        rows.add(new SummaryRow("Referred", day(s.referredOn()) + " by " + s.referringAgency()));
        rows.add(new SummaryRow("Home address", s.address() == null ? HIDDEN_ADDRESS : s.address()));
        rows.add(new SummaryRow("Area", s.area() == null ? "Not recorded" : s.area()));
        rows.add(new SummaryRow("Whose home", s.tenure().label()));
        if (s.tenure().needsConsent()) {
            rows.add(new SummaryRow("Landlord consent", s.landlordConsentOn() == null ? "Not recorded: no works until "
                    + "it is" : "Given " + Dates.day(s.landlordConsentOn())));
        }
        rows.add(new SummaryRow("High risk (MARAC)", yesNo(s.highRisk())));
        rows.add(new SummaryRow("Scheme coordinator", s.coordinator()));
        rows.add(new SummaryRow("Surveying police officer", s.surveyor() == null ? "Not named yet" : s.surveyor()));
        rows.add(new SummaryRow("Security survey", s.surveyedOn() == null ? NOT_YET : Dates.day(s.surveyedOn())));
        if (s.surveyFindings() != null) {
            rows.add(new SummaryRow("Survey findings", s.surveyFindings()));
        }
        rows.add(new SummaryRow("Police marker on the address", s.markerConfirmedOn() != null
                ? "Confirmed " + Dates.day(s.markerConfirmedOn())
                : s.markerRequestedOn() != null ? "Requested " + Dates.day(s.markerRequestedOn()) : "Not requested"));
        rows.add(new SummaryRow("Follow-up visit", s.followedUpOn() != null ? "Made " + Dates.day(s.followedUpOn())
                : s.followUpDueOn() != null ? capitalised(followUp(s.followUpDueOn()))
                : "Due 3 months after the works"));
        if (s.outcome() != null) {
            rows.add(new SummaryRow("Outcome", s.outcome().label()
                    + (s.outcomeNote() == null ? "" : ": " + s.outcomeNote())));
        }
        return rows;
    }

    static List<List<String>> jobRows(Sanctuary s) {
        List<List<String>> rows = new ArrayList<>();
        for (Sanctuary.Job j : s.jobs()) {
            rows.add(List.of(j.reference(), j.measure().label() + (j.detail() == null ? "" : ": " + j.detail()),
                    j.contractor(), Dates.day(j.bookedOn()), money(j.costPence()), day(j.fittedOn()),
                    day(j.safetyCheckedOn())));
        }
        return rows;
    }

    static List<SummaryRow> sheet(JobSheet j) {
        return List.of(new SummaryRow("Job", j.reference()),
                new SummaryRow("Work", j.measure().label() + (j.detail() == null ? "" : ": " + j.detail())),
                new SummaryRow("Address", j.address()),
                new SummaryRow("Booked for", Dates.day(j.bookedOn())),
                new SummaryRow("Arrange access with", j.arrangeAccessWith()));
    }

    static List<SummaryRow> refugeSummary(RefugeReferral r) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("Reference", r.reference()));
        rows.add(new SummaryRow("Referred", day(r.referredOn()) + " by " + r.referringAgency()));
        rows.add(new SummaryRow("Refuge provider", r.provider() == null ? HIDDEN_REFUGE
                : r.provider() + " (" + r.providerArea() + ")"));
        rows.add(new SummaryRow("Children coming", String.valueOf(r.children())));
        List<String> needs = new Flags().add(r.olderSon(), "an older son").add(r.disability(), "disability")
                .add(r.language(), "language or interpreter").add(r.nrpf(), "no recourse to public funds").words();
        rows.add(new SummaryRow("Needs", needs.isEmpty()
                ? "No older son, disability, language need or no recourse to public funds"
                : String.join(", ", needs)));
        if (r.needsNote() != null) {
            rows.add(new SummaryRow("About the needs", r.needsNote()));
        }
        rows.add(new SummaryRow("Outcome", r.outcome() == null ? "Waiting" : r.outcome().label()
                + (r.reason() == null ? "" : ": " + r.reason().label()) + ", " + Dates.day(r.outcomeOn())));
        if (r.outcomeNote() != null) {
            rows.add(new SummaryRow("About the outcome", r.outcomeNote()));
        }
        if (r.movedInOn() != null) {
            rows.add(new SummaryRow("Moved in", Dates.day(r.movedInOn())));
            rows.add(new SummaryRow("Moved out", day(r.movedOutOn())));
        }
        return rows;
    }

    static List<List<String>> providerRows(List<RefugeProvider> providers) {
        List<List<String>> rows = new ArrayList<>();
        for (RefugeProvider p : providers) {
            if (!p.active()) {
                continue;
            }
            rows.add(List.of(p.name(), p.area() + (p.inPartnership() ? "" : " (outside the partnership)"),
                    String.valueOf(p.places()), p.placesOlderSons() + " / " + p.placesDisabledAccess() + " / "
                            + p.placesNrpf(),
                    p.vacancies() == null ? "Not reported" : p.vacancies() + " on " + Dates.day(p.vacanciesOn())));
        }
        return rows;
    }
}
