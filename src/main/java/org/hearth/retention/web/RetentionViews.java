package org.hearth.retention.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.platform.Dates;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.SummaryRow;
import org.hearth.retention.Erased;
import org.hearth.retention.HoldKind;
import org.hearth.retention.RetentionRule;
import org.hearth.retention.ReviewEntry;

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

    /** "3 records past their date, 1 awaiting a decision". */
    static String summary(List<ReviewEntry> entries) {
        long waiting = entries.stream().filter(e -> !e.held()).count();
        return entries.size() + (entries.size() == 1 ? " record" : " records") + " past the retention date, "
                + waiting + " awaiting a decision.";
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
