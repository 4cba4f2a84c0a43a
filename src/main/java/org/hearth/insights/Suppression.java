package org.hearth.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small-number suppression, the one routine every insights figure goes through (dashboard, API, PDF, XLSX), so no
 * cell can identify a person.
 * <ol>
 * <li><b>Primary</b>: a count from 1 to 4 is shown as "&lt;5". Zero is shown.</li>
 * <li><b>Secondary</b>: counts are given in groups that add up to a total shown elsewhere (the categories of one
 * split, the months of a period, the outcomes of one row). In a group with any hidden count, the next smallest
 * shown non-zero counts are hidden too ("[c]") until at least two are hidden and the hidden counts add up to 10 or
 * more, so that subtracting the shown counts from the total gives only a sum of several hidden counts, never one.
 * When only zeros are left to hide, they are hidden too: "&lt;5" beside zeros would say which category every one of
 * them is in. Groups are checked again until nothing changes (a cell may belong to a row and to a column).</li>
 * <li><b>Derived figures</b>: a percentage or rate is shown only when its numerator and denominator are shown; a
 * median only when it is of 5 or more.</li>
 * </ol>
 */
public final class Suppression {

    /** Counts below this (and above zero) are not shown. */
    public static final int THRESHOLD = 5;
    /** Hidden counts of a group must add up to at least this. */
    public static final int PROTECTED_SUM = 10;

    private static final NumberFormat WHOLE = NumberFormat.getIntegerInstance(Locale.UK);

    private Suppression() {
    }

    /** A count with whether it may be shown, before it becomes a {@link Cell}. */
    public record Count(long raw, Cell.Status status) {

        public boolean shown() {
            return status == Cell.Status.SHOWN;
        }

        public Cell cell() {
            return switch (status) {
                case SHOWN -> Cell.shown(WHOLE.format(raw), raw);
                case SMALL -> Cell.small();
                case HIDDEN -> Cell.hidden();
                case NONE -> Cell.none();
            };
        }
    }

    /** One count on its own (a headline): primary suppression only. */
    public static Count single(long count) {
        return new Count(count, primary(count));
    }

    /** Counts that together add up to a total: one group. */
    public static List<Count> group(long... counts) {
        List<int[]> groups = new ArrayList<>();
        int[] all = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            all[i] = i;
        }
        groups.add(all);
        return suppress(counts, groups);
    }

    /**
     * A table of counts ({@code counts[row][column]}) in which each column is a group (the rows are categories)
     * and, when {@code rowsAreGroups}, each row is one too (its cells are parts of the row's total).
     */
    public static List<List<Count>> table(long[][] counts, boolean rowsAreGroups) {
        int rows = counts.length;
        int cols = rows == 0 ? 0 : counts[0].length;
        long[] flat = new long[rows * cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(counts[r], 0, flat, r * cols, cols);
        }
        List<int[]> groups = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            int[] g = new int[rows];
            for (int r = 0; r < rows; r++) {
                g[r] = r * cols + c;
            }
            groups.add(g);
        }
        if (rowsAreGroups) {
            for (int r = 0; r < rows; r++) {
                int[] g = new int[cols];
                for (int c = 0; c < cols; c++) {
                    g[c] = r * cols + c;
                }
                groups.add(g);
            }
        }
        List<Count> all = suppress(flat, groups);
        List<List<Count>> table = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            table.add(List.copyOf(all.subList(r * cols, r * cols + cols)));
        }
        return table;
    }

    /**
     * The rows of a table of counts: {@link #table} suppressed, each row labelled by {@code labels} in order and
     * holding its counts' cells.
     */
    public static List<Table.Row> rows(List<String> labels, long[][] counts, boolean rowsAreGroups) {
        List<List<Count>> suppressed = table(counts, rowsAreGroups);
        List<Table.Row> rows = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new Table.Row(labels.get(i), suppressed.get(i).stream().map(Count::cell).toList()));
        }
        return rows;
    }

    /** The general routine: counts, and groups of indices into them that each add up to a shown total. */
    public static List<Count> suppress(long[] counts, List<int[]> groups) {
        Cell.Status[] status = new Cell.Status[counts.length];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("A count cannot be negative");
            }
            status[i] = primary(counts[i]);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] group : groups) {
                int hidden = 0;
                long hiddenSum = 0;
                for (int i : group) {
                    if (status[i] != Cell.Status.SHOWN) {
                        hidden++;
                        hiddenSum += counts[i];
                    }
                }
                while (hidden > 0 && (hidden < 2 || hiddenSum < PROTECTED_SUM)) {
                    int next = -1;
                    for (int i : group) {
                        if (status[i] == Cell.Status.SHOWN && counts[i] > 0 && (next < 0 || counts[i] < counts[next])) {
                            next = i;
                        }
                    }
                    if (next < 0) {
                        // every non-zero count of the group is hidden and still too few: its zeros would say that
                        // all of them are in the hidden cells ("<5" beside zeros), so the zeros are hidden too
                        for (int i : group) {
                            if (status[i] == Cell.Status.SHOWN) {
                                status[i] = Cell.Status.HIDDEN;
                                changed = true;
                            }
                        }
                        break;
                    }
                    status[next] = Cell.Status.HIDDEN;
                    hidden++;
                    hiddenSum += counts[next];
                    changed = true;
                }
            }
        }
        List<Count> result = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            result.add(new Count(counts[i], status[i]));
        }
        return result;
    }

    /** {@code numerator} as a percentage of {@code denominator}, to one decimal place, when both are shown. */
    public static Cell percent(Count numerator, Count denominator) {
        if (denominator.raw() == 0) {
            return Cell.none();
        }
        if (!numerator.shown() || !denominator.shown()) {
            return Cell.hidden();
        }
        BigDecimal pct = BigDecimal.valueOf(numerator.raw() * 100).divide(BigDecimal.valueOf(denominator.raw()), 1,
                RoundingMode.HALF_UP);
        return Cell.shown(pct.toPlainString() + "%", pct);
    }

    /** {@code count} per {@code per} people of {@code population}, to one decimal place, when the count is shown. */
    public static Cell rate(Count count, Integer population, int per) {
        if (population == null || population <= 0) {
            return Cell.none();
        }
        if (!count.shown()) {
            return Cell.hidden();
        }
        BigDecimal rate = BigDecimal.valueOf(count.raw() * (long) per).divide(BigDecimal.valueOf(population), 1,
                RoundingMode.HALF_UP);
        return Cell.shown(rate.toPlainString(), rate);
    }

    /** A median of {@code of} values, shown only when there are at least {@link #THRESHOLD} of them. */
    public static Cell median(List<Long> values, String unit) {
        if (values.isEmpty()) {
            return Cell.none();
        }
        if (values.size() < THRESHOLD) {
            return Cell.hidden();
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1,
                        RoundingMode.HALF_UP).stripTrailingZeros();
        return Cell.shown(median.toPlainString() + unit, median);
    }

    private static Cell.Status primary(long count) {
        return count > 0 && count < THRESHOLD ? Cell.Status.SMALL : Cell.Status.SHOWN;
    }
}
