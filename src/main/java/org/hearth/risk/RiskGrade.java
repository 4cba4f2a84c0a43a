package org.hearth.risk;

import org.hearth.platform.Worded;

/** The risk grade: suggested by the score's band, finally decided by the assessor. */
public enum RiskGrade implements Worded {
    STANDARD, MEDIUM, HIGH;

    public boolean isAbove(RiskGrade other) {
        return compareTo(other) > 0;
    }

    public boolean isBelow(RiskGrade other) {
        return compareTo(other) < 0;
    }
}
