package org.hearth.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.partnership.AgencyId;

/**
 * The register of DV ambassadors by agency. Every change is audited; input is refused with
 * {@link org.hearth.platform.InvalidInputException} and nothing is written.
 */
public interface Ambassadors {

    /**
     * Adds an ambassador trained on {@code trainedOn} (not in the future). Every field is checked (a null
     * {@code manager}, {@code group} or {@code trainedOn}, or a reach outside 0 to 10,000, is refused).
     */
    Ambassador register(String name, String jobTitle, AgencyId agency, TrainingAudience group, Boolean manager,
            LocalDate trainedOn, int colleaguesSupported);

    Optional<Ambassador> find(AmbassadorId id);

    /** Every ambassador who has not stepped down, by agency and name. */
    List<Ambassador> active();

    /** Every ambassador, stepped down or not (for figures over time). */
    List<Ambassador> all();

    /** Records a refresher on {@code on} (not in the future, after the last training). */
    Ambassador refresher(AmbassadorId id, LocalDate on);

    /** Records how many colleagues the ambassador has supported in all (0 to 10,000). */
    Ambassador reach(AmbassadorId id, int colleaguesSupported);

    /** Records that the ambassador stepped down on {@code on}. */
    Ambassador stepDown(AmbassadorId id, LocalDate on);

    /** Active ambassadors whose refresher is overdue on {@code today}, longest overdue first. */
    default List<Ambassador> refresherOverdue(LocalDate today) {
        return active().stream().filter(a -> a.refresherOverdue(today))
                .sorted(java.util.Comparator.comparing(Ambassador::refresherDue)).toList();
    }

    LocalDate today();
}
