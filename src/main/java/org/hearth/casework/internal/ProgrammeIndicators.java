package org.hearth.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.insights.Headline;
import org.hearth.insights.Section;
import org.hearth.insights.SqlSectionIndicators;
import org.hearth.insights.Suppression;
import org.hearth.insights.Table;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Perpetrator programme figures for the dashboard and the board report: referrals made, started, completed and
 * stopped in the period, the completion rate, the median wait from referral to start, and a table by programme.
 * Counts only, every one through {@link Suppression}. An area counts the programmes whose provider agency is in it.
 */
@Component
class ProgrammeIndicators extends SqlSectionIndicators {

    ProgrammeIndicators(JdbcClient jdbc) {
        super(Section.PERPETRATORS, jdbc);
    }

    @Override
    public Figures figures(LocalDate from, LocalDate to, UUID areaId) {
        record Row(String name, long referred, long started, long completed, long stopped) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT p.name,
                       count(*) FILTER (WHERE r.referred_on BETWEEN :from AND :to),
                       count(*) FILTER (WHERE r.started_on BETWEEN :from AND :to),
                       count(*) FILTER (WHERE r.status = 'COMPLETED' AND r.ended_on BETWEEN :from AND :to),
                       count(*) FILTER (WHERE r.status = 'ENDED' AND r.ended_on BETWEEN :from AND :to)
                FROM perpetrator_programme p JOIN agency a ON a.id = p.agency_id
                LEFT JOIN programme_referral r ON r.programme_id = p.id
                WHERE CAST(:area AS uuid) IS NULL OR a.area_id = CAST(:area AS uuid)
                GROUP BY p.name ORDER BY p.name""").param("from", from).param("to", to).param("area", areaId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
        if (rows.isEmpty()) {
            return Figures.NONE;
        }
        long referred = rows.stream().mapToLong(Row::referred).sum();
        long started = rows.stream().mapToLong(Row::started).sum();
        long completed = rows.stream().mapToLong(Row::completed).sum();
        long stopped = rows.stream().mapToLong(Row::stopped).sum();
        List<Long> waits = jdbc.sql("""
                SELECT r.started_on - r.referred_on FROM programme_referral r
                JOIN perpetrator_programme p ON p.id = r.programme_id JOIN agency a ON a.id = p.agency_id
                WHERE r.started_on BETWEEN :from AND :to AND (CAST(:area AS uuid) IS NULL OR a.area_id = CAST(:area AS uuid))""")
                .param("from", from).param("to", to).param("area", areaId).query(Long.class).list();
        List<Headline> headlines = new ArrayList<>();
        headlines.add(headline("programme-referrals", "Referrals to perpetrator programmes",
                Suppression.single(referred).cell(), "Referred in the period"));
        headlines.add(headline("programme-started", "Started a programme",
                Suppression.single(started).cell(), "Started in the period"));
        Suppression.Count done = Suppression.single(completed);
        headlines.add(headline("programme-completed", "Completed a programme", done.cell(),
                "Completed in the period"));
        headlines.add(headline("programme-completion-rate", "Completion rate",
                Suppression.percent(done, Suppression.single(completed + stopped)),
                "Of those who completed or stopped in the period"));
        headlines.add(headline("programme-median-wait", "Median wait to start",
                Suppression.median(waits, " days"), "From referral to the first session, for those who started"));
        List<Table.Row> tableRows = Suppression.rows(rows.stream().map(Row::name).toList(), rows.stream()
                .map(r -> new long[] {r.referred(), r.started(), r.completed(), r.stopped()}).toArray(long[][]::new),
                false);
        Table table = table("programmes", "Perpetrator programmes",
                "Referrals made, programmes started, completed and stopped in the period, by programme.",
                "Programme", List.of("Referred", "Started", "Completed", "Stopped"), tableRows, Table.ChartKind.BAR,
                List.of(0, 1, 2, 3));
        return new Figures(headlines, List.of(table));
    }

}
