package org.hearth.retention.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.people.PersonId;
import org.hearth.platform.web.SummaryRow;
import org.hearth.retention.Hold;
import org.hearth.retention.HoldKind;
import org.hearth.retention.RecordType;
import org.hearth.retention.ReviewEntry;
import org.hearth.retention.ReviewPage;
import org.junit.jupiter.api.Test;

/** The review list's rows and a record's summary: words and dates, the held ones marked, never a name. */
class RetentionViewsTest {

    final PersonId id = PersonId.random();

    ReviewEntry entry(List<String> automatic, Hold hold) {
        return new ReviewEntry(id, RecordType.CHILD, "6 years after the last involvement", LocalDate.of(2018, 3, 4),
                LocalDate.of(2024, 3, 4), automatic, hold);
    }

    @Test
    void rowsSayWhatKeepsARecord() {
        Hold hold = new Hold(UUID.randomUUID(), id, HoldKind.LEGAL_HOLD, "A claim", "Kim Coordinator",
                Instant.parse("2026-01-05T10:00:00Z"));
        List<RetentionViews.Row> rows = RetentionViews.rows(List.of(entry(List.of(), null),
                entry(List.of("Open MARAC case"), null), entry(List.of(), hold)));
        assertThat(rows).extracting(RetentionViews.Row::status).containsExactly("Awaiting a decision",
                "Held: Open MARAC case", "Held: Legal hold");
        assertThat(rows).extracting(RetentionViews.Row::colour).containsExactly("orange", "grey", "grey");
        assertThat(rows.get(0).type()).isEqualTo("Child");
        assertThat(rows.get(0).lastInvolvement()).isEqualTo("4 March 2018");
        assertThat(rows.get(0).href()).isEqualTo("/retention/" + id);
        assertThat(RetentionViews.summary(new ReviewPage(List.of(entry(List.of(), null), entry(List.of(), hold)), 1,
                50, 2, 1))).isEqualTo("2 records past the retention date, 1 awaiting a decision.");
        assertThat(RetentionViews.entry(entry(List.of(), hold))).extracting(SummaryRow::value)
                .contains("Nothing keeps it automatically", "Legal hold: A claim (by Kim Coordinator, 5 January 2026)");
    }

    @Test
    void aPageSaysWhichRecordsItShowsOfTheWholeList() {
        List<ReviewEntry> fifty = java.util.Collections.nCopies(50, entry(List.of(), null));
        ReviewPage second = new ReviewPage(fifty, 2, 50, 1203, 1001);
        assertThat(RetentionViews.summary(second))
                .isEqualTo("1,203 records past the retention date, 1,001 awaiting a decision.");
        assertThat(RetentionViews.showing(second)).isEqualTo("Showing 51 to 100 of 1,203 records");
        assertThat(RetentionViews.showing(new ReviewPage(List.of(entry(List.of(), null)), 1, 50, 1, 1)))
                .as("one page: no count of pages").isNull();
        assertThat(RetentionViews.summary(new ReviewPage(List.of(), 1, 50, 0, 0)))
                .isEqualTo("0 records past the retention date, 0 awaiting a decision.");
        assertThat(RetentionViews.pageNumber("3")).isEqualTo(3);
        assertThat(RetentionViews.pageNumber(null)).isEqualTo(1);
        assertThat(RetentionViews.pageNumber("-2")).isEqualTo(1);
        assertThat(RetentionViews.pageNumber("x")).isEqualTo(1);
        assertThat(RetentionViews.pageNumber("99999999999")).isEqualTo(1);
    }
}
