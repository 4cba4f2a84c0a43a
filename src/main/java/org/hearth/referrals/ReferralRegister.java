package org.hearth.referrals;

import java.time.LocalDate;
import java.util.List;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;

/**
 * Referrals listed and filtered, waiting or decided. Hub coordinators list every referral; anyone else who makes
 * referrals lists their own agency's only (whatever agency filter they send). Every listing is audited with the
 * ids shown. Analysts are refused.
 */
public interface ReferralRegister {

    /** Which referrals: every filter may be null. */
    record Filter(State state, TriageOutcome outcome, AgencyId agency, AreaId area, LocalDate from, LocalDate to) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    enum State {
        WAITING("Waiting for triage"), DECIDED("Decided");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A referral as the list shows it, newest first. {@code victimName} is given only to hub coordinators (null
     * otherwise: the list is no way to look people up).
     */
    record Entry(ReferralId id, String reference, LocalDate receivedOn, String agencyName, String areaName,
            String victimName, TriageOutcome outcome, String decidedBy, LocalDate decidedOn) {
    }

    List<Entry> list(Filter filter, int offset, int limit);

    long count(Filter filter);
}
