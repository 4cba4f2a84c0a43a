package org.hearth.referrals.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.partnership.Area;
import org.hearth.people.PersonDetails;
import org.hearth.people.Sex;
import org.hearth.platform.Dates;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.SummaryRow;
import org.hearth.referrals.AbuseType;
import org.hearth.referrals.Consent;
import org.hearth.referrals.LawfulBasis;
import org.hearth.referrals.Referral;
import org.hearth.referrals.TriageOutcome;
import org.hearth.referrals.VictimRelationship;
import org.hearth.risk.MaracEligibility;
import org.hearth.risk.RiskAssessment;

/**
 * The referral pages' words and options, from what the controller was allowed to read: no access decision here
 * (who may see the risk, the flags or the links to confirm is {@link ReferralController}'s).
 */
final class ReferralViews {

    private ReferralViews() {
    }

    /** The options of the referral form and the triage decision, by model attribute. */
    static Map<String, Object> formOptions(List<Area> partnershipAreas) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("areas", partnershipAreas);
        List<Option> areas = new ArrayList<>(List.of(new Option("", "Not known")));
        areas.addAll(Option.of(partnershipAreas, a -> a.id().value(), a -> a.name()));
        model.put("areaOptions", areas);
        model.put("sexOptions", Option.of(Sex::label, Sex.values()));
        List<Option> relationships = new ArrayList<>(List.of(new Option("", "Not known")));
        relationships.addAll(Option.of(VictimRelationship::label, VictimRelationship.values()));
        model.put("relationshipOptions", relationships);
        model.put("abuseTypeOptions", Option.of(AbuseType::label, AbuseType.values()));
        model.put("consentOptions", Option.of(Consent::label, Consent.values()));
        List<Option> bases = new ArrayList<>(List.of(new Option("", "Select a lawful basis")));
        bases.addAll(Option.of(LawfulBasis::label, LawfulBasis.values()));
        model.put("basisOptions", bases);
        model.put("outcomes", TriageOutcome.values());
        model.put("outcomeOptions", java.util.Arrays.stream(TriageOutcome.values())
                .map(o -> new Option(o.name(), o.label(), null, o.exclusive())).toList());
        return model;
    }

    /** The check page's answers, each with its link back to the form to change it; {@code areaName} null if not known. */
    static List<SummaryRow> answers(ReferralForm form, String areaName) {
        String incident = form.getIncidentDate().toDate().map(Dates::day).orElse("")
                + form.incidentTime().map(t -> " at " + Dates.time(t)).orElse("");
        PersonDetails victim = form.victim();
        String perpetrator = !form.isPerpetratorKnown() ? "Not known" : form.perpetrator().fullName()
                + (form.getRelationship() == null ? "" : " (" + form.getRelationship().label() + ")");
        List<String> children = form.namedChildren().stream()
                .map(c -> c.getGivenName() + " " + c.getFamilyName() + (c.getAge() == null ? "" : c.getAge() == 0 ? ", under 1" : ", aged " + c.getAge())
                        + (c.isPresent() ? " (present)" : "")).toList();
        String consent = form.getConsent().label() + (form.getConsentBasis() != null
                && form.getConsent() == Consent.OVERRIDDEN ? ": " + form.getConsentBasis().label() : "");
        return List.of(change("Incident", incident),
                change("Police reference", form.getPoliceReference().isBlank() ? "None" : form.getPoliceReference()),
                change("Area", areaName == null ? "Not known" : areaName),
                change("Victim", victim.fullName()
                        + (victim.dateOfBirth() == null ? "" : ", born " + Dates.day(victim.dateOfBirth()))),
                change("Person causing harm", perpetrator),
                change("Children", children.isEmpty() ? "None named" : String.join(", ", children)),
                change("Types of abuse", String.join(", ", form.getAbuseTypes().stream().map(AbuseType::label).toList())),
                change("Consent to share", consent),
                change("What happened", form.getNarrative()));
    }

    private static SummaryRow change(String key, String value) {
        return new SummaryRow(key, value, "/referrals/new", "Change");
    }

    /** "High (17, visible high risk), assessed 5 December 2026"; "Not assessed" when there is none. */
    static String risk(List<RiskAssessment> history) {
        return history.stream().findFirst().map(a -> (a.finalGrade() == null ? "Not graded"
                : a.finalGrade().label()) + " (" + a.score() + (a.visibleHighRisk() ? ", visible high risk" : "")
                + "), assessed " + Dates.day(a.assessedOn())).orElse("Not assessed");
    }

    /**
     * What the flags say when the victim meets no MARAC referral criterion: without a risk assessment two of the four
     * cannot be judged, which is not an all-clear.
     */
    static String noCriterionMet(MaracEligibility flags, boolean assessed) {
        String on = " on " + Dates.day(flags.asOf());
        if (flags.maracHistoryWithheld()) {
            // a reading by break-glass alone: Repeat is not shown, so not said to be unmet either
            return assessed ? "Meets none of the MARAC referral criteria shown" + on
                    : "No risk assessment is recorded, so visible high risk and professional judgement cannot be "
                            + "judged yet. Does not meet potential escalation" + on;
        }
        return assessed ? "Meets none of the MARAC referral criteria" + on
                : "No risk assessment is recorded, so visible high risk and professional judgement cannot be judged "
                        + "yet. Meets neither of the other MARAC referral criteria (potential escalation, repeat)" + on;
    }

    /** Who decided the triage and when, or null while it waits. */
    /** What the Triage and "What happens next" rows say when the reader reads by break-glass alone. */
    static final String WITHHELD = "Not shown when you read a record by breaking the glass: the hub's decision may rest "
            + "on other agencies' records, such as a referral to MARAC.";

    /** The Triage and "What happens next" rows, or {@link #WITHHELD} for a reader by break-glass alone. */
    static void decision(org.springframework.ui.Model model, Referral r, boolean withheld) {
        model.addAttribute("decisionWithheld", withheld);
        model.addAttribute("decided", withheld ? null : decided(r))
                .addAttribute("next", withheld ? WITHHELD : whatHappensNext(r));
    }

    static String decided(Referral r) {
        return r.triaged() ? r.decisionsInWords() + ", decided by " + r.triagedBy() + " on "
                + Dates.dayAndTime(r.triagedAt()) + (r.triagedOutsideMeeting() ? " (outside the meeting: urgent)"
                        : " (at the daily meeting)") : null;
    }

    /** What happens next to a referral, in words, from where it stands. */
    static String whatHappensNext(Referral r) {
        if (!r.triaged()) {
            return "The hub triages it: high-risk and unassessed referrals first, then the longest waiting.";
        }
        return String.join(" ", r.triageOutcomes().stream().map(ReferralViews::next).toList());
    }

    private static String next(TriageOutcome o) {
        return switch (o) {
            case REFER_TO_MARAC -> "The hub referred the victim to the MARAC: the MARAC coordinator lists the case for "
                    + "the next meeting.";
            case REFER_TO_IDVA -> "The IDVA service contacts the victim, following the safe-contact rules.";
            case OUTREACH -> "The outreach service contacts the victim, following the safe-contact rules.";
            case REFER_TO_CHILDRENS_SOCIAL_CARE -> "Children's social care receives a referral for the children.";
            case STRATEGY_DISCUSSION -> "A strategy discussion is held with children's social care and the police.";
            case SIGNPOST -> "The victim is given details of services that can help; no case is opened.";
            case INFORMATION_ONLY -> "Information only: the agencies note it on their records; no case is opened.";
            case NO_FURTHER_ACTION -> "No further action: the referral is closed.";
        };
    }
}
