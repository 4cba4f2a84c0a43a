package org.hearth.insights.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hearth.insights.Cell;
import org.hearth.insights.Table;
import org.springframework.web.util.HtmlUtils;

/**
 * Server-rendered SVG charts of a {@link Table}: horizontal bars or lines, styled only with CSS classes (the CSP
 * forbids inline styles) and hidden from assistive technology: the table beside each chart is the truth. A hidden
 * figure ("&lt;5", "[c]") is never drawn, only written as its label.
 */
final class Charts {

    static final int WIDTH = 640;
    static final int BAR_WIDTH = 480;

    private Charts() {
    }

    static String svg(Table table) {
        if (table.chart() == Table.ChartKind.NONE || table.chartColumns().isEmpty() || table.rows().isEmpty()) {
            return "";
        }
        return table.chart() == Table.ChartKind.LINE ? line(table) : bars(table);
    }

    private static double value(Cell cell) {
        return cell.isShown() && cell.value() != null ? cell.value().doubleValue() : Double.NaN;
    }

    private static double max(Table table) {
        double max = 0;
        for (Table.Row row : table.rows()) {
            for (int c : table.chartColumns()) {
                double v = value(row.cells().get(c));
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        return niceCeiling(max);
    }

    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String open(int width, int height, String id) {
        return "<svg class=\"hearth-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height
                + "\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" aria-hidden=\"true\" focusable=\"false\""
                + " data-chart=\"" + esc(id) + "\">";
    }

    private static String bars(Table table) {
        List<Integer> series = table.chartColumns();
        int barHeight = 16;
        int gap = 10;
        int rowHeight = series.size() * barHeight + gap;
        int width = BAR_WIDTH;
        int labelWidth = 170;
        int top = series.size() > 1 ? 30 : 10;
        int height = top + table.rows().size() * rowHeight + 30;
        double max = max(table);
        int plot = width - labelWidth - 60;
        StringBuilder svg = new StringBuilder(open(width, height, table.id()));
        legend(svg, table, series);
        for (int g = 0; g <= 4; g++) {
            double x = labelWidth + plot * g / 4.0;
            svg.append("<line class=\"hearth-chart__grid\" x1=\"").append(fmt(x)).append("\" y1=\"").append(top - 4)
                    .append("\" x2=\"").append(fmt(x)).append("\" y2=\"").append(height - 24).append("\"/>");
            svg.append("<text class=\"hearth-chart__axis\" x=\"").append(fmt(x)).append("\" y=\"").append(height - 8)
                    .append("\" text-anchor=\"middle\">").append(number(max * g / 4)).append("</text>");
        }
        int y = top;
        for (Table.Row row : table.rows()) {
            svg.append("<text class=\"hearth-chart__label\" x=\"").append(labelWidth - 8).append("\" y=\"")
                    .append(y + rowHeight / 2 - gap / 2 + 5).append("\" text-anchor=\"end\">")
                    .append(esc(shorten(row.label(), 24))).append("</text>");
            for (int s = 0; s < series.size(); s++) {
                Cell cell = row.cells().get(series.get(s));
                double v = value(cell);
                int by = y + s * barHeight;
                if (!Double.isNaN(v)) {
                    double w = plot * v / max;
                    svg.append("<rect class=\"hearth-chart__bar hearth-chart__series-").append(s).append("\" x=\"")
                            .append(labelWidth).append("\" y=\"").append(by).append("\" width=\"").append(fmt(w))
                            .append("\" height=\"").append(barHeight - 2).append("\"/>");
                    svg.append("<text class=\"hearth-chart__value\" x=\"").append(fmt(labelWidth + w + 4))
                            .append("\" y=\"").append(by + barHeight - 4).append("\">").append(esc(cell.text()))
                            .append("</text>");
                } else {
                    svg.append("<text class=\"hearth-chart__value hearth-chart__value--hidden\" x=\"")
                            .append(labelWidth + 4).append("\" y=\"").append(by + barHeight - 4).append("\">")
                            .append(esc(cell.text())).append("</text>");
                }
            }
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    private static String line(Table table) {
        List<Integer> series = table.chartColumns();
        int height = 300;
        int left = 60;
        int right = 20;
        int top = 34;
        int bottom = 50;
        int plotW = WIDTH - left - right;
        int plotH = height - top - bottom;
        double max = max(table);
        int n = table.rows().size();
        StringBuilder svg = new StringBuilder(open(WIDTH, height, table.id()));
        legend(svg, table, series);
        for (int g = 0; g <= 4; g++) {
            double y = top + plotH - plotH * g / 4.0;
            svg.append("<line class=\"hearth-chart__grid\" x1=\"").append(left).append("\" y1=\"").append(fmt(y))
                    .append("\" x2=\"").append(WIDTH - right).append("\" y2=\"").append(fmt(y)).append("\"/>");
            svg.append("<text class=\"hearth-chart__axis\" x=\"").append(left - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(number(max * g / 4)).append("</text>");
        }
        double step = n > 1 ? plotW / (double) (n - 1) : 0;
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < n; i++) {
            if (i % every == 0) {
                double x = left + step * i;
                String[] parts = table.rows().get(i).label().split(" ");
                svg.append("<text class=\"hearth-chart__axis\" x=\"").append(fmt(x)).append("\" y=\"")
                        .append(height - bottom + 16).append("\" text-anchor=\"middle\">").append(esc(parts[0]))
                        .append("</text>");
                if (parts.length > 1 && (i == 0 || parts[0].equals("Jan"))) {
                    svg.append("<text class=\"hearth-chart__axis\" x=\"").append(fmt(x)).append("\" y=\"")
                            .append(height - bottom + 32).append("\" text-anchor=\"middle\">").append(esc(parts[1]))
                            .append("</text>");
                }
            }
        }
        for (int s = 0; s < series.size(); s++) {
            List<String> segment = new ArrayList<>();
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                double v = value(table.rows().get(i).cells().get(series.get(s)));
                if (Double.isNaN(v)) {
                    flush(svg, points, s);
                    continue;
                }
                double x = left + step * i;
                double y = top + plotH - plotH * v / max;
                points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
                svg.append("<circle class=\"hearth-chart__point hearth-chart__series-").append(s).append("\" cx=\"")
                        .append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"3.5\"/>");
            }
            flush(svg, points, s);
            segment.clear();
        }
        return svg.append("</svg>").toString();
    }

    private static void flush(StringBuilder svg, StringBuilder points, int series) {
        if (points.length() > 0) {
            svg.append("<polyline class=\"hearth-chart__line hearth-chart__series-").append(series)
                    .append("\" fill=\"none\" points=\"").append(points.toString().trim()).append("\"/>");
            points.setLength(0);
        }
    }

    private static void legend(StringBuilder svg, Table table, List<Integer> series) {
        if (series.size() < 2) {
            return;
        }
        int x = 10;
        for (int s = 0; s < series.size(); s++) {
            svg.append("<rect class=\"hearth-chart__series-").append(s).append("\" x=\"").append(x)
                    .append("\" y=\"6\" width=\"14\" height=\"14\"/>");
            String label = table.columns().get(series.get(s));
            svg.append("<text class=\"hearth-chart__legend\" x=\"").append(x + 20).append("\" y=\"18\">")
                    .append(esc(label)).append("</text>");
            x += 40 + label.length() * 8;
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.UK, "%,d", (long) v) : String.format(Locale.UK, "%.1f", v);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s);
    }
}
