package org.hearth.housing;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.StaffUserId;

/**
 * A sanctuary referral for the victim's own home.
 *
 * @param areaId the partnership area of the home, or null
 * @param coordinator the scheme's coordinator (a member of staff), granted the record while the referral is open
 * @param surveyor the police officer doing the security survey, or null until one is named
 */
public record NewSanctuary(LocalDate referredOn, UUID areaId, String line1, String line2, String town,
        String postcode, boolean victimChooses, boolean perpetratorAbsent, Tenure tenure,
        LocalDate landlordConsentOn, boolean highRisk, StaffUserId coordinator, StaffUserId surveyor) {
}
