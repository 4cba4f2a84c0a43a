package org.hearth.referrals.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonDetails;
import org.hearth.referrals.AbuseType;
import org.hearth.referrals.Consent;
import org.hearth.referrals.LawfulBasis;
import org.hearth.referrals.ReferralSource;
import org.hearth.referrals.VictimRelationship;

/**
 * A referral from a system (the API or the police import), its people described but not yet resolved to
 * records: {@link Intake} does that, without a person choosing, so it links only on an exact match.
 */
public record IncomingReferral(ReferralSource source, AgencyId agency, String referrerName, LocalDate receivedOn,
        LocalDate incidentOn, LocalTime incidentTime, String policeReference, PersonDetails victim,
        String victimPostcode, List<PersonDetails> perpetrators, List<Child> children,
        VictimRelationship relationship, Set<AbuseType> abuseTypes, Consent consent, LawfulBasis consentBasis,
        String consentReason, String narrative, AreaId area, org.hearth.risk.RiskGrade dashGrade, Integer dashScore) {

    /** Without the police's DASH grade and score. */
    public IncomingReferral(ReferralSource source, AgencyId agency, String referrerName, LocalDate receivedOn,
            LocalDate incidentOn, LocalTime incidentTime, String policeReference, PersonDetails victim,
            String victimPostcode, List<PersonDetails> perpetrators, List<Child> children,
            VictimRelationship relationship, Set<AbuseType> abuseTypes, Consent consent, LawfulBasis consentBasis,
            String consentReason, String narrative, AreaId area) {
        this(source, agency, referrerName, receivedOn, incidentOn, incidentTime, policeReference, victim, victimPostcode,
                perpetrators, children, relationship, abuseTypes, consent, consentBasis, consentReason, narrative, area,
                null, null);
    }

    /** A child named, and whether they were present at the incident. */
    public record Child(PersonDetails details, boolean present) {
    }
}
