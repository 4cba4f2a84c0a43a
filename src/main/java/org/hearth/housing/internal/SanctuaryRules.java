package org.hearth.housing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hearth.housing.NewJob;
import org.hearth.housing.NewSanctuary;
import org.hearth.housing.SanctuaryOutcome;
import org.hearth.housing.Tenure;
import org.hearth.platform.InvalidInputException.Problem;

/** The sanctuary scheme's input rules: pure functions of the input, the referral and today, a message per field. */
final class SanctuaryRules {

    static final int MAX_TEXT = 4000;
    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$");

    private SanctuaryRules() {
    }

    /** The postcode as stored: stripped, upper case; null for none. */
    static String postcode(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    static List<Problem> referral(NewSanctuary s, LocalDate today, HousingRules.Known known) {
        Problems p = new Problems(today);
        if (s.referredOn() == null) {
            p.add("referredOn", "Enter the date of the referral");
        }
        p.notFuture("referredOn", s.referredOn(), "The date of the referral");
        if (s.areaId() != null && !known.area().test(s.areaId())) {
            p.add("areaId", "Choose an area of the partnership");
        }
        if (Problems.blankToNull(s.line1()) == null) {
            p.add("line1", "Enter the first line of the home's address");
        }
        p.length("line1", s.line1(), 200, "The first line").length("line2", s.line2(), 200, "The second line");
        if (Problems.blankToNull(s.town()) == null) {
            p.add("town", "Enter the town");
        }
        p.length("town", s.town(), 100, "The town");
        String postcode = postcode(s.postcode());
        if (postcode == null || !POSTCODE.matcher(postcode).matches()) {
            p.add("postcode", "Enter a real postcode, like LS1 4AP");
        }
        if (!s.victimChooses()) {
            p.add("victimChooses", "Sanctuary is victim-led: confirm that she (or he) chooses to stay in the home");
        }
        if (!s.perpetratorAbsent()) {
            p.add("perpetratorAbsent", "Sanctuary is only for a home the perpetrator does not live in: confirm it");
        }
        if (s.tenure() == null) {
            p.add("tenure", "Choose whose home it is");
        }
        p.notFuture("landlordConsentOn", s.landlordConsentOn(), "The date of the landlord's consent");
        if (s.coordinator() == null || !known.staff().test(s.coordinator())) {
            p.add("coordinator", "Choose the scheme's coordinator");
        }
        if (s.surveyor() != null && !known.staff().test(s.surveyor())) {
            p.add("surveyor", "Choose the police officer doing the survey, or no one yet");
        }
        return p.list();
    }

    static List<Problem> survey(LocalDate referredOn, LocalDate surveyedOn, String findings, LocalDate today) {
        Problems p = new Problems(today);
        p.dateFrom("surveyedOn", surveyedOn, referredOn, "Enter the date of the security survey",
                "The survey cannot be before the referral", "The date of the survey");
        if (Problems.blankToNull(findings) == null) {
            p.add("surveyNotes", "Enter what the survey found and recommended");
        }
        return p.length("surveyNotes", findings, MAX_TEXT, "The findings").list();
    }

    static List<Problem> consent(LocalDate consentOn, LocalDate today) {
        Problems p = new Problems(today);
        if (consentOn == null) {
            p.add("landlordConsentOn", "Enter the date the landlord consented");
        }
        return p.notFuture("landlordConsentOn", consentOn, "The date of the consent").list();
    }

    static List<Problem> marker(LocalDate requestedOn, LocalDate confirmedOn, LocalDate today) {
        Problems p = new Problems(today);
        if (requestedOn == null) {
            p.add("markerConfirmedOn", "Ask the police for the marker first (with the survey)");
        } else if (confirmedOn == null) {
            p.add("markerConfirmedOn", "Enter the date the police confirmed the marker");
        } else if (confirmedOn.isBefore(requestedOn)) {
            p.add("markerConfirmedOn", "The marker cannot be confirmed before it was asked for");
        }
        return p.notFuture("markerConfirmedOn", confirmedOn, "The date").list();
    }

    /** A job: a tenant's home gets no works before the landlord's consent is recorded. */
    static List<Problem> job(Tenure tenure, LocalDate consentOn, LocalDate referredOn, NewJob job,
            HousingRules.Known known) {
        Problems p = new Problems(null);
        if (tenure.needsConsent() && consentOn == null) {
            p.add("measure", "A tenant's home needs the landlord's consent recorded before any works: record it on "
                    + "the referral first");
        }
        if (job.measure() == null) {
            p.add("measure", "Choose the measure");
        }
        p.length("detail", job.detail(), 1000, "The detail");
        if (job.contractor() == null || !known.agency().test(job.contractor())) {
            p.add("contractor", "Choose the contractor");
        }
        if (job.bookedOn() == null) {
            p.add("bookedOn", "Enter the date the job is booked for");
        } else if (job.bookedOn().isBefore(referredOn)) {
            p.add("bookedOn", "A job cannot be booked before the referral");
        }
        if (job.costPence() != null && (job.costPence() < 0 || job.costPence() > 10_000_000)) {
            p.add("cost", "Enter a cost from £0 to £100,000");
        }
        return p.list();
    }

    static List<Problem> fitting(LocalDate referredOn, LocalDate fittedOn, LocalDate safetyCheckedOn,
            LocalDate today) {
        Problems p = new Problems(today);
        p.dateFrom("fittedOn", fittedOn, referredOn, "Enter the date the measure was fitted",
                "A measure cannot be fitted before the referral", "The date fitted");
        if (safetyCheckedOn != null && fittedOn != null && safetyCheckedOn.isBefore(fittedOn)) {
            p.add("safetyCheckedOn", "The safety check cannot be before the fitting");
        }
        return p.notFuture("safetyCheckedOn", safetyCheckedOn, "The date of the safety check").list();
    }

    static List<Problem> closing(LocalDate referredOn, LocalDate followedUpOn, SanctuaryOutcome outcome, String note,
            LocalDate today) {
        Problems p = new Problems(today);
        p.dateFrom("followedUpOn", followedUpOn, referredOn, "Enter the date of the follow-up visit",
                "The follow-up cannot be before the referral", "The date of the follow-up");
        if (outcome == null) {
            p.add("outcome", "Choose the outcome");
        }
        return p.length("note", note, MAX_TEXT, "The note").list();
    }
}
