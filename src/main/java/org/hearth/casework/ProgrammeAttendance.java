package org.hearth.casework;

/** Attendance at one session of a programme. */
public enum ProgrammeAttendance {
    ATTENDED("Attended"),
    MISSED("Did not attend"),
    EXCUSED("Absent with a reason accepted");

    private final String label;

    ProgrammeAttendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
