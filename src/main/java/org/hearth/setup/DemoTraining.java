package org.hearth.setup;

import static org.hearth.workforce.TrainingAudience.EDUCATION;
import static org.hearth.workforce.TrainingAudience.HEALTH;
import static org.hearth.workforce.TrainingAudience.HOUSING;
import static org.hearth.workforce.TrainingAudience.OTHER;
import static org.hearth.workforce.TrainingAudience.POLICE;
import static org.hearth.workforce.TrainingAudience.SOCIAL_SERVICES;
import static org.hearth.workforce.TrainingAudience.VOLUNTARY_SECTOR;

import java.time.LocalDate;
import java.util.List;
import org.hearth.workforce.Attendance;
import org.hearth.workforce.Training;

/**
 * Synthetic training for Northfield over the last 14 months: multi-agency DASH and MARAC sessions reaching
 * housing, health and police staff (front-line and managers), a schools session, and single-agency refreshers.
 */
final class DemoTraining {

    private final Training training;

    DemoTraining(Training training) {
        this.training = training;
    }

    void load(LocalDate today) {
        session(today.minusMonths(13), "DASH risk identification for front-line staff", "Northfield IDVA Service",
                new Attendance(HOUSING, 9, 1), new Attendance(HEALTH, 7, 0));
        session(today.minusMonths(10), "MARAC: referring and representing your agency", "Northfield MARAC coordinator",
                new Attendance(HOUSING, 4, 3), new Attendance(POLICE, 6, 2), new Attendance(SOCIAL_SERVICES, 5, 2));
        session(today.minusMonths(8), "Domestic abuse and the family court", "Northfield Family Court advisers",
                new Attendance(SOCIAL_SERVICES, 11, 0));
        session(today.minusMonths(6), "Routine enquiry in primary care", "Northfield Domestic Abuse Partnership",
                new Attendance(HEALTH, 18, 3), new Attendance(VOLUNTARY_SECTOR, 2, 0));
        session(today.minusMonths(5), "Operation Encompass for designated safeguarding leads", "Northfield Schools",
                new Attendance(EDUCATION, 22, 4), new Attendance(POLICE, 2, 0));
        session(today.minusMonths(3), "Coercive control: recognising and recording it", "Northfield Police",
                new Attendance(POLICE, 24, 0));
        session(today.minusMonths(2), "Sanctuary scheme and housing options", "Northfield Housing Options",
                new Attendance(HOUSING, 8, 2), new Attendance(VOLUNTARY_SECTOR, 5, 1), new Attendance(OTHER, 1, 0));
        session(today.minusWeeks(3), "DASH risk identification for front-line staff", "Northfield IDVA Service",
                new Attendance(HEALTH, 10, 2), new Attendance(HOUSING, 6, 0), new Attendance(EDUCATION, 3, 1));
    }

    private void session(LocalDate on, String title, String provider, Attendance... attendance) {
        training.record(title, on, provider, List.of(attendance));
    }
}
