package org.hearth.retention.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hearth.platform.Dates;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.SummaryRow;
import org.hearth.retention.Erased;
import org.hearth.retention.HoldKind;
import org.hearth.retention.RetentionRule;
import org.hearth.retention.ReviewEntry;
import org.hearth.retention.ReviewPage;

/** Rows, words and dates of the retention pages: Hearth ids, record types, dates and reasons, never a name. */
final class RetentionViews {

    private RetentionViews() {
    }

    /** A row of the review list. {@code id} is shown in a {@code <code>} element: the Hearth id. */
    record Row(String id, String href, String type, String lastInvolvement, String dueOn, String status,
            String colour) {
    }

    static List<Row> rows(List<ReviewEntry> entries) {
        return entries.stream().map(e -> new Row(e.person().toString(), "/retention/" + e.person(), e.type().label(),
                Dates.day(e.lastInvolvement()), Dates.day(e.dueOn()), status(e), e.held() ? "grey" : "orange")).toList();
    }

    static String status(ReviewEntry e) {
        if (e.hold() != null) {
            return "Held: " + e.hold().kind().label();
        }
        if (!e.automaticHolds().isEmpty()) {
            return "Held: " + String.join(", ", e.automaticHolds());
        }
        return "Awaiting a decision";
    }

    /** "1,203 records past the retention date, 1 awaiting a decision." (the whole list, not the page). */
    static String summary(ReviewPage page) {
        return count(page.total(), "record", "records") + " past the retention date, "
                + count(page.awaitingDecision(), "", "") + "awaiting a decision.";
    }

    /** "Showing 51 to 100 of 1,203 records", or null when the list fits on one page. */
    static String showing(ReviewPage page) {
        if (page.pages() == 1) {
            return null;
        }
        int first = (page.page() - 1) * page.size() + 1;
        return "Showing " + String.format(Locale.UK, "%,d to %,d of ", first, first + page.entries().size() - 1)
                + count(page.total(), "record", "records");
    }

    /** A page number typed in the address: a whole number from 1, or 1 (a page past the end is the last). */
    static int pageNumber(String typed) {
        try {
            return typed == null ? 1 : Math.max(1, Integer.parseInt(typed.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String count(int n, String one, String many) {
        String number = String.format(Locale.UK, "%,d", n);
        return one.isEmpty() ? number + " " : number + " " + (n == 1 ? one : many);
    }

    static List<SummaryRow> entry(ReviewEntry e) {
        List<SummaryRow> out = new ArrayList<>();
        out.add(new SummaryRow("Record type", e.type().label(), null, null));
        out.add(new SummaryRow("Rule", e.rule(), null, null));
        out.add(new SummaryRow("Last involvement", Dates.day(e.lastInvolvement()), null, null));
        out.add(new SummaryRow("Retention date", Dates.day(e.dueOn()), null, null));
        out.add(new SummaryRow("Kept automatically because",
                e.automaticHolds().isEmpty() ? "Nothing keeps it automatically" : String.join(", ", e.automaticHolds()),
                null, null));
        if (e.hold() != null) {
            out.add(new SummaryRow("Held", e.hold().kind().label() + ": " + e.hold().reason() + " (by "
                    + e.hold().heldBy() + ", " + day(e.hold().heldAt()) + ")", null, null));
        }
        return out;
    }

    record RuleRow(String type, String code, String rule, String reasoning, String changed) {
    }

    static List<RuleRow> rules(List<RetentionRule> rules) {
        return rules.stream().map(r -> new RuleRow(r.type().label(), r.type().name(), r.describe(), r.reasoning(),
                r.updatedAt() == null ? "As shipped" : "Changed " + day(r.updatedAt()))).toList();
    }

    record ErasedRow(String id, String erasedOn, String rule, String approvedBy) {
    }

    static List<ErasedRow> erased(List<Erased> erased) {
        return erased.stream().map(e -> new ErasedRow(e.person().toString(), day(e.erasedAt()), e.rule(),
                e.approvedBy())).toList();
    }

    static List<Option> holdKinds() {
        return java.util.Arrays.stream(HoldKind.values())
                .map(k -> new Option(k.name(), k.label(), k.hint(), false)).toList();
    }

    static String day(Instant at) {
        return Dates.day(LocalDate.ofInstant(at, Dates.UK));
    }
}
