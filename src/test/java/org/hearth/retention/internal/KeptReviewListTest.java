package org.hearth.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.people.PersonId;
import org.hearth.retention.RecordType;
import org.hearth.retention.ReviewEntry;
import org.junit.jupiter.api.Test;

/**
 * The kept review list: worked out in the request only when none is kept, answered while a background thread works
 * out an older one again, and a decision's record put in it (and in a list being worked out meanwhile).
 */
class KeptReviewListTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    /** What the register says now: each person's entry (absent: not due). */
    final Map<PersonId, ReviewEntry> register = new HashMap<>();
    final AtomicInteger workedOut = new AtomicInteger();
    final List<Runnable> background = new ArrayList<>();
    Instant now = Instant.parse("2026-12-07T09:00:00Z");
    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    KeptReviewList list(Duration keepFor) {
        return new KeptReviewList(() -> {
            workedOut.incrementAndGet();
            return register.values().stream().sorted(RetentionRules.ORDER).toList();
        }, p -> Optional.ofNullable(register.get(p)), keepFor, clock, background::add);
    }

    PersonId due(int daysOverdue) {
        PersonId p = new PersonId(UUID.randomUUID());
        register.put(p, new ReviewEntry(p, RecordType.ADULT, "6 years", TODAY.minusYears(6).minusDays(daysOverdue),
                TODAY.minusDays(daysOverdue), List.of(), null));
        return p;
    }

    static List<PersonId> persons(List<ReviewEntry> entries) {
        return entries.stream().map(ReviewEntry::person).toList();
    }

    @Test
    void workedOutOnceThenKept() {
        KeptReviewList kept = list(Duration.ofMinutes(10));
        PersonId a = due(3);
        assertThat(persons(kept.entries())).containsExactly(a);
        due(5);
        assertThat(persons(kept.entries())).as("kept").containsExactly(a);
        assertThat(workedOut).hasValue(1);
        assertThat(background).isEmpty();
    }

    @Test
    void anOlderListIsAnsweredWhileOneBackgroundThreadWorksItOutAgain() {
        KeptReviewList kept = list(Duration.ofMinutes(10));
        PersonId a = due(3);
        kept.entries();
        PersonId b = due(5);
        now = now.plus(Duration.ofMinutes(10));
        assertThat(persons(kept.entries())).as("the older list, at once").containsExactly(a);
        assertThat(persons(kept.entries())).containsExactly(a);
        assertThat(background).as("one refresh, however many ask").hasSize(1);
        background.remove(0).run();
        assertThat(persons(kept.entries())).as("longest overdue first").containsExactly(b, a);
        assertThat(workedOut).hasValue(2);
    }

    @Test
    void aDecisionPutsItsRecordInTheKeptList() {
        KeptReviewList kept = list(Duration.ofMinutes(10));
        PersonId a = due(3);
        PersonId b = due(5);
        PersonId c = due(4);
        assertThat(persons(kept.entries())).containsExactly(b, c, a);
        register.remove(c); // erased
        kept.decided(c);
        assertThat(persons(kept.entries())).containsExactly(b, a);
        due(4); // due since: not in the kept list until it is worked out again
        kept.decided(a); // a hold: its entry afresh
        assertThat(persons(kept.entries())).containsExactly(b, a);
        assertThat(workedOut).hasValue(1);
    }

    @Test
    void aDecisionDuringTheWorkingOutIsPutInTheNewList() {
        PersonId a = due(3);
        PersonId b = due(5);
        KeptReviewList[] kept = new KeptReviewList[1];
        kept[0] = new KeptReviewList(() -> {
            List<ReviewEntry> read = register.values().stream().sorted(RetentionRules.ORDER).toList();
            if (workedOut.incrementAndGet() == 2) {
                register.remove(b); // erased while the list was being read
                kept[0].decided(b);
            }
            return read;
        }, p -> Optional.ofNullable(register.get(p)), Duration.ofMinutes(10), clock, background::add);
        assertThat(persons(kept[0].entries())).containsExactly(b, a);
        now = now.plus(Duration.ofMinutes(10));
        kept[0].entries();
        background.remove(0).run();
        assertThat(persons(kept[0].entries())).as("the erasure is not undone by the list read before it")
                .containsExactly(a);
    }

    @Test
    void aRuleChangeForgetsTheListAndZeroKeepsNothing() {
        KeptReviewList kept = list(Duration.ofMinutes(10));
        due(3);
        kept.entries();
        PersonId b = due(5);
        kept.forget();
        assertThat(persons(kept.entries())).as("worked out in the request").startsWith(b);
        assertThat(workedOut).hasValue(2);
        KeptReviewList none = list(Duration.ZERO);
        none.entries();
        none.entries();
        assertThat(workedOut).hasValue(4);
        assertThat(background).isEmpty();
    }
}
