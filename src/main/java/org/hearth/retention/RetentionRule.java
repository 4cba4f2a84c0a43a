package org.hearth.retention;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the retention schedule: a record of this type is kept {@code yearsAfterLastInvolvement} years after the
 * person's last involvement and, when {@code untilAge} is set and the date of birth is known, at least until that
 * birthday; whichever is later.
 *
 * @param updatedAt when the rule was last changed (null: as shipped)
 */
public record RetentionRule(RecordType type, int yearsAfterLastInvolvement, Integer untilAge, String reasoning,
        Instant updatedAt) {

    /** The day the record is due for review: the later of the two limits. */
    public LocalDate dueOn(LocalDate lastInvolvement, LocalDate dateOfBirth) {
        LocalDate due = lastInvolvement.plusYears(yearsAfterLastInvolvement);
        if (untilAge != null && dateOfBirth != null) {
            LocalDate birthday = dateOfBirth.plusYears(untilAge);
            if (birthday.isAfter(due)) {
                due = birthday;
            }
        }
        return due;
    }

    /** How the rule reads: "6 years after the last involvement, or until the 25th birthday if later". */
    public String describe() {
        String years = yearsAfterLastInvolvement + (yearsAfterLastInvolvement == 1 ? " year" : " years")
                + " after the last involvement";
        return untilAge == null ? years : years + ", or until the " + ordinal(untilAge) + " birthday if later";
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
