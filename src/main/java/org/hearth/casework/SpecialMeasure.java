package org.hearth.casework;

/** The special measures of the Youth Justice and Criminal Evidence Act 1999 (ss23-30). */
public enum SpecialMeasure {
    SCREENS("Screens"),
    LIVE_LINK("Live link"),
    EVIDENCE_IN_PRIVATE("Evidence given in private"),
    WIGS_AND_GOWNS("Removal of wigs and gowns"),
    VIDEO_EVIDENCE_IN_CHIEF("Video-recorded evidence in chief"),
    VIDEO_CROSS_EXAMINATION("Video-recorded cross-examination"),
    INTERMEDIARY("An intermediary"),
    COMMUNICATION_AIDS("Aids to communication");

    private final String label;

    SpecialMeasure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
