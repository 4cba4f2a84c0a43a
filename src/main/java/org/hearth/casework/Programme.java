package org.hearth.casework;

import org.hearth.partnership.AgencyId;

/**
 * A perpetrator programme run by a provider agency, with its places and the figures of its capacity.
 *
 * @param courtMandated an accredited programme a court requires (a requirement of a sentence), or a non-court one
 * @param inProgramme referrals started and not yet ended (places taken)
 * @param waiting referrals assessed suitable and waiting to start, with those not yet assessed
 * @param medianWaitDays the median days from referral to start over the last year, or null with fewer than 5
 */
public record Programme(ProgrammeId id, AgencyId agency, String agencyName, String name, boolean courtMandated,
        int places, int inProgramme, int waiting, Double medianWaitDays) {

    public int freePlaces() {
        return Math.max(0, places - inProgramme);
    }
}
