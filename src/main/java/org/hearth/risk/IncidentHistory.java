package org.hearth.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.people.PersonId;

/**
 * SPI: a victim's incidents and MARAC referrals, which the referrals module records. Risk uses it for the
 * potential-escalation and repeat MARAC criteria. Implement it as a bean in that module; while there is no
 * such bean, risk uses {@link #NONE} (nobody has incidents or referrals).
 */
public interface IncidentHistory {

    /** Until a module provides incidents: no incidents and no MARAC referrals for anyone. */
    IncidentHistory NONE = new IncidentHistory() {
        @Override
        public List<LocalDate> policeIncidentDates(PersonId victim) {
            return List.of();
        }

        @Override
        public Optional<LocalDate> lastMaracReferral(PersonId victim) {
            return Optional.empty();
        }

        @Override
        public List<LocalDate> incidentDates(PersonId victim) {
            return List.of();
        }
    };

    /** Dates of police call-outs / incidents in which this person was the victim, any order. */
    List<LocalDate> policeIncidentDates(PersonId victim);

    /** The date of this victim's most recent referral to MARAC, if any. */
    Optional<LocalDate> lastMaracReferral(PersonId victim);

    /**
     * Dates of every incident for this victim known to any agency (not necessarily a crime: unwanted contact, a
     * breach of bail or an order, a child-contact dispute), any order.
     */
    List<LocalDate> incidentDates(PersonId victim);
}
