package org.hearth.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRetention;
import org.hearth.platform.InvalidInputException;
import org.hearth.retention.Hold;
import org.hearth.retention.HoldKind;
import org.hearth.retention.RecordType;
import org.hearth.retention.RetentionRule;
import org.hearth.retention.ReviewEntry;
import org.hearth.retention.ReviewPage;
import org.junit.jupiter.api.Test;

/** Retention's pure rules: the record type, the review list on a given day, and what a rule change and a hold need. */
class RetentionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final Map<RecordType, RetentionRule> RULES = Map.of(
            RecordType.ADULT, new RetentionRule(RecordType.ADULT, 6, null, "r", null),
            RecordType.CHILD, new RetentionRule(RecordType.CHILD, 6, 25, "r", null),
            RecordType.DEATH_REVIEW, new RetentionRule(RecordType.DEATH_REVIEW, 20, null, "r", null));

    private static PersonRetention person(LocalDate born, LocalDate last, boolean deathReview) {
        return new PersonRetention(new PersonId(UUID.randomUUID()), born, last, List.of(), deathReview);
    }

    @Test
    void aDeathReviewComesFirstThenAChildAtTheLastInvolvement() {
        LocalDate last = LocalDate.of(2015, 1, 1);
        assertThat(RetentionRules.type(person(LocalDate.of(2000, 1, 2), last, true))).isEqualTo(RecordType.DEATH_REVIEW);
        assertThat(RetentionRules.type(person(LocalDate.of(1997, 1, 2), last, false))).isEqualTo(RecordType.CHILD);
        assertThat(RetentionRules.type(person(LocalDate.of(1997, 1, 1), last, false))).isEqualTo(RecordType.ADULT);
        assertThat(RetentionRules.type(person(null, last, false))).isEqualTo(RecordType.ADULT);
    }

    @Test
    void theReviewListHoldsOnlyThosePastTheirDateLongestOverdueFirstWithTheirHold() {
        PersonRetention older = person(null, TODAY.minusYears(8), false);
        PersonRetention dueToday = person(null, TODAY.minusYears(6), false);
        PersonRetention notYet = person(null, TODAY.minusYears(6).plusDays(1), false);
        PersonRetention child = person(TODAY.minusYears(20), TODAY.minusYears(7), false); // kept to 25
        Hold hold = new Hold(UUID.randomUUID(), dueToday.person(), HoldKind.LEGAL_HOLD, "Claim", "A", Instant.now());
        List<ReviewEntry> due = RetentionRules.due(List.of(dueToday, notYet, child, older), RULES,
                Map.of(dueToday.person().value(), hold), TODAY);
        assertThat(due).extracting(ReviewEntry::person).containsExactly(older.person(), dueToday.person());
        assertThat(due.get(1).hold()).isEqualTo(hold);
        assertThat(due.get(0).hold()).isNull();
    }

    @Test
    void aPageOfTheListWithTheWholeListsCounts() {
        List<ReviewEntry> due = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            due.addAll(RetentionRules.due(List.of(person(null, TODAY.minusYears(10).plusDays(i), false)), RULES,
                    Map.of(), TODAY));
        }
        Hold hold = new Hold(UUID.randomUUID(), due.get(6).person(), HoldKind.OTHER, "x", "A", Instant.now());
        due.set(6, new ReviewEntry(due.get(6).person(), RecordType.ADULT, "r", TODAY, TODAY, List.of(), hold));
        ReviewPage second = RetentionRules.page(due, 2, 3, 200);
        assertThat(second.entries()).containsExactlyElementsOf(due.subList(3, 6));
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(7);
        assertThat(second.awaitingDecision()).isEqualTo(6);
        assertThat(RetentionRules.page(due, 9, 3, 200).entries()).as("past the end: the last")
                .containsExactly(due.get(6));
        assertThat(RetentionRules.page(due, 0, 3, 200).page()).isEqualTo(1);
        assertThat(RetentionRules.page(due, 1, 1000, 5).entries()).as("at most the largest page").hasSize(5);
        assertThat(RetentionRules.page(due, 1, 0, 5).entries()).hasSize(1);
        assertThat(RetentionRules.page(List.of(), 3, 50, 200)).extracting(ReviewPage::page, ReviewPage::pages,
                ReviewPage::total).containsExactly(1, 1, 0);
    }

    /**
     * Only persons last involved by {@code involvedBy} are read for the review: nobody due on any day of four years
     * (leap days too) under any rule was involved after it.
     */
    @Test
    void nobodyDueWasInvolvedAfterTheDayTheReviewReadsTo() {
        for (LocalDate today = LocalDate.of(2024, 1, 1); today.isBefore(LocalDate.of(2028, 1, 1));
                today = today.plusDays(1)) {
            LocalDate by = RetentionRules.involvedBy(RULES.values(), today);
            assertThat(by).as("no later than a day after the shortest rule's years").isBefore(today.minusYears(6).plusDays(2));
            for (LocalDate last = by.minusDays(3); !last.isAfter(by.plusDays(3)); last = last.plusDays(1)) {
                PersonRetention adult = person(null, last, false);
                if (!RetentionRules.due(List.of(adult), RULES, Map.of(), today).isEmpty()) {
                    assertThat(last).as("due on %s", today).isBeforeOrEqualTo(by);
                }
            }
        }
        assertThat(RetentionRules.involvedBy(List.of(), TODAY)).as("no rule: everyone").isAfter(TODAY);
    }

    @Test
    void aRuleChangeAndAHoldNameEveryFieldAtFault() {
        assertThatThrownBy(() -> RetentionRules.rule(null, 17, " ")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("years", "untilAge",
                        "reasoning"));
        assertThatThrownBy(() -> RetentionRules.rule(101, null, "x".repeat(2001))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("years", "reasoning"));
        assertThatCode(() -> RetentionRules.rule(6, 25, "x".repeat(2000))).doesNotThrowAnyException();
        assertThatThrownBy(() -> RetentionRules.hold(null, "x".repeat(501))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("kind", "reason"));
        assertThatCode(() -> RetentionRules.hold(HoldKind.LEGAL_HOLD, "A claim is expected")).doesNotThrowAnyException();
    }
}
