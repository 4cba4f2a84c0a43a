package org.hearth.marac;

import java.util.List;
import org.hearth.people.PersonId;

/**
 * A meeting's agenda: its cases in order (repeats first, then the highest risk score, then the longest waiting;
 * see {@link Agendas}), the expected length at 12-15 minutes a case, and whether it is over the MARAC's capacity.
 */
public record Agenda(Meeting meeting, Marac marac, List<Case> cases) {

    public static final int MIN_MINUTES_A_CASE = 12;
    public static final int MAX_MINUTES_A_CASE = 15;

    public Agenda {
        cases = List.copyOf(cases);
    }

    public int minMinutes() {
        return cases.size() * MIN_MINUTES_A_CASE;
    }

    public int maxMinutes() {
        return cases.size() * MAX_MINUTES_A_CASE;
    }

    public boolean overCapacity() {
        return cases.size() > marac.capacity();
    }

    /**
     * One case on the agenda: the referral, the victim's and perpetrators' names (for the coordinator's page: agencies
     * research both) and days waiting.
     */
    public record Case(MaracReferral referral, PersonId victim, String victimName, List<String> perpetratorNames,
            long daysWaiting) {
    }
}
