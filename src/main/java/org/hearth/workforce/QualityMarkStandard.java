package org.hearth.workforce;

/**
 * One standard of the Quality Mark (data, seeded by migration and kept by coordinators and administrators): an award
 * at a level needs evidence for, and the assessor's decision that it is met on, every active standard of that level
 * and below. A retired standard ({@code active} false) is kept because old evidence points at it.
 */
public record QualityMarkStandard(String code, int position, int level, String title, String description,
        boolean active) {

    /** Whether an award at {@code awardLevel} needs this standard. */
    public boolean neededFor(int awardLevel) {
        return level <= awardLevel;
    }
}
