package org.hearth.referrals;

import java.util.EnumSet;
import java.util.Set;

/**
 * One of the hub's decisions on a referral. A referral's decisions are a set (the hub often decides several things at
 * once); {@link #INFORMATION_ONLY} and {@link #NO_FURTHER_ACTION} are exclusive: each stands alone.
 */
public enum TriageOutcome {
    REFER_TO_MARAC("Refer to MARAC"),
    REFER_TO_IDVA("Refer to the IDVA service"),
    OUTREACH("Outreach"),
    REFER_TO_CHILDRENS_SOCIAL_CARE("Refer to children's social care"),
    STRATEGY_DISCUSSION("Strategy discussion"),
    SIGNPOST("Signpost"),
    INFORMATION_ONLY("Information only"),
    NO_FURTHER_ACTION("No further action");

    private final String label;

    TriageOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this decision must stand alone ("no further action", "information only"). */
    public boolean exclusive() {
        return this == INFORMATION_ONLY || this == NO_FURTHER_ACTION;
    }

    /**
     * Checks a set of decisions: at least one, and an exclusive one alone.
     *
     * @return the problem in words, or null when the set is valid
     */
    public static String problemWith(Set<TriageOutcome> outcomes) {
        if (outcomes == null || outcomes.isEmpty()) {
            return "Select at least one decision";
        }
        for (TriageOutcome o : outcomes) {
            if (o.exclusive() && outcomes.size() > 1) {
                return "\u201c" + o.label() + "\u201d cannot be chosen with other decisions";
            }
        }
        return null;
    }

    /** The decisions in this enum's order (the first is the one a single-outcome reader sees). */
    public static Set<TriageOutcome> sorted(java.util.Collection<TriageOutcome> outcomes) {
        // a blank choice from a form binds as null: it is no decision, never an error page
        EnumSet<TriageOutcome> set = EnumSet.noneOf(TriageOutcome.class);
        outcomes.stream().filter(java.util.Objects::nonNull).forEach(set::add);
        return java.util.Collections.unmodifiableSet(set);
    }
}
