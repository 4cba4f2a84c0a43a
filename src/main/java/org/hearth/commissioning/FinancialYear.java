package org.hearth.commissioning;

import java.time.LocalDate;
import java.time.Month;
import org.hearth.platform.FinancialYears;

/** A financial year, 1 April to 31 March, named by the calendar year it starts in: 2026 is "2026-27". */
public record FinancialYear(int start) implements Comparable<FinancialYear> {

    public FinancialYear {
        if (start < 1900 || start > 2998) {
            throw new IllegalArgumentException("No such financial year");
        }
    }

    /** The year holding {@code day}. */
    public static FinancialYear of(LocalDate day) {
        return new FinancialYear(FinancialYears.startingYear(day));
    }

    /** "2026-27". */
    public String label() {
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    public LocalDate firstDay() {
        return LocalDate.of(start, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(start + 1, Month.MARCH, 31);
    }

    /** The first day of quarter 1 to 4 (April, July, October, January). */
    public LocalDate quarterStart(int quarter) {
        checkQuarter(quarter);
        return firstDay().plusMonths(3L * (quarter - 1));
    }

    public LocalDate quarterEnd(int quarter) {
        return quarterStart(quarter).plusMonths(3).minusDays(1);
    }

    /** The quarter (1 to 4) {@code day} falls in; 1 before the year starts, 4 after it ends. */
    public int quarterOf(LocalDate day) {
        for (int q = 1; q <= 4; q++) {
            if (!day.isAfter(quarterEnd(q))) {
                return q;
            }
        }
        return 4;
    }

    /** "Q1 (April to June)". */
    public static String quarterLabel(int quarter) {
        checkQuarter(quarter);
        return "Q" + quarter + " (" + switch (quarter) {
            case 1 -> "April to June";
            case 2 -> "July to September";
            case 3 -> "October to December";
            default -> "January to March";
        } + ")";
    }

    public FinancialYear previous() {
        return new FinancialYear(start - 1);
    }

    public static void checkQuarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4");
        }
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(start, other.start);
    }
}
