package org.hearth.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hearth.people.PersonId;

/**
 * SPI: a victim's incidents, which the referrals module records. Risk uses it for the potential-escalation and
 * repeat MARAC criteria. Implement it as a bean in that module; while there is no such bean, risk uses
 * {@link #NONE} (nobody has incidents). Referrals to MARAC come from {@link MaracReferralHistory}.
 */
public interface IncidentHistory {

    /** Until a module provides incidents: no incidents for anyone. */
    IncidentHistory NONE = new IncidentHistory() {
        @Override
        public List<LocalDate> policeIncidentDates(PersonId victim) {
            return List.of();
        }

        @Override
        public List<Incident> incidents(PersonId victim) {
            return List.of();
        }
    };

    /** Dates of police call-outs / incidents in which this person was the victim, any order. */
    List<LocalDate> policeIncidentDates(PersonId victim);

    /**
     * Every incident for this victim known to any agency (not necessarily a crime: unwanted contact, a breach of
     * bail or an order, a child-contact dispute), with the perpetrators named, any order.
     */
    List<Incident> incidents(PersonId victim);

    /**
     * One incident: its date and the perpetrators named (resolved person records: a merge moves them to the
     * surviving record; empty when none was named).
     */
    record Incident(LocalDate on, Set<PersonId> perpetrators) {

        public Incident {
            perpetrators = Set.copyOf(perpetrators);
        }
    }
}
