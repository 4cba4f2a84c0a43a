package org.hearth.workforce;

/** How many front-line and managerial staff of one group attended a session. */
public record Attendance(TrainingAudience audience, int frontLine, int managerial) {

    public Attendance {
        if (frontLine < 0 || managerial < 0) {
            throw new IllegalArgumentException("Attendance cannot be negative");
        }
    }

    public int total() {
        return frontLine + managerial;
    }
}
