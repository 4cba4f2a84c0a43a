package org.hearth.marac;

import java.time.LocalDate;
import java.util.List;

/**
 * A SafeLives MARAC data return, for one meeting or for a quarter of one MARAC: figures only, never case-level data.
 *
 * @param meeting the meeting, or null for a quarter
 * @param meetings the days of the meetings held that it counts
 * @param suppressed the figures went through small-number suppression (everyone but coordinators)
 * @param women16Plus women aged 16 and over in the MARAC's areas, null while an area has no figure
 */
public record SafeLivesReturn(MaracId marac, String maracName, LocalDate from, LocalDate to, MaracMeetingId meeting,
        List<LocalDate> meetings, boolean suppressed, Integer women16Plus, List<ReturnLine> lines) {

    public SafeLivesReturn {
        meetings = List.copyOf(meetings);
        lines = List.copyOf(lines);
    }

    public java.util.Optional<ReturnLine> line(String key) {
        return lines.stream().filter(l -> key.equals(l.key())).findFirst();
    }
}
