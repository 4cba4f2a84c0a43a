package org.hearth.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The workforce module's API: training sessions delivered. Every change is recorded in the audit trail. */
public interface Training {

    /**
     * Records a session; fails with {@link IllegalArgumentException} when the title is blank, the date is in the
     * future or nobody attended.
     */
    TrainingSession record(String title, LocalDate deliveredOn, String provider, List<Attendance> attendance);

    Optional<TrainingSession> find(TrainingSessionId id);

    /** Sessions delivered from {@code from} to {@code to} inclusive, latest first. */
    List<TrainingSession> between(LocalDate from, LocalDate to);

    /** Today in the partnership's time zone. */
    LocalDate today();
}
