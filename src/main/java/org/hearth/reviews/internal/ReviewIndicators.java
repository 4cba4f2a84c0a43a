package org.hearth.reviews.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.insights.Headline;
import org.hearth.insights.Section;
import org.hearth.insights.SqlSectionIndicators;
import org.hearth.insights.Suppression;
import org.hearth.insights.Table;
import org.hearth.platform.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Death reviews on the dashboard and the board report: notifications in the period, reviews open and
 * recommendations overdue at its end, and the recommendations by theme (the lessons across reviews). Every count is
 * suppressed; a review is the partnership's, so an area's report has no review figures (the notifying agency's area
 * is not where the death happened). Counts and themes only: no pseudonym, no reference.
 */
@Component
class ReviewIndicators extends SqlSectionIndicators {

    ReviewIndicators(JdbcClient jdbc) {
        super(Section.DEATH_REVIEWS, jdbc);
    }

    @Override
    public Figures figures(LocalDate from, LocalDate to, UUID areaId) {
        if (areaId != null) {
            return Figures.NONE;
        }
        String end = Dates.day(to);
        long notified = count("SELECT count(*) FROM review WHERE notified_on BETWEEN ? AND ?", from, to);
        long open = count("""
                SELECT count(*) FROM review WHERE notified_on <= ? AND (closed_on IS NULL OR closed_on > ?)""", to, to);
        long overdue = count("""
                SELECT count(*) FROM review_recommendation WHERE due_on < ?
                  AND (completed_on IS NULL OR completed_on > ?)""", to, to);
        List<Headline> headlines = List.of(
                headline("review-notifications", "Deaths notified for a review",
                        Suppression.single(notified).cell(), "Notifications received in the period"),
                headline("reviews-open", "Death reviews open", Suppression.single(open).cell(),
                        "Notified by " + end + " and not published or closed by then"),
                headline("review-recommendations-overdue", "Review recommendations overdue",
                        Suppression.single(overdue).cell(),
                        "Past their due date and not completed on " + end));
        record Theme(String theme, long open, long done) {
        }
        List<Theme> themes = jdbc.sql("""
                SELECT c.theme, count(*) FILTER (WHERE c.completed_on IS NULL OR c.completed_on > :to) AS open,
                       count(*) FILTER (WHERE c.completed_on <= :to) AS done
                FROM review_recommendation c JOIN review r ON r.id = c.review_id
                WHERE r.decided_on <= :to GROUP BY c.theme ORDER BY count(*) DESC, c.theme""").param("to", to)
                .query((rs, n) -> new Theme(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
        List<Table> tables = new ArrayList<>();
        if (!themes.isEmpty()) {
            List<Table.Row> rows = Suppression.rows(themes.stream().map(Theme::theme).toList(),
                    themes.stream().map(t -> new long[] {t.open(), t.done()}).toArray(long[][]::new), true);
            tables.add(table("review-recommendation-themes", "Review recommendations by theme",
                    "The recommendations of every review decided by " + end + ", by theme: the lessons across "
                            + "reviews, and how many are completed.", "Theme", List.of("Not completed", "Completed"),
                    rows, Table.ChartKind.BAR, List.of(0, 1)));
        }
        return new Figures(headlines, tables);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
