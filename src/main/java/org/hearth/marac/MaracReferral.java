package org.hearth.marac;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.hearth.referrals.Consent;
import org.hearth.referrals.LawfulBasis;
import org.hearth.referrals.ReferralId;
import org.hearth.risk.MaracCriterion;

/**
 * A referral to MARAC: who it is about, where it came from, who referred, the criteria met with the evidence
 * {@code risk} gave when it was made, consent or the lawful basis for sharing without it, whether it is a repeat
 * (and the earlier referral that makes it one), and the meeting it is listed for (null while awaiting listing).
 *
 * @param marac null until the coordinator chooses one (no MARAC covers the referring agency's area)
 * @param referral the front-door referral whose triage decision made it, or null
 * @param riskScore the latest DASH score when it was made, or null when none
 * @param transferredTo the MARAC the case was transferred out to (it is then closed here), or null
 * @param transferredOn the day it was transferred out (UK time), or null
 */
public record MaracReferral(MaracReferralId id, String reference, MaracId marac, PersonId victim,
        List<PersonId> perpetrators, ReferralSource source, ReferralId referral, LocalDate referredOn,
        String referredBy, AgencyId referringAgency, Set<MaracCriterion.Kind> criteria, String evidence,
        String judgementReason, Integer riskScore, Consent consent, LawfulBasis lawfulBasis, String consentReason,
        boolean repeat, MaracReferralId repeatOf, String repeatOfReference, MaracMeetingId meeting, String transferredTo,
        LocalDate transferredOn) {

    /** Whether the case was transferred out to another MARAC (and so closed at this one). */
    public boolean transferred() {
        return transferredTo != null;
    }
}
