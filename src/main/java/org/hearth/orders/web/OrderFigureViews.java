package org.hearth.orders.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.insights.Cell;
import org.hearth.insights.Suppression;
import org.hearth.orders.OrderFigures;

/**
 * Orders made and breached as shown (page and API): each column a group for the insights module's small-number
 * suppression ("&lt;5", and "[c]" where a hidden count could be worked out from the total), with the total.
 */
final class OrderFigureViews {

    private OrderFigureViews() {
    }

    record Row(String type, String typeName, Cell made, Cell ordersBreached, Cell breaches) {
    }

    record Shown(LocalDate from, LocalDate to, List<Row> rows, Row total) {
    }

    static Shown of(OrderFigures figures) {
        List<OrderFigures.Row> raw = figures.rows();
        int n = raw.size();
        long[] made = new long[n + 1];
        long[] breached = new long[n + 1];
        long[] breaches = new long[n + 1];
        for (int i = 0; i < n; i++) {
            made[i] = raw.get(i).made();
            breached[i] = raw.get(i).ordersBreached();
            breaches[i] = raw.get(i).breaches();
        }
        List<Suppression.Count> m = Suppression.group(java.util.Arrays.copyOf(made, n));
        List<Suppression.Count> b = Suppression.group(java.util.Arrays.copyOf(breached, n));
        List<Suppression.Count> c = Suppression.group(java.util.Arrays.copyOf(breaches, n));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Row(raw.get(i).typeCode(), raw.get(i).typeName(), m.get(i).cell(), b.get(i).cell(),
                    c.get(i).cell()));
        }
        Row total = new Row("ALL", "All orders",
                Suppression.single(java.util.Arrays.stream(made).sum()).cell(),
                Suppression.single(java.util.Arrays.stream(breached).sum()).cell(),
                Suppression.single(java.util.Arrays.stream(breaches).sum()).cell());
        return new Shown(figures.from(), figures.to(), rows, total);
    }
}
