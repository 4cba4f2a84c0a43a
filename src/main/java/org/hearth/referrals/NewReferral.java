package org.hearth.referrals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonId;
import org.hearth.risk.RiskGrade;

/**
 * A referral as it arrives through any door, its people already resolved to person records. The police's own DASH
 * grade and score ({@code policeRiskGrade}, {@code policeRiskScore}, 0 to 27) are optional: the police import and
 * the API carry them when the force sends them.
 */
public record NewReferral(ReferralSource source, AgencyId referringAgency, String referrerName, LocalDate receivedOn,
        LocalDate incidentOn, LocalTime incidentTime, String policeReference, PersonId victim,
        List<PersonId> perpetrators, List<ChildAtIncident> children, VictimRelationship relationship,
        Set<AbuseType> abuseTypes, Consent consent, LawfulBasis consentBasis, String consentReason,
        String narrative, AreaId area, RiskGrade policeRiskGrade, Integer policeRiskScore) {

    /** The largest police DASH score (the ACPO DASH 2009 form has 27 questions). */
    public static final int MAX_POLICE_SCORE = 27;

    public NewReferral {
        if (policeRiskScore != null && (policeRiskScore < 0 || policeRiskScore > MAX_POLICE_SCORE)) {
            throw org.hearth.platform.InvalidInputException.of("policeRiskScore",
                    "Enter a DASH score from 0 to " + MAX_POLICE_SCORE);
        }
    }

    /** A referral without the police's grade and score. */
    public NewReferral(ReferralSource source, AgencyId referringAgency, String referrerName, LocalDate receivedOn,
            LocalDate incidentOn, LocalTime incidentTime, String policeReference, PersonId victim,
            List<PersonId> perpetrators, List<ChildAtIncident> children, VictimRelationship relationship,
            Set<AbuseType> abuseTypes, Consent consent, LawfulBasis consentBasis, String consentReason,
            String narrative, AreaId area) {
        this(source, referringAgency, referrerName, receivedOn, incidentOn, incidentTime, policeReference, victim,
                perpetrators, children, relationship, abuseTypes, consent, consentBasis, consentReason, narrative, area,
                null, null);
    }
}
