package org.hearth.housing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.hearth.housing.AddressText;
import org.hearth.housing.DeclineReason;
import org.hearth.housing.NewProvider;
import org.hearth.housing.NewRefugeReferral;
import org.hearth.housing.RefugeOutcome;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.InvalidInputException.Problem;

/**
 * The refuge input rules: pure functions of the input, the referral and today, a message per field. Free text never
 * holds a refuge's address ({@link AddressText}).
 */
final class RefugeRules {

    static final int MAX_NOTE = 2000;

    private RefugeRules() {
    }

    /** A provider: in a partnership area or named elsewhere (not both), its specialist places within its places. */
    static List<Problem> provider(NewProvider p, Predicate<String> nameTaken, HousingRules.Known known) {
        Problems out = new Problems(null);
        String name = Problems.blankToNull(p.name());
        if (name == null) {
            out.add("name", "Enter the provider's name");
        } else if (nameTaken.test(name)) {
            out.add("name", "There is already a provider with this name");
        }
        out.length("name", p.name(), 200, "The name");
        String elsewhere = Problems.blankToNull(p.elsewhere());
        if ((p.areaId() == null) == (elsewhere == null)) {
            out.add("areaId", "Choose the partnership area it serves, or name the place outside the partnership "
                    + "(not both)");
        } else if (p.areaId() != null && !known.area().test(p.areaId())) {
            out.add("areaId", "Choose an area of the partnership");
        }
        out.length("elsewhere", elsewhere, 100, "The place");
        out.addAll(AddressText.problems(false, "name", name, "elsewhere", elsewhere));
        if (p.agencyId() != null && !known.agency().test(new AgencyId(p.agencyId()))) {
            out.add("agencyId", "Choose an agency of the partnership, or none");
        }
        if (p.namedWorker() != null && !known.staff().test(p.namedWorker())) {
            out.add("namedWorker", "Choose the provider's named worker, or none");
        }
        if (p.places() < 0 || p.places() > 500) {
            out.add("places", "Enter the number of places, from 0 to 500");
        }
        specialist(out, "placesOlderSons", p.placesOlderSons(), p.places());
        specialist(out, "placesDisabledAccess", p.placesDisabledAccess(), p.places());
        specialist(out, "placesNrpf", p.placesNrpf(), p.places());
        return out.list();
    }

    private static void specialist(Problems out, String field, int places, int of) {
        if (places < 0 || places > of) {
            out.add(field, "Specialist places are from 0 to the number of places");
        }
    }

    static List<Problem> vacancies(int vacancies, LocalDate on, LocalDate today) {
        Problems p = new Problems(today);
        if (vacancies < 0 || vacancies > 500) {
            p.add("vacancies", "Enter the number of vacancies, from 0 to 500");
        }
        if (on == null) {
            p.add("reportedOn", "Enter the date the provider reported it");
        }
        return p.notFuture("reportedOn", on, "The date").list();
    }

    static List<Problem> referral(NewRefugeReferral n, boolean providerActive, LocalDate today,
            HousingRules.Known known) {
        Problems p = new Problems(today);
        if (!providerActive) {
            p.add("provider", "Choose the refuge provider");
        }
        if (n.areaId() != null && !known.area().test(n.areaId())) {
            p.add("areaId", "Choose the partnership area the victim is from");
        }
        if (n.referredOn() == null) {
            p.add("referredOn", "Enter the date of the referral");
        }
        p.notFuture("referredOn", n.referredOn(), "The date of the referral");
        if (n.children() < 0 || n.children() > 20) {
            p.add("children", "Enter the number of children coming, from 0 to 20");
        }
        p.length("needsNote", n.needsNote(), MAX_NOTE, "The note");
        return p.addAll(AddressText.problems(n.notAnAddress(), "needsNote", n.needsNote())).list();
    }

    /** An outcome, once: a reason with declined by the refuge and not suitable only; no address in the note. */
    static List<Problem> outcome(String recorded, LocalDate referredOn, RefugeOutcome outcome, DeclineReason reason,
            String note, boolean notAnAddress, LocalDate on, LocalDate today) {
        Problems p = new Problems(today);
        if (recorded != null) {
            p.add("outcome", "The outcome is already recorded");
        }
        if (outcome == null) {
            p.add("outcome", "Choose the outcome");
        } else if (outcome.needsReason() && reason == null) {
            p.add("reason", "Choose the reason the refuge gave");
        } else if (!outcome.needsReason() && reason != null) {
            p.add("reason", "A reason goes only with declined by the refuge or not suitable");
        }
        p.dateFrom("outcomeOn", on, referredOn, "Enter the date of the outcome",
                "The outcome cannot be before the referral", "The date of the outcome");
        p.length("note", note, MAX_NOTE, "The note");
        return p.addAll(AddressText.problems(notAnAddress, "note", note)).list();
    }

    /**
     * A move into refuge (an accepted referral only, not before it was accepted) or out of it (not before the move
     * in); {@code movedIn} is the move in given now or recorded before.
     */
    static List<Problem> move(String outcome, LocalDate outcomeOn, LocalDate movedIn, LocalDate movedInOn,
            LocalDate movedOutOn, LocalDate today) {
        Problems p = new Problems(today);
        if (!RefugeOutcome.ACCEPTED.name().equals(outcome)) {
            p.add("movedInOn", "Only an accepted referral has a move into refuge");
        }
        if (movedIn == null) {
            p.add("movedInOn", "Enter the date she (or he) moved in");
        } else if (outcomeOn != null && movedIn.isBefore(outcomeOn)) {
            p.add("movedInOn", "The move in cannot be before the referral was accepted");
        }
        p.notFuture("movedInOn", movedInOn, "The date of the move in");
        if (movedOutOn != null && movedIn != null && movedOutOn.isBefore(movedIn)) {
            p.add("movedOutOn", "The move out cannot be before the move in");
        }
        return p.notFuture("movedOutOn", movedOutOn, "The date of the move out").list();
    }
}
