package org.hearth.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.partnership.Presence.ABSENT;
import static org.hearth.partnership.Presence.APOLOGIES;
import static org.hearth.partnership.Presence.ATTENDED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The drift rule: none of the last 3 meetings, or under 50% in the last 6 months (with at least 2 meetings). */
class AttendanceByAgencyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    final AgencyId steady = AgencyId.random();
    final AgencyId gone = AgencyId.random();
    final AgencyId fading = AgencyId.random();
    final GroupId group = GroupId.random();
    final List<Meeting> meetings = new ArrayList<>();

    private void meeting(LocalDate on, Object... agencyPresence) {
        Map<AgencyId, Presence> attendance = new LinkedHashMap<>();
        for (int i = 0; i < agencyPresence.length; i += 2) {
            attendance.put((AgencyId) agencyPresence[i], (Presence) agencyPresence[i + 1]);
        }
        meetings.add(new Meeting(MeetingId.random(), group, on, null, null, attendance, Map.of()));
    }

    private AttendanceByAgency.Row row(AttendanceByAgency.Result result, AgencyId agency) {
        return result.rows().stream().filter(r -> r.agency().equals(agency)).findFirst().orElseThrow();
    }

    @Test
    void noneOfTheLastThreeMeetingsIsDriftingAwayEvenWithApologies() {
        meeting(LocalDate.of(2025, 3, 1), steady, ATTENDED, gone, ATTENDED);
        meeting(LocalDate.of(2025, 6, 1), steady, ATTENDED, gone, APOLOGIES);
        meeting(LocalDate.of(2025, 9, 1), steady, ATTENDED, gone, ABSENT);
        meeting(LocalDate.of(2025, 12, 1), steady, ABSENT, gone, APOLOGIES);
        AttendanceByAgency.Result result = AttendanceByAgency.of(meetings, TODAY, 8);
        AttendanceByAgency.Row g = row(result, gone);
        assertThat(g.drifted()).isTrue();
        assertThat(g.reason()).isEqualTo("Attended none of its last 3 meetings");
        assertThat(g.lastMeetings()).containsExactly(APOLOGIES, ABSENT, APOLOGIES);
        assertThat(g.overall().text()).isEqualTo("1 of 4 (25%)");
        assertThat(row(result, steady).drifted()).as("missed one of its last three").isFalse();
        assertThat(result.rows().get(0).agency()).as("drifted agencies first").isEqualTo(gone);
    }

    @Test
    void underHalfInTheLastSixMonthsIsDriftingAway() {
        meeting(LocalDate.of(2026, 6, 10), steady, ATTENDED, fading, ATTENDED);
        meeting(LocalDate.of(2026, 7, 10), steady, ATTENDED, fading, ABSENT);
        meeting(LocalDate.of(2026, 9, 10), steady, ATTENDED, fading, ATTENDED);
        meeting(LocalDate.of(2026, 11, 10), steady, ATTENDED, fading, ABSENT);
        meeting(LocalDate.of(2026, 11, 30), steady, ATTENDED, fading, ABSENT);
        AttendanceByAgency.Row f = row(AttendanceByAgency.of(meetings, TODAY, 4), fading);
        assertThat(f.recent().text()).as("6 months to 4 December: from 5 June").isEqualTo("2 of 5 (40%)");
        assertThat(f.drifted()).isTrue();
        assertThat(f.reason()).isEqualTo("Attended 2 of 5 meetings in the last 6 months (40%, under 50%)");
    }

    @Test
    void exactlyHalfIsNotDriftingAndOneMissedMeetingIsNotATrend() {
        meeting(LocalDate.of(2026, 8, 1), steady, ATTENDED, fading, ATTENDED);
        meeting(LocalDate.of(2026, 10, 1), steady, ABSENT, fading, ABSENT);
        meeting(LocalDate.of(2026, 11, 1), gone, ABSENT);
        AttendanceByAgency.Result result = AttendanceByAgency.of(meetings, TODAY, 4);
        assertThat(row(result, fading).recent().percent()).isEqualTo(50);
        assertThat(row(result, fading).drifted()).isFalse();
        assertThat(row(result, gone).drifted()).as("one meeting only").isFalse();
    }

    @Test
    void anAgencyCountsOnlyAtMeetingsWhileAMemberAndQuartersAreCalendarQuarters() {
        meeting(LocalDate.of(2026, 7, 1), steady, ATTENDED);
        meeting(LocalDate.of(2026, 8, 1), steady, ATTENDED);
        meeting(LocalDate.of(2026, 10, 5), steady, ATTENDED, fading, ATTENDED);
        meeting(LocalDate.of(2027, 1, 5), steady, ABSENT, fading, ABSENT); // after today: ignored
        AttendanceByAgency.Result result = AttendanceByAgency.of(meetings, TODAY, 3);
        assertThat(result.quarters()).extracting(AttendanceByAgency.Quarter::label)
                .containsExactly("Apr to Jun 2026", "Jul to Sep 2026", "Oct to Dec 2026");
        assertThat(row(result, fading).overall().text()).isEqualTo("1 of 1 (100%)");
        assertThat(row(result, steady).byQuarter()).extracting(AttendanceByAgency.Rate::text)
                .containsExactly("No meetings", "2 of 2 (100%)", "1 of 1 (100%)");
    }
}
