package org.hearth.casework;

/** The victim's attendance at a court date. */
public enum Attendance {
    ATTENDED("Attended"),
    DID_NOT_ATTEND("Did not attend"),
    NOT_REQUIRED("Not required to attend");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
