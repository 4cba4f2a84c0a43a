package org.hearth.referrals.internal;

import java.sql.Time;
import java.util.EnumSet;
import java.util.Set;
import org.hearth.referrals.AbuseType;
import org.hearth.referrals.NewReferral;
import org.hearth.referrals.Referral;
import org.hearth.referrals.ReferralId;

/** The referral just submitted, built from what was written rather than read back: pure. */
final class ReferralAssembly {

    private ReferralAssembly() {
    }

    /** What {@code ReferralStore.load} would read back (the rows' keys keep the first of a repeated person). */
    static Referral submitted(ReferralId id, NewReferral r, ReferralStore.Written written) {
        return new Referral(id, written.reference(), r.source(), r.referringAgency(),
                ReferralRules.blankToNull(r.referrerName()), r.receivedOn(), r.incidentOn(),
                r.incidentTime() == null ? null : Time.valueOf(r.incidentTime()).toLocalTime(),
                ReferralRules.blankToNull(r.policeReference()), r.victim(), ReferralRules.perpetrators(r),
                ReferralRules.children(r), r.relationship(),
                r.abuseTypes().isEmpty() ? EnumSet.noneOf(AbuseType.class) : EnumSet.copyOf(r.abuseTypes()),
                r.consent(), r.consentBasis(), ReferralRules.blankToNull(r.consentReason()),
                ReferralRules.blankToNull(r.narrative()), null, null, null, null, written.createdAt(), Set.of(), false,
                r.policeRiskGrade(), r.policeRiskScore(), r.area());
    }
}
