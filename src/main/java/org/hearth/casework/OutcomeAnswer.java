package org.hearth.casework;

import org.hearth.platform.Worded;
import java.util.List;

/**
 * An answer to an outcome measure: for a type of abuse not present, present, reduced or stopped (at intake only
 * present or not); for a wellbeing measure (feels safer, quality of life) yes, partly or no.
 */
public enum OutcomeAnswer implements Worded {
    NOT_PRESENT,
    PRESENT,
    REDUCED,
    STOPPED,
    YES,
    PARTLY,
    NO;

    /** The answers a measure of this kind takes at this stage. */
    public static List<OutcomeAnswer> allowed(OutcomeMeasure.Kind kind, OutcomeStage stage) {
        if (kind == OutcomeMeasure.Kind.WELLBEING) {
            return List.of(YES, PARTLY, NO);
        }
        return stage == OutcomeStage.INTAKE ? List.of(NOT_PRESENT, PRESENT)
                : List.of(NOT_PRESENT, PRESENT, REDUCED, STOPPED);
    }
}
