package org.hearth.risk;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hearth.platform.Dates;
import org.hearth.people.PersonId;
import org.hearth.risk.IncidentHistory.Incident;
import org.hearth.risk.MaracReferralHistory.PriorReferral;

/**
 * The MARAC referral criteria (SafeLives), as pure rules:
 * <ol>
 * <li><b>Visible high risk</b>: the latest assessment made on or before the date scored at or above the
 * visible-high-risk threshold in force when it was made.</li>
 * <li><b>Professional judgement</b>: the latest assessment was graded high, with a reason, while its score was
 * below that threshold.</li>
 * <li><b>Potential escalation</b>: at least {@code escalationIncidents} police incidents for the victim
 * {@linkplain #withinTwelveMonths within 12 months} before the date (up to and including the date itself).</li>
 * <li><b>Repeat</b> (SafeLives): an incident of any kind between the <em>same victim and perpetrator(s)</em>
 * after the last MARAC referral naming one of the incident's perpetrators (the last on or before the date),
 * within 12 months of it, and on or before the date. An incident on the day of the referral is the one referred,
 * not a new one; after 12 months a new incident is a new referral, not a repeat; an incident with another
 * perpetrator, or none named, is not a repeat of that referral. The referral that makes it a repeat is given
 * ({@link MaracEligibility#repeatOf}).</li>
 * </ol>
 *
 * <p><b>The 12-month edge.</b> Two dates are within 12 months when the later is less than 12 whole calendar
 * months after the earlier, as {@link Period#between} counts them. So the same day of the month 12 months on is
 * <em>outside</em>: for a date of 10 June 2025 the window of police incidents starts on 11 June 2024, and
 * an incident on 10 June 2024 does not count. From 29 February, 28 February next year is still within
 * (11 months and 30 days) and 1 March is the first day outside.
 */
public record MaracRules(int escalationIncidents) {

    public static final MaracRules DEFAULT = new MaracRules(3);

    private static final DateTimeFormatter DATE = Dates.DAY;

    public MaracRules {
        if (escalationIncidents < 1) {
            throw new IllegalArgumentException("The escalation threshold must be at least 1");
        }
    }

    /** True when {@code later} is on or after {@code earlier} and less than 12 whole months after it. */
    public static boolean withinTwelveMonths(LocalDate earlier, LocalDate later) {
        return !later.isBefore(earlier) && Period.between(earlier, later).toTotalMonths() < 12;
    }

    /** The first day of the 12 months up to and including {@code asOf}. */
    public static LocalDate twelveMonthsStart(LocalDate asOf) {
        return asOf.minusMonths(12).plusDays(1);
    }

    public MaracEligibility evaluate(PersonId victim, LocalDate asOf, Collection<RiskAssessment> assessments,
            IncidentHistory incidents, MaracReferralHistory referrals) {
        Optional<RiskAssessment> latest = latest(assessments, asOf);
        List<PriorReferral> prior = referrals.referrals(victim);
        Optional<Repeat> repeat = repeatOf(asOf, prior, incidents.incidents(victim));
        return new MaracEligibility(victim, asOf, List.of(
                visibleHighRisk(latest),
                professionalJudgement(latest),
                escalation(asOf, incidents.policeIncidentDates(victim)),
                repeat(asOf, prior, repeat)), repeat.map(Repeat::referral).orElse(null));
    }

    /** An incident and the earlier referral to MARAC it repeats. */
    record Repeat(Incident incident, PriorReferral referral) {
    }

    /**
     * The first incident on or before {@code asOf} that repeats a referral: for each incident, the last referral
     * on or before {@code asOf} naming one of its perpetrators, made before the incident and less than 12 months
     * before it.
     */
    static Optional<Repeat> repeatOf(LocalDate asOf, List<PriorReferral> referrals, List<Incident> incidents) {
        return incidents.stream().filter(i -> !i.on().isAfter(asOf))
                .sorted(Comparator.comparing(Incident::on))
                .flatMap(i -> lastNaming(referrals, i.perpetrators(), asOf)
                        .filter(r -> r.on().isBefore(i.on()) && withinTwelveMonths(r.on(), i.on()))
                        .map(r -> new Repeat(i, r)).stream())
                .findFirst();
    }

    /**
     * The last referral to MARAC naming one of {@code perpetrators} made before {@code on} and less than 12 months
     * before it: the referral a new one on {@code on} with those perpetrators repeats.
     */
    public static Optional<PriorReferral> lastNamingWithin(List<PriorReferral> referrals, Set<PersonId> perpetrators,
            LocalDate on) {
        return lastNaming(referrals, perpetrators, on.minusDays(1)).filter(r -> withinTwelveMonths(r.on(), on));
    }

