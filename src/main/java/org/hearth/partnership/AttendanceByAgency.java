package org.hearth.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Attendance at one group's meetings by agency over time, and which agencies have drifted away. An agency is counted
 * only at meetings held while it was a member (those with its attendance recorded); sending apologies is not
 * attending.
 * <p>
 * The drift rule: an agency has <em>drifted away</em> when it attended none of its last {@value #LAST_MEETINGS}
 * meetings, or when it attended fewer than {@value #THRESHOLD_PERCENT}% of its meetings in the
 * {@value #RECENT_MONTHS} months to today (with at least {@value #RECENT_MINIMUM} meetings in them, so one missed
 * meeting is not a trend).
 */
public final class AttendanceByAgency {

    public static final int LAST_MEETINGS = 3;
    public static final int RECENT_MONTHS = 6;
    public static final int RECENT_MINIMUM = 2;
    public static final int THRESHOLD_PERCENT = 50;

    /** The rule in words, for the page that shows it. */
    public static final String RULE = "An agency has drifted away when it attended none of its last " + LAST_MEETINGS
            + " meetings, or fewer than " + THRESHOLD_PERCENT + "% of its meetings in the last " + RECENT_MONTHS
            + " months (when it had at least " + RECENT_MINIMUM + "). Sending apologies is not attending, and an "
            + "agency is counted only at meetings held while it was a member.";

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private AttendanceByAgency() {
    }

    /** A calendar quarter (the same as the financial year's quarters): its first day and its name. */
    public record Quarter(LocalDate start, String label) {

        public LocalDate end() {
            return start.plusMonths(3).minusDays(1);
        }

        public boolean holds(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end());
        }
    }

    /** Attended of expected meetings. */
    public record Rate(int expected, int attended) {

        public static final Rate NONE = new Rate(0, 0);

        /** The percentage attended, rounded half up; null when there were no meetings. */
        public Integer percent() {
            return expected == 0 ? null : (int) Math.floor(attended * 100.0 / expected + 0.5);
        }

        /** "2 of 3 (67%)", or "No meetings". */
        public String text() {
            return expected == 0 ? "No meetings" : attended + " of " + expected + " (" + percent() + "%)";
        }

        Rate plus(Presence p) {
            return new Rate(expected + 1, attended + (p == Presence.ATTENDED ? 1 : 0));
        }
    }

    /** One agency's attendance: by quarter (oldest first), in the recent months, overall, and at its last meetings. */
    public record Row(AgencyId agency, List<Rate> byQuarter, Rate recent, Rate overall, List<Presence> lastMeetings,
            boolean drifted, String reason) {
    }

    public record Result(List<Quarter> quarters, List<Row> rows) {

        public List<Row> drifted() {
            return rows.stream().filter(Row::drifted).toList();
        }
    }

    /** The {@code count} quarters up to the one holding {@code today}, oldest first. */
    public static List<Quarter> quarters(LocalDate today, int count) {
        LocalDate current = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        List<Quarter> list = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            LocalDate start = current.minusMonths(3L * i);
            LocalDate end = start.plusMonths(2);
            list.add(new Quarter(start, MONTHS[start.getMonthValue() - 1] + " to " + MONTHS[end.getMonthValue() - 1]
                    + " " + end.getYear()));
        }
        return list;
    }

    /**
     * Attendance at these meetings (of one group, any order; those after {@code today} ignored) for each agency
     * recorded at any of them, over the last {@code quarterCount} quarters. Rows come lowest recent rate first, the
     * agencies that have drifted away before the rest.
     */
    public static Result of(List<Meeting> meetings, LocalDate today, int quarterCount) {
        List<Quarter> quarters = quarters(today, quarterCount);
        List<Meeting> held = meetings.stream().filter(m -> !m.heldOn().isAfter(today))
                .sorted(Comparator.comparing(Meeting::heldOn).thenComparing(m -> m.id().value())).toList();
        Set<AgencyId> agencies = new LinkedHashSet<>();
        held.forEach(m -> agencies.addAll(m.agencies().keySet()));
        LocalDate recentFrom = today.minusMonths(RECENT_MONTHS).plusDays(1);
        List<Row> rows = new ArrayList<>();
        for (AgencyId agency : agencies) {
            List<Rate> byQuarter = new ArrayList<>(quarters.stream().map(q -> Rate.NONE).toList());
            Rate recent = Rate.NONE;
            Rate overall = Rate.NONE;
            List<Presence> theirs = new ArrayList<>();
            for (Meeting m : held) {
                Presence p = m.agencies().get(agency);
                if (p == null) {
                    continue;
                }
                theirs.add(p);
                overall = overall.plus(p);
                if (!m.heldOn().isBefore(recentFrom)) {
                    recent = recent.plus(p);
                }
                for (int i = 0; i < quarters.size(); i++) {
                    if (quarters.get(i).holds(m.heldOn())) {
                        byQuarter.set(i, byQuarter.get(i).plus(p));
                    }
                }
            }
            List<Presence> last = theirs.subList(Math.max(0, theirs.size() - LAST_MEETINGS), theirs.size());
            String reason = null;
            if (last.size() == LAST_MEETINGS && last.stream().noneMatch(p -> p == Presence.ATTENDED)) {
                reason = "Attended none of its last " + LAST_MEETINGS + " meetings";
            } else if (recent.expected() >= RECENT_MINIMUM && recent.percent() < THRESHOLD_PERCENT) {
                reason = "Attended " + recent.attended() + " of " + recent.expected() + " meetings in the last "
                        + RECENT_MONTHS + " months (" + recent.percent() + "%, under " + THRESHOLD_PERCENT + "%)";
            }
            rows.add(new Row(agency, byQuarter, recent, overall, List.copyOf(last), reason != null, reason));
        }
        rows.sort(Comparator.comparing((Row r) -> !r.drifted())
                .thenComparing(r -> r.recent().percent() == null ? 101 : r.recent().percent())
                .thenComparing(r -> r.overall().percent() == null ? 101 : r.overall().percent()));
        return new Result(quarters, List.copyOf(rows));
    }
}
