package org.hearth.workforce;

import java.time.LocalDate;
import java.util.List;

/**
 * A training session delivered on a day: what it was, who delivered it, and who attended by group (groups with
 * nobody attending are left out).
 */
public record TrainingSession(TrainingSessionId id, String title, LocalDate deliveredOn, String provider,
        List<Attendance> attendance) {

    public TrainingSession {
        attendance = List.copyOf(attendance);
    }

    public int attendees() {
        return attendance.stream().mapToInt(Attendance::total).sum();
    }

    /** Attended by staff of two or more groups: multi-agency training. */
    public boolean multiAgency() {
        return attendance.stream().filter(a -> a.total() > 0).count() >= 2;
    }
}
