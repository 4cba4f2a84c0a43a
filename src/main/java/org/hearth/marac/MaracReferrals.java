package org.hearth.marac;

import org.hearth.platform.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.hearth.people.PersonId;
import org.hearth.referrals.ReferralId;

/**
 * Referrals to MARAC. Each records the criteria met with {@code risk}'s evidence, who referred, consent or the
 * lawful basis, and whether it is a repeat: an incident between the same victim and perpetrator(s) within 12
 * months of the last referral to MARAC naming them ({@code risk.MaracRules}). Making one lists it on the next
 * meeting of its MARAC with room and publishes {@link MaracReferralMade}. Acts as the current user; audited.
 */
public interface MaracReferrals {

    /**
     * A referral by a practitioner (from the person's page) or a system (the API), as the current actor, who must
     * hold a ground on the victim ({@code PersonAccess.holdsGround}; break-glass does not count).
     *
     * @throws org.springframework.security.access.AccessDeniedException without a ground
     * @throws InvalidInputException for no criterion met or claimed, professional judgement without a
     *     reason, consent overridden without a lawful basis and reason, an unknown MARAC or perpetrator
     */
    MaracReferral refer(NewMaracReferral referral, ReferralSource source);

    /**
     * The referral to MARAC made by the hub's triage decision {@code REFER_TO_MARAC} on a front-door referral (its
     * victim and perpetrators, the MARAC of the victim's area); once per decision: a second call returns the first.
     */
    MaracReferral fromTriage(ReferralId referral);

    /**
     * A referral, to hub/MARAC coordinators or to those who may view its victim's record other than by break-glass
     * ({@code PersonAccess.mayViewWithoutGlass}: a grant, MARAC research included, or the hub role).
     */
    Optional<MaracReferral> find(MaracReferralId id);

    /**
     * The victim's referrals to MARAC, newest first (for those who may view the victim's record other than by
     * break-glass, as {@link #find}).
     */
    List<MaracReferral> forVictim(PersonId victim);

    /**
     * Referrals no MARAC was found for (hub/MARAC coordinators), oldest first: the victim's area is covered by no
     * MARAC, or the referral named no area and the partnership has several MARACs. They wait here, never unseen.
     */
    List<MaracReferral> withoutMarac();

    /**
     * The coordinator chooses the MARAC of a referral not yet on an agenda; it is listed on that MARAC's next
     * meeting with room. Audited.
     *
     * @throws InvalidInputException (field {@code marac}) for an unknown MARAC or a referral already on an agenda
     * @throws java.util.NoSuchElementException for an unknown referral
     */
    MaracReferral chooseMarac(MaracReferralId id, MaracId marac);

    /** Referrals not yet listed on a meeting (hub/MARAC coordinators), oldest first; {@code marac} null: all. */
    List<MaracReferral> awaitingListing(MaracId marac);
}
