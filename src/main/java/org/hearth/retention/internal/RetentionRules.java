package org.hearth.retention.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.people.PersonRetention;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.TextRequired;
import org.hearth.retention.Hold;
import org.hearth.retention.HoldKind;
import org.hearth.retention.RecordType;
import org.hearth.retention.RetentionRule;
import org.hearth.retention.ReviewPage;
import org.hearth.retention.ReviewEntry;

/**
 * What retention decides, pure (no database, no clock: today is given): which rule a person falls under, which
 * records are due for review, and what a rule change and a hold must satisfy.
 */
final class RetentionRules {

    static final int REASON_MAX = 500;
    static final int REASONING_MAX = 2000;
    /** The review list's order: the longest overdue first, then by id. */
    static final Comparator<ReviewEntry> ORDER = Comparator.comparing(ReviewEntry::dueOn)
            .thenComparing(e -> e.person().value());

    private RetentionRules() {
    }

    /**
     * The page {@code page} (from 1; past the end, the last) of {@code list} at {@code size} to a page (1 to
     * {@code maxSize}), with the whole list's counts.
     */
    static ReviewPage page(List<ReviewEntry> list, int page, int size, int maxSize) {
        int s = Math.max(1, Math.min(size, maxSize));
        int pages = Math.max(1, (list.size() + s - 1) / s);
        int p = Math.max(1, Math.min(page, pages));
        int from = (p - 1) * s;
        return new ReviewPage(list.subList(from, Math.min(list.size(), from + s)), p, s, list.size(),
                (int) list.stream().filter(e -> !e.held()).count());
    }

    /** Which rule a person falls under: a death review first, then a child at their last involvement. */
    static RecordType type(PersonRetention p) {
        if (p.deathReview()) {
            return RecordType.DEATH_REVIEW;
        }
        if (p.dateOfBirth() != null && p.dateOfBirth().plusYears(18).isAfter(p.lastInvolvement())) {
            return RecordType.CHILD;
        }
        return RecordType.ADULT;
    }

    /** The people past their retention date on {@code today}, the longest overdue first, each with its hold. */
    static List<ReviewEntry> due(List<PersonRetention> people, Map<RecordType, RetentionRule> rules,
            Map<UUID, Hold> holds, LocalDate today) {
        List<ReviewEntry> out = new ArrayList<>();
        for (PersonRetention p : people) {
            RecordType type = type(p);
            RetentionRule rule = rules.get(type);
            LocalDate dueOn = rule.dueOn(p.lastInvolvement(), p.dateOfBirth());
            if (!dueOn.isAfter(today)) {
                out.add(new ReviewEntry(p.person(), type, rule.describe(), p.lastInvolvement(), dueOn, p.holds(),
                        holds.get(p.person().value())));
            }
        }
        out.sort(ORDER);
        return out;
    }

    /**
     * The latest last involvement that can make a record due on {@code today}: every rule keeps a record at least its
     * years after the last involvement, so nobody involved after this day is due (a day later than the shortest rule
     * gives, for a 29 February that its year's later date turns into the 28th). Only persons involved by then are read.
     */
    static LocalDate involvedBy(Collection<RetentionRule> rules, LocalDate today) {
        int shortest = rules.stream().mapToInt(RetentionRule::yearsAfterLastInvolvement).min().orElse(0);
        return today.minusYears(shortest).plusDays(1);
    }

    /** A rule change: years from 1 to 100, an age from 18 to 100 if any, and the reasoning. */
    static void rule(Integer years, Integer untilAge, String reasoning) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (years == null) {
            errors.put("years", "Enter the number of years after the last involvement");
        } else if (years < 1 || years > 100) {
            errors.put("years", "Years after the last involvement must be between 1 and 100");
        }
        if (untilAge != null && (untilAge < 18 || untilAge > 100)) {
            errors.put("untilAge", "The age to keep a record until must be between 18 and 100");
        }
        TextRequired.check(errors, "reasoning", reasoning, REASONING_MAX, "Enter the reasoning for the rule",
                "The reasoning must be " + REASONING_MAX + " characters or fewer");
        InvalidInputException.refuseIfAny(errors);
    }

    /** A hold: why the record is kept, and a reason. */
    static void hold(HoldKind kind, String reason) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "Choose why the record is kept");
        }
        TextRequired.check(errors, "reason", reason, REASON_MAX, "Enter the reason for the hold, naming no one",
                "The reason must be " + REASON_MAX + " characters or fewer");
        InvalidInputException.refuseIfAny(errors);
    }
}
