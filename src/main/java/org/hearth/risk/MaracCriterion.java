package org.hearth.risk;

/** One MARAC referral criterion, whether it is met, and why, in plain English. */
public record MaracCriterion(Kind kind, boolean met, String explanation) {

    /** The SafeLives MARAC referral criteria. */
    public enum Kind {
        VISIBLE_HIGH_RISK("Visible high risk"),
        PROFESSIONAL_JUDGEMENT("Professional judgement"),
        POTENTIAL_ESCALATION("Potential escalation"),
        REPEAT("Repeat");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
