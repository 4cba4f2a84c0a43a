package org.hearth.housing;

import java.time.LocalDate;
import org.hearth.people.PersonId;

/**
 * A refuge referral as the current actor may see it.
 *
 * @param provider the provider's name, or null when the actor is neither the referring worker nor the provider
 * @param providerArea the provider's area, or null likewise (where a victim is is the most dangerous fact in Hearth)
 * @param mayRecord the actor is the referring worker or works for the provider
 */
public record RefugeReferral(RefugeReferralId id, String reference, PersonId person, LocalDate referredOn,
        String provider, String providerArea, String referringAgency, int children, boolean olderSon,
        boolean disability, boolean language, boolean nrpf, String needsNote, RefugeOutcome outcome,
        DeclineReason reason, String outcomeNote, LocalDate outcomeOn, LocalDate movedInOn, LocalDate movedOutOn,
        boolean mayRecord) {
}
