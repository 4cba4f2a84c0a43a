package org.hearth.risk;

import org.hearth.platform.Worded;

/** One MARAC referral criterion, whether it is met, and why, in plain English. */
public record MaracCriterion(Kind kind, boolean met, String explanation) {

    /** The SafeLives MARAC referral criteria. */
    public enum Kind implements Worded {
        VISIBLE_HIGH_RISK,
        PROFESSIONAL_JUDGEMENT,
        POTENTIAL_ESCALATION,
        REPEAT;
    }
}
