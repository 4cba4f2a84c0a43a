package org.hearth.casework;

/** How a programme referral ended: completed, or the reason it stopped. */
public enum ProgrammeEndReason {
    COMPLETED("Completed the programme"),
    NON_ATTENDANCE("Stopped: did not attend"),
    WITHDREW("Stopped: withdrew"),
    EXCLUDED_RISK("Stopped: excluded because of risk"),
    RECALLED_OR_CUSTODY("Stopped: recalled or in custody"),
    MOVED_AWAY("Stopped: moved away"),
    OTHER("Stopped: another reason");

    private final String label;

    ProgrammeEndReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
