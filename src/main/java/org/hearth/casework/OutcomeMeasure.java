package org.hearth.casework;

/** A question of the outcomes (a row of {@code casework_outcome_measure}: data, not code). */
public record OutcomeMeasure(String code, String label, Kind kind) {

    public enum Kind {
        /** A type of abuse: present, reduced, stopped. Answered at every stage. */
        ABUSE,
        /** Feels safer, quality of life: yes, partly, no. Answered at review and exit (optional at intake). */
        WELLBEING
    }
}
