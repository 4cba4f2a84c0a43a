package org.hearth.marac.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.NewMaracReferral;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.Consent;
import org.hearth.referrals.LawfulBasis;
import org.hearth.risk.MaracCriterion.Kind;
import org.hearth.risk.MaracEligibility;
import org.hearth.risk.MaracReferralHistory.PriorReferral;
import org.hearth.risk.MaracRules;

/**
 * The rules of a referral to MARAC, with no database: what a referral must say (criteria, the reason for professional
 * judgement, perpetrators from the victim's record, consent or a lawful basis), whether it repeats an earlier one,
 * the evidence it carries, and which MARAC it goes to. {@link JdbcMaracReferrals} applies them; unit-tested by
 * {@code MaracReferralRulesTest} and {@code ConsentCheckTest}.
 */
final class MaracReferralRules {

    static final int MIN_REASON = 10;
    static final int MAX_TEXT = 2000;

    private MaracReferralRules() {
    }

    /** The criteria a referral is made on: those the referrer names and those the records show met. */
    static Set<Kind> criteria(Set<Kind> named, MaracEligibility eligibility) {
        Set<Kind> criteria = EnumSet.noneOf(Kind.class);
        criteria.addAll(named);
        eligibility.met().forEach(c -> criteria.add(c.kind()));
        return criteria;
    }

    /**
     * A staff member's referral, field by field; {@code grounded} are the perpetrators the referrer's agency holds a
     * lasting ground on, {@code named} whether a person exists by that id, {@code maracKnown} whether the MARAC chosen
     * (if any) exists.
     */
    static Map<String, String> referralErrors(NewMaracReferral r, Set<Kind> criteria, Set<PersonId> grounded,
            Predicate<PersonId> named, boolean maracKnown) {
        Map<String, String> errors = new LinkedHashMap<>();
        String reason = strip(r.judgementReason());
        if (criteria.isEmpty()) {
            errors.put("criteria", "The records show no MARAC criterion met: choose professional judgement and give"
                    + " your reason, or the criteria you know are met");
        }
        if (r.criteria().contains(Kind.PROFESSIONAL_JUDGEMENT) && (reason == null || reason.length() < MIN_REASON)) {
            errors.put("judgementReason", "Give your reason for referring on professional judgement (at least "
                    + MIN_REASON + " characters)");
        } else if (reason != null && reason.length() > MAX_TEXT) {
            errors.put("judgementReason", "The reason must be " + MAX_TEXT + " characters or fewer");
        }
        // only people the referrer's agency holds a lasting ground on: publishing the agenda gives every member
        // agency research access to them, so naming a stranger would open that person's record (and asking would
        // tell whether an id exists: the same message either way)
        for (PersonId p : r.perpetrators()) {
            if (p.equals(r.victim()) || !grounded.contains(p) || !named.test(p)) {
                errors.put("perpetrators", "Choose perpetrators from the victim's record");
            }
        }
        checkConsent(r.consent(), r.lawfulBasis(), r.consentReason(), errors);
        if (r.marac() != null && !maracKnown) {
            errors.put("marac", "Choose one of the MARACs");
        }
        return errors;
    }

    static void checkConsent(Consent consent, LawfulBasis basis, String reason, Map<String, String> errors) {
        if (consent == null) {
            errors.put("consent", "Say whether the victim consented to the referral");
        } else if (consent == Consent.REFUSED) {
            // publishing the agenda shares the case with every member agency: against a refusal only on a lawful basis
            errors.put("consent", "The victim refused: a referral without consent is made only on a lawful basis. "
                    + "Choose that it is shared without consent, with the basis and your reason");
        } else if (consent == Consent.OVERRIDDEN) {
            if (basis == null) {
                errors.put("lawfulBasis", "Choose the lawful basis for sharing without consent");
            }
            if (reason == null || reason.strip().length() < MIN_REASON) {
                errors.put("consentReason", "Say why it is shared without consent (at least " + MIN_REASON
                        + " characters)");
            } else if (reason.length() > MAX_TEXT) {
                errors.put("consentReason", "The reason must be " + MAX_TEXT + " characters or fewer");
            }
        }
    }

    /**
     * The earlier referral this one repeats: the one risk found (an incident with the same perpetrator within 12
     * months of the last referral naming them), or, when the referrer says it is a repeat (any agency may identify
     * one), the last of the victim's referrals naming one of the perpetrators.
     */
    static PriorReferral repeatOf(MaracEligibility eligibility, Set<PersonId> perpetrators, Set<Kind> criteria,
            Supplier<List<PriorReferral>> history, java.time.LocalDate on) {
        PriorReferral repeatOf = eligibility.repeatOf();
        if (repeatOf != null && !perpetrators.isEmpty()
                && repeatOf.perpetrators().stream().noneMatch(perpetrators::contains)) {
            repeatOf = null;
        }
        if (repeatOf == null && criteria.contains(Kind.REPEAT)) {
            repeatOf = MaracRules.lastNamingWithin(history.get(), perpetrators, on).orElse(null);
        }
        return repeatOf;
    }

    /** The evidence recorded for the criteria: the records' explanation, or that the referrer identified it. */
    static String evidence(MaracEligibility eligibility, Set<Kind> criteria) {
        String evidence = eligibility.criteria().stream().filter(c -> criteria.contains(c.kind()))
                .map(c -> c.kind().label() + ": " + (c.met() ? c.explanation() : "identified by the referrer."))
                .collect(Collectors.joining("\n"));
        return evidence.isEmpty() ? "Identified by the referrer." : evidence;
    }

    /**
     * The MARAC covering the area (the victim's, else the referring agency's), else the partnership's only MARAC; none
     * when that leaves a choice (a county-wide agency such as the police, in a partnership of several MARACs): the
     * referral then waits on the coordinators' list of referrals with no MARAC.
     */
    static Optional<MaracId> maracFor(List<Marac> all, AreaId area) {
        Optional<Marac> covering = area == null ? Optional.empty()
                : all.stream().filter(m -> m.areas().contains(area)).findFirst();
        if (covering.isPresent()) {
            return covering.map(Marac::id);
        }
        return all.size() == 1 ? Optional.of(all.get(0).id()) : Optional.empty();
    }

    /** A coordinator choosing the MARAC of a referral: one that exists, for a referral not listed nor transferred. */
    static void checkChoice(MaracReferral found, boolean maracKnown) {
        if (!maracKnown) {
            throw InvalidInputException.of("marac", "Choose one of the MARACs");
        }
        if (found.meeting() != null) {
            throw InvalidInputException.of("marac", "This referral is already on an agenda: move it from the agenda");
        }
        if (found.transferred()) {
            throw InvalidInputException.of("marac", "This case was transferred to " + found.transferredTo()
                    + ": it is closed here");
        }
    }

    static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
