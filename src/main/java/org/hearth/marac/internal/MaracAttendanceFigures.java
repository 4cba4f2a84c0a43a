package org.hearth.marac.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.insights.Headline;
import org.hearth.insights.Section;
import org.hearth.insights.SqlSectionIndicators;
import org.hearth.insights.Suppression;
import org.hearth.insights.Suppression.Count;
import org.hearth.insights.Table;
import org.hearth.insights.Table.ChartKind;
import org.hearth.insights.Table.Row;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's MARAC attendance figures (issue 12, point 5), on the insights dashboard, its API and the board
 * report, in the MARAC section: for each member agency, the MARAC meetings held in the period at which it is a
 * standing member, and those it attended (its representative or its deputy, from {@code marac_attendance}). A meeting
 * counts once marked held; in an area, the meetings of the MARACs covering it. Membership is the MARAC's current one
 * (standing members are not kept with dates). Every count through {@link Suppression}; figures only, never a person.
 */
@Component
class MaracAttendanceFigures extends SqlSectionIndicators {

    MaracAttendanceFigures(JdbcClient jdbc) {
        super(Section.MARAC, jdbc);
    }

    /** An agency's meetings as a standing member, attended, and apologies sent. */
    record AgencyAttendance(String agency, long meetings, long attended, long apologies) {
    }

    List<AgencyAttendance> attendance(LocalDate from, LocalDate to, UUID area) {
        return jdbc.sql("""
                SELECT ag.name, count(*) AS meetings,
                       count(*) FILTER (WHERE a.status IN ('PRESENT', 'DEPUTY')) AS attended,
                       count(*) FILTER (WHERE a.status = 'APOLOGIES') AS apologies
                FROM marac_meeting m
                JOIN marac_member mm ON mm.marac_id = m.marac_id
                JOIN agency ag ON ag.id = mm.agency_id
                LEFT JOIN marac_attendance a ON a.meeting_id = m.id AND a.agency_id = mm.agency_id
                WHERE m.held_at IS NOT NULL AND m.meets_on BETWEEN :from AND :to
                  AND (CAST(:area AS uuid) IS NULL OR EXISTS (SELECT 1 FROM marac_area ma
                       WHERE ma.marac_id = m.marac_id AND ma.area_id = :area))
                GROUP BY ag.id, ag.name
                ORDER BY lower(ag.name), ag.id""")
                .param("from", from).param("to", to).param("area", area)
                .query((rs, n) -> new AgencyAttendance(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Figures figures(LocalDate from, LocalDate to, UUID areaId) {
        List<AgencyAttendance> rows = attendance(from, to, areaId);
        long[][] counts = rows.stream().map(r -> new long[] {r.meetings(), r.attended(), r.apologies()})
                .toArray(long[][]::new);
        List<List<Count>> cells = Suppression.table(counts, false);
        List<Row> table = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Count> c = cells.get(i);
            table.add(new Row(rows.get(i).agency(), List.of(c.get(0).cell(), c.get(1).cell(), c.get(2).cell(),
                    Suppression.percent(c.get(1), c.get(0)))));
        }
        Count memberMeetings = Suppression.single(rows.stream().mapToLong(AgencyAttendance::meetings).sum());
        Count attended = Suppression.single(rows.stream().mapToLong(AgencyAttendance::attended).sum());
        Headline headline = headline("marac-attendance", "MARAC attendance by member agencies",
                Suppression.percent(attended, memberMeetings), attended.cell().text() + " of "
                        + memberMeetings.cell().text() + " places of standing member agencies at MARAC meetings held"
                        + " in the period were taken (by the representative or the deputy)");
        Table byAgency = table("marac-attendance", "MARAC attendance by member agency",
                "MARAC meetings held in the period at which the agency is a standing member, and those its"
                        + " representative or deputy attended.", "Agency",
                List.of("Meetings as a member", "Attended", "Apologies sent", "Attendance"), table, ChartKind.NONE,
                List.of());
        return new Figures(List.of(headline), List.of(byAgency));
    }
}
