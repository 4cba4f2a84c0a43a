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
 * A referral as recorded, with the hub's triage decisions once made: {@code triageOutcomes} is the set,
 * {@code triageOutcome} the first of them (in {@link TriageOutcome}'s order), {@code triagedOutsideMeeting} marks a
 * decision made outside the daily meeting (urgent).
 *
 * @param area the area of the victim the referral is about (null when the door did not say): the MARAC, hub and
 *     casework of that area take the case, whichever agency referred
 */
public record Referral(ReferralId id, String reference, ReferralSource source, AgencyId referringAgency,
        String referrerName, LocalDate receivedOn, LocalDate incidentOn, LocalTime incidentTime,
        String policeReference, PersonId victim, List<PersonId> perpetrators, List<ChildAtIncident> children,
        VictimRelationship relationship, Set<AbuseType> abuseTypes, Consent consent, LawfulBasis consentBasis,
        String consentReason, String narrative, TriageOutcome triageOutcome, String triageReason,
        String triagedBy, Instant triagedAt, Instant createdAt, Set<TriageOutcome> triageOutcomes,
        boolean triagedOutsideMeeting, org.hearth.risk.RiskGrade policeRiskGrade, Integer policeRiskScore,
        AreaId area) {

    public Referral {
        triageOutcomes = triageOutcomes == null ? Set.of() : TriageOutcome.sorted(triageOutcomes);
    }

    public boolean triaged() {
        return triageOutcome != null;
    }

    /** The decisions in words, in order ("Refer to MARAC, Refer to the IDVA service"). */
    public String decisionsInWords() {
        return String.join(", ", triageOutcomes.stream().map(TriageOutcome::label).toList());
    }
}
