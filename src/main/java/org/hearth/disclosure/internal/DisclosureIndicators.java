package org.hearth.disclosure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.disclosure.Application;
import org.hearth.disclosure.Route;
import org.hearth.insights.Cell;
import org.hearth.insights.Headline;
import org.hearth.insights.Section;
import org.hearth.insights.SqlSectionIndicators;
import org.hearth.insights.Suppression;
import org.hearth.insights.Table;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Clare's Law on the dashboard and the board report: applications received in the period by route, the forum's
 * decisions (disclosed, not disclosed, still open), disclosures made, and the share closed within the guidance's 28
 * days. Counts only, every one suppressed (the outcomes of a route as one group, so a small count cannot be worked
 * out from the received total); percentages only when their counts are shown. An application is the police's, not an
 * area's, so an area's report has no Clare's Law figures. Nothing here names an application or says who asked.
 */
@Component
class DisclosureIndicators extends SqlSectionIndicators {

    DisclosureIndicators(JdbcClient jdbc) {
        super(Section.DISCLOSURE, jdbc);
    }

    record Counts(long received, long disclosed, long notDisclosed, long open, long within) {

        long closed() {
            return disclosed + notDisclosed;
        }
    }

    @Override
    public Figures figures(LocalDate from, LocalDate to, UUID areaId) {
        if (areaId != null) {
            return Figures.NONE;
        }
        Map<Route, Counts> byRoute = new EnumMap<>(Route.class);
        for (Route r : Route.values()) {
            byRoute.put(r, new Counts(0, 0, 0, 0, 0));
        }
        jdbc.sql("""
                SELECT route, count(*) AS received,
                       count(*) FILTER (WHERE closed_on <= :to AND decision = 'DISCLOSE') AS disclosed,
                       count(*) FILTER (WHERE closed_on <= :to AND decision IS DISTINCT FROM 'DISCLOSE') AS not_disclosed,
                       count(*) FILTER (WHERE closed_on IS NULL OR closed_on > :to) AS open,
                       count(*) FILTER (WHERE closed_on <= :to AND closed_on - received_on <= :target) AS within
                FROM disclosure_application WHERE received_on BETWEEN :from AND :to GROUP BY route""")
                .param("from", from).param("to", to).param("target", Application.TARGET_DAYS)
                .query((rs, n) -> byRoute.put(Route.valueOf(rs.getString("route")), new Counts(rs.getLong("received"),
                        rs.getLong("disclosed"), rs.getLong("not_disclosed"), rs.getLong("open"),
                        rs.getLong("within"))))
                .list();
        Route[] routes = Route.values();
        long[][] outcomes = new long[routes.length + 1][3];
        Counts all = new Counts(0, 0, 0, 0, 0);
        for (int i = 0; i < routes.length; i++) {
            Counts c = byRoute.get(routes[i]);
            outcomes[i] = new long[] {c.disclosed(), c.notDisclosed(), c.open()};
            all = new Counts(all.received() + c.received(), all.disclosed() + c.disclosed(),
                    all.notDisclosed() + c.notDisclosed(), all.open() + c.open(), all.within() + c.within());
        }
        outcomes[routes.length] = new long[] {all.disclosed(), all.notDisclosed(), all.open()};
        // each row's outcomes add up to its received count; each column's routes add up to the "All" row
        List<int[]> groups = new ArrayList<>();
        int cols = 3;
        long[] flat = new long[outcomes.length * cols];
        for (int r = 0; r < outcomes.length; r++) {
            System.arraycopy(outcomes[r], 0, flat, r * cols, cols);
            int[] row = new int[cols];
            for (int c = 0; c < cols; c++) {
                row[c] = r * cols + c;
            }
            groups.add(row);
        }
        for (int c = 0; c < cols; c++) {
            int[] column = new int[routes.length];
            for (int r = 0; r < routes.length; r++) {
                column[r] = r * cols + c;
            }
            groups.add(column);
        }
        List<Suppression.Count> suppressed = Suppression.suppress(flat, groups);
        // the routes' received counts add up to the "All" row's: one group
        long[] receivedByRoute = new long[routes.length];
        for (int r = 0; r < routes.length; r++) {
            receivedByRoute[r] = byRoute.get(routes[r]).received();
        }
        List<Suppression.Count> receivedCounts = Suppression.group(receivedByRoute);
        List<Table.Row> rows = new ArrayList<>();
        Cell allWithin = null;
        Suppression.Count allDisclosed = null;
        for (int r = 0; r <= routes.length; r++) {
            Counts c = r < routes.length ? byRoute.get(routes[r]) : all;
            Suppression.Count disclosed = suppressed.get(r * cols);
            Suppression.Count notDisclosed = suppressed.get(r * cols + 1);
            Suppression.Count open = suppressed.get(r * cols + 2);
            Suppression.Count received = r < routes.length ? receivedCounts.get(r) : Suppression.single(c.received());
            // closed = disclosed + not disclosed: shown only when both are, so it cannot give away a hidden one
            Suppression.Count closed = new Suppression.Count(c.closed(), disclosed.shown() && notDisclosed.shown()
                    ? Cell.Status.SHOWN : Cell.Status.HIDDEN);
            Suppression.Count within = Suppression.single(c.within());
            Cell withinPct = Suppression.percent(within, closed);
            rows.add(new Table.Row(r < routes.length ? routes[r].label() : "All applications", List.of(
                    received.cell(), disclosed.cell(), notDisclosed.cell(), open.cell(),
                    Suppression.percent(disclosed, closed), withinPct)));
            if (r == routes.length) {
                allWithin = withinPct;
                allDisclosed = disclosed;
            }
        }
        List<Headline> headlines = List.of(
                headline("dvds-applications", "Clare’s Law applications",
                        Suppression.single(all.received()).cell(), "Received in the period, under both routes"),
                headline("dvds-disclosures", "Disclosures made", allDisclosed.cell(),
                        "Of the applications received in the period, closed with a disclosure"),
                headline("dvds-within-28-days", "Closed within 28 days", allWithin,
                        "Of those closed, the share closed within the statutory guidance’s 28 days"));
        Table table = table("dvds-by-route", "Clare’s Law applications by route and decision",
                "Applications received in the period by route: the forum's decision (disclosed or not) for those "
                        + "closed, those still open, and the share closed within 28 days.", "Route",
                List.of("Received", "Disclosed", "Not disclosed", "Open", "Disclosed (% of closed)",
                        "Closed within 28 days (% of closed)"),
                rows, Table.ChartKind.BAR, List.of(1, 2, 3));
        return new Figures(headlines, List.of(table));
    }
}
