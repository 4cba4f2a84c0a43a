package org.hearth.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hearth.insights.Suppression.Count;
import org.junit.jupiter.api.Test;

/** The one small-number suppression routine: primary, secondary (in rows and columns), and derived figures. */
class SuppressionTest {

    private static List<String> texts(List<Count> counts) {
        return counts.stream().map(c -> c.cell().text()).toList();
    }

    @Test
    void countsFromOneToFourAreShownAsFewerThanFiveAndZeroIsShown() {
        assertThat(Suppression.single(0).cell().text()).isEqualTo("0");
        assertThat(Suppression.single(1).cell().text()).isEqualTo("<5");
        assertThat(Suppression.single(4).cell().text()).isEqualTo("<5");
        assertThat(Suppression.single(4).cell().value()).as("no value behind a hidden figure").isNull();
        assertThat(Suppression.single(5).cell().text()).isEqualTo("5");
        assertThat(Suppression.single(1234).cell().text()).isEqualTo("1,234");
        assertThat(Suppression.single(1234).cell().value()).isEqualTo(1234L);
    }

    @Test
    void aLoneSmallCellTakesTheNextSmallestWithItUntilTheHiddenAddUpToTen() {
        // 3 alone could be recovered from the total 3 + 6 + 40 + 100: hide 6 too (3 + 6 = 9 < 10), then 40
        assertThat(texts(Suppression.group(3, 6, 40, 100))).containsExactly("<5", "[c]", "[c]", "100");
        // 2 + 12 = 14: enough
        assertThat(texts(Suppression.group(12, 2, 50))).containsExactly("[c]", "<5", "50");
        // the next smallest is chosen among non-zero counts: hiding a zero protects nothing
        assertThat(texts(Suppression.group(0, 4, 30, 20))).containsExactly("0", "<5", "30", "[c]");
    }

    @Test
    void twoSmallCellsThatAddUpToLessThanTenStillTakeAnother() {
        assertThat(texts(Suppression.group(1, 4, 9, 80))).containsExactly("<5", "<5", "[c]", "80");
        assertThat(texts(Suppression.group(4, 4, 4, 80))).containsExactly("<5", "<5", "<5", "80");
    }

    @Test
    void zerosBesideOnlyHiddenCountsAreHiddenTooSoTheyCannotSayWhereEveryoneIs() {
        // one victim in the area that day: "<5" in one category and 0 in every other would name her category
        assertThat(texts(Suppression.group(0, 1, 0, 0))).containsExactly("[c]", "<5", "[c]", "[c]");
        assertThat(texts(Suppression.group(3, 4, 0))).containsExactly("<5", "<5", "[c]");
        // protected by a shown count: the zeros stay
        assertThat(texts(Suppression.group(0, 3, 20))).containsExactly("0", "<5", "[c]");
    }

    @Test
    void nothingSmallNothingHidden() {
        assertThat(texts(Suppression.group(5, 0, 17, 250))).containsExactly("5", "0", "17", "250");
    }

    @Test
    void aHiddenCellCannotBeRecoveredFromTheShownOnesAndTheTotal() {
        long[] counts = {3, 6, 40, 100, 7, 0, 12};
        List<Count> cells = Suppression.group(counts);
        long total = 0;
        long shown = 0;
        int hidden = 0;
        for (Count c : cells) {
            total += c.raw();
            if (c.shown()) {
                shown += c.raw();
            } else {
                hidden++;
            }
        }
        assertThat(hidden).isGreaterThanOrEqualTo(2);
        assertThat(total - shown).as("what a reader can work out is a sum of several").isGreaterThanOrEqualTo(10);
    }

    @Test
    void inATableRowsAndColumnsAreBothProtected() {
        long[][] counts = {
            {20, 2, 30},
            {25, 40, 35},
            {30, 50, 45}};
        List<List<Count>> t = Suppression.table(counts, true);
        // the 2 hides the next smallest of its row (20) and of its column (40); then 20's column and 40's row need
        // a second hidden cell, and so on until every row and column with a hidden cell has two that add up to 10+
        for (int r = 0; r < 3; r++) {
            int row = r;
            long hiddenInRow = t.get(r).stream().filter(c -> !c.shown()).count();
            assertThat(hiddenInRow).as("row %d", r).isNotEqualTo(1);
            long hiddenInColumn = t.stream().filter(x -> !x.get(row).shown()).count();
            assertThat(hiddenInColumn).as("column %d", r).isNotEqualTo(1);
        }
        assertThat(t.get(0).get(1).cell().text()).isEqualTo("<5");
        assertThat(t.get(0).get(0).cell().text()).isEqualTo("[c]");
        assertThat(t.get(1).get(1).cell().text()).isEqualTo("[c]");
        assertThat(t.get(2).get(2).cell().text()).as("untouched").isEqualTo("45");
    }

    @Test
    void aTablesRowsAreItsLabelsWithTheirSuppressedCells() {
        long[][] counts = {
            {20, 2},
            {25, 40}};
        List<Table.Row> rows = Suppression.rows(List.of("North", "South"), counts, false);
        assertThat(rows).extracting(Table.Row::label).containsExactly("North", "South");
        assertThat(rows.get(0).cells()).extracting(Cell::text).containsExactly("20", "<5");
        // the 2's column takes the next smallest of its group with it, as in Suppression.table
        assertThat(rows.get(1).cells()).extracting(Cell::text).containsExactly("25", "[c]");
    }

    @Test
    void percentagesRatesAndMediansFollowTheirCounts() {
        Count five = Suppression.single(5);
        Count eight = Suppression.single(8);
        Count three = Suppression.single(3);
        assertThat(Suppression.percent(five, eight).text()).isEqualTo("62.5%");
        assertThat(Suppression.percent(three, eight).text()).as("a small numerator").isEqualTo("[c]");
        assertThat(Suppression.percent(three, eight).value()).isNull();
        assertThat(Suppression.percent(five, Suppression.single(0)).text()).isEqualTo("–");
        assertThat(Suppression.percent(Suppression.group(3, 8).get(1), eight).text()).as("a secondary-hidden numerator")
                .isEqualTo("[c]");
        assertThat(Suppression.rate(Suppression.single(9), 2_000, 1000).text()).isEqualTo("4.5");
        assertThat(Suppression.rate(three, 2_000, 1000).text()).isEqualTo("[c]");
        assertThat(Suppression.rate(eight, null, 1000).text()).isEqualTo("–");
        assertThat(Suppression.median(List.of(1L, 3L, 2L, 10L, 0L), "").text()).isEqualTo("2");
        assertThat(Suppression.median(List.of(1L, 2L, 3L, 4L, 5L, 6L), "").text()).isEqualTo("3.5");
        assertThat(Suppression.median(List.of(1L, 2L, 3L, 4L), "").text()).as("of fewer than 5").isEqualTo("[c]");
    }

    @Test
    void countsCannotBeNegative() {
        assertThatThrownBy(() -> Suppression.group(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
