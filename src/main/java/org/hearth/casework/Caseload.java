package org.hearth.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.hearth.access.StaffUserId;

/**
 * A worker's open cases against the guide for their hours: the full-time range scaled by FTE (a 0.5 FTE IDVA:
 * 30-40), rounded to whole cases.
 */
public record Caseload(StaffUserId user, String name, BigDecimal fte, boolean manager, int open, int low, int high) {

    public static Caseload of(Worker w, int open, int fullTimeLow, int fullTimeHigh) {
        return new Caseload(w.user(), w.name(), w.fte(), w.manager(), open, scale(fullTimeLow, w.fte()),
                scale(fullTimeHigh, w.fte()));
    }

    static int scale(int fullTime, BigDecimal fte) {
        return fte.multiply(BigDecimal.valueOf(fullTime)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /** "Over" above the scaled top of the range, "Full" within it, else "Room". */
    public String band() {
        return open > high ? "Over" : open >= low ? "Full" : "Room";
    }
}
