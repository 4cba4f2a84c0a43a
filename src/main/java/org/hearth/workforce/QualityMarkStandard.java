package org.hearth.workforce;

/**
 * One standard of the Quality Mark (data, seeded by migration): an award at a level needs evidence for, and the
 * assessor's decision that it is met on, every standard of that level and below.
 */
public record QualityMarkStandard(String code, int position, int level, String title, String description) {

    /** Whether an award at {@code awardLevel} needs this standard. */
    public boolean neededFor(int awardLevel) {
        return level <= awardLevel;
    }
}
