package org.hearth.referrals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonId;

/** A referral as it arrives through any door, its people already resolved to person records. */
public record NewReferral(ReferralSource source, AgencyId referringAgency, String referrerName, LocalDate receivedOn,
        LocalDate incidentOn, LocalTime incidentTime, String policeReference, PersonId victim,
        List<PersonId> perpetrators, List<ChildAtIncident> children, VictimRelationship relationship,
        Set<AbuseType> abuseTypes, Consent consent, LawfulBasis consentBasis, String consentReason,
        String narrative, AreaId area) {
}