    /** The last referral on or before {@code asOf} that names one of {@code perpetrators}. */
    static Optional<PriorReferral> lastNaming(List<PriorReferral> referrals, Set<PersonId> perpetrators,
            LocalDate asOf) {
        return referrals.stream().filter(r -> !r.on().isAfter(asOf) && r.sharesPerpetratorWith(perpetrators))
                .max(Comparator.comparing(PriorReferral::on));
    }

    /** The assessment made last on or before {@code asOf} (by date assessed, then time recorded). */
    public static Optional<RiskAssessment> latest(Collection<RiskAssessment> assessments, LocalDate asOf) {
        return assessments.stream().filter(a -> !a.assessedOn().isAfter(asOf))
                .max(Comparator.comparing(RiskAssessment::assessedOn).thenComparing(RiskAssessment::recordedAt));
    }

    private static MaracCriterion visibleHighRisk(Optional<RiskAssessment> latest) {
        var kind = MaracCriterion.Kind.VISIBLE_HIGH_RISK;
        if (latest.isEmpty()) {
            return new MaracCriterion(kind, false, "No risk assessment has been recorded.");
        }
        RiskAssessment a = latest.get();
        String which = "The latest risk assessment (" + a.questionnaireTitle() + ", " + format(a.assessedOn()) + ")";
        return a.visibleHighRisk()
                ? new MaracCriterion(kind, true, which + " has " + yeses(a.score()) + ". "
                        + a.highRiskThreshold() + " or more is a visible high risk.")
                : new MaracCriterion(kind, false, which + " has " + yeses(a.score()) + ", below the "
                        + a.highRiskThreshold() + " that make a visible high risk.");
    }

    private static MaracCriterion professionalJudgement(Optional<RiskAssessment> latest) {
        var kind = MaracCriterion.Kind.PROFESSIONAL_JUDGEMENT;
        if (latest.isEmpty()) {
            return new MaracCriterion(kind, false, "No risk assessment has been recorded.");
        }
        RiskAssessment a = latest.get();
        if (a.visibleHighRisk()) {
            return new MaracCriterion(kind, false,
                    "Not needed: the latest risk assessment is already a visible high risk.");
        }
        if (a.highByProfessionalJudgement()) {
            return new MaracCriterion(kind, true, "The assessor graded the latest risk assessment ("
                    + format(a.assessedOn()) + ") high on professional judgement although it has " + yeses(a.score())
                    + ". Their reason: " + a.gradeReason().strip());
        }
        return new MaracCriterion(kind, false, "The latest risk assessment (" + format(a.assessedOn())
                + ") was graded " + a.finalGrade().label().toLowerCase(Locale.UK)
                + ", not raised to high on professional judgement.");
    }

    private MaracCriterion escalation(LocalDate asOf, List<LocalDate> policeIncidents) {
        long count = policeIncidents.stream().filter(d -> withinTwelveMonths(d, asOf)).count();
        String counted = count + (count == 1 ? " police incident" : " police incidents") + " in the 12 months from "
                + format(twelveMonthsStart(asOf)) + " to " + format(asOf);
        return count >= escalationIncidents
                ? new MaracCriterion(MaracCriterion.Kind.POTENTIAL_ESCALATION, true, counted + ". "
                        + escalationIncidents + " or more is a potential escalation.")
                : new MaracCriterion(MaracCriterion.Kind.POTENTIAL_ESCALATION, false, counted
                        + "; potential escalation needs " + escalationIncidents + " or more.");
    }

    private static MaracCriterion repeat(LocalDate asOf, List<PriorReferral> referrals, Optional<Repeat> repeat) {
        var kind = MaracCriterion.Kind.REPEAT;
        if (repeat.isPresent()) {
            PriorReferral r = repeat.get().referral();
            return new MaracCriterion(kind, true, "A new incident on " + format(repeat.get().incident().on())
                    + " with the same perpetrator came within 12 months of the last MARAC referral naming them ("
                    + r.reference() + ", " + format(r.on()) + ").");
        }
        Optional<PriorReferral> last = referrals.stream().filter(r -> !r.on().isAfter(asOf))
                .max(Comparator.comparing(PriorReferral::on));
        if (last.isEmpty()) {
            return new MaracCriterion(kind, false,
                    "Not referred to MARAC before, so a new incident is not a repeat.");
        }
        LocalDate referral = last.get().on();
        String none = "No new incident with the same perpetrator within 12 months of the last MARAC referral ("
                + last.get().reference() + ", " + format(referral) + ").";
        return new MaracCriterion(kind, false, withinTwelveMonths(referral, asOf) ? none
                : none + " After 12 months a new incident is a new referral, not a repeat.");
    }

    private static String yeses(int score) {
        return score + (score == 1 ? " \"yes\" answer" : " \"yes\" answers");
    }

    static String format(LocalDate date) {
        return DATE.format(date);
    }
}
