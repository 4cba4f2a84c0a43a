package org.hearth.casework;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Court support on a case: the criminal case's milestones with the victim's attendance, special measures requested
 * and granted, and a court calendar per worker. Reads and writes as {@link Casework}, audited with the person's id.
 */
public interface CourtSupport {

    /**
     * Records a milestone. Attendance only for a day that has come; a court for every hearing.
     *
     * @throws org.hearth.platform.InvalidInputException {@code kind}, {@code eventOn}, {@code court},
     *     {@code details}, {@code attendance}
     */
    CourtEvent add(CaseId id, CourtEventKind kind, LocalDate on, LocalTime time, String court, String details,
            Attendance attendance);

    /** Records the victim's attendance at a court date that has come. */
    CourtEvent attendance(CaseId id, UUID event, Attendance attendance);

    List<CourtEvent> events(CaseId id);

    /**
     * Records a special measure requested, or the court's decision on it (one row per measure, updated).
     *
     * @throws org.hearth.platform.InvalidInputException {@code measure}, {@code status}, {@code requestedOn},
     *     {@code decidedOn}
     */
    SpecialMeasureRequest measure(CaseId id, SpecialMeasure measure, MeasureStatus status, LocalDate requestedOn,
            LocalDate decidedOn);

    List<SpecialMeasureRequest> measures(CaseId id);

    /** The current member of staff's court dates on their open cases between two days, soonest first (audited). */
    List<CourtDate> calendar(LocalDate from, LocalDate to);
}
