package org.hearth.referrals;

/** What the hub decided for a referral. */
public enum TriageOutcome {
    REFER_TO_MARAC("Refer to MARAC"),
    REFER_TO_IDVA("Refer to the IDVA service"),
    OUTREACH("Outreach"),
    SIGNPOST("Signpost"),
    NO_FURTHER_ACTION("No further action");

    private final String label;

    TriageOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
