package org.hearth.workforce;

import java.time.LocalDate;
import java.util.List;
import org.hearth.partnership.AgencyId;

/**
 * A DV ambassador (champion): a member of staff trained to be a point of contact in their agency, their staff group
 * (for BVPI 225 item 11), whether they manage staff, their trainings (the first and each refresher, oldest first)
 * and how many colleagues they have supported.
 */
public record Ambassador(AmbassadorId id, String name, String jobTitle, AgencyId agency, String agencyName,
        TrainingAudience group, boolean manager, List<LocalDate> trainedOn, int colleaguesSupported, LocalDate leftOn) {

    /** How long a training lasts before a refresher is due. */
    public static final int REFRESHER_MONTHS = 12;

    public Ambassador {
        trainedOn = List.copyOf(trainedOn);
    }

    public LocalDate firstTrained() {
        return trainedOn.get(0);
    }

    public LocalDate lastTrained() {
        return trainedOn.get(trainedOn.size() - 1);
    }

    public LocalDate refresherDue() {
        return lastTrained().plusMonths(REFRESHER_MONTHS);
    }

    public boolean active() {
        return leftOn == null;
    }

    public boolean refresherOverdue(LocalDate today) {
        return active() && refresherDue().isBefore(today);
    }
}
