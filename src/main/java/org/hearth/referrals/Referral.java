package org.hearth.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonId;

/**
 * A referral as recorded, with its triage decision once made.
 *
 * @param area the area of the victim the referral is about (null when the door did not say): the MARAC, hub and
 *     casework of that area take the case, whichever agency referred
 */
public record Referral(ReferralId id, String reference, ReferralSource source, AgencyId referringAgency,
        String referrerName, LocalDate receivedOn, LocalDate incidentOn, LocalTime incidentTime,
        String policeReference, PersonId victim, List<PersonId> perpetrators, List<ChildAtIncident> children,
        VictimRelationship relationship, Set<AbuseType> abuseTypes, Consent consent, LawfulBasis consentBasis,
        String consentReason, String narrative, TriageOutcome triageOutcome, String triageReason,
        String triagedBy, Instant triagedAt, Instant createdAt, AreaId area) {

    public boolean triaged() {
        return triageOutcome != null;
    }
}
