package org.hearth.retention.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hearth.people.PersonId;
import org.hearth.retention.ReviewEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review list as last worked out, for the review pages and the count on coordinators' "My work": both are read
 * from it, so the count is always the list's. Working the list out reads every module's facts about every person last
 * involved more than the shortest rule's years ago (at 5.1 million persons, 963,551 persons and minutes of SQL), so:
 * <ul>
 * <li>it is worked out in the request only when none is kept (the first after a start, or after a rule change);</li>
 * <li>a kept list older than {@code keepFor} is still answered, and worked out again by one background thread;</li>
 * <li>a decision (a hold, a release, an erasure) works out that one record afresh and puts it in the kept list, instead
 * of forgetting the list; a decision taken while the list is being worked out is put in the new list too.</li>
 * </ul>
 * A {@code keepFor} of zero works the list out on every read. A kept list is never what an erasure or a hold goes by:
 * each works its record out afresh.
 */
final class KeptReviewList {

    private static final Logger log = LoggerFactory.getLogger(KeptReviewList.class);

    /** The review list as worked out at a time. */
    private record Due(List<ReviewEntry> entries, Instant at) {
    }

    private final Supplier<List<ReviewEntry>> whole;
    private final Function<PersonId, Optional<ReviewEntry>> one;
    private final Duration keepFor;
    private final Clock clock;
    private final Executor refresher;
    private final AtomicReference<Due> kept = new AtomicReference<>();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final AtomicInteger workingOut = new AtomicInteger();
    /** The records decided while a list was being worked out: put in it once it is kept. */
    private final Set<PersonId> decidedMeanwhile = ConcurrentHashMap.newKeySet();

    /**
     * @param whole the whole list worked out afresh, in {@link RetentionRules#ORDER}
     * @param one one record's entry worked out afresh (empty: not due, or no longer a live person)
     */
    KeptReviewList(Supplier<List<ReviewEntry>> whole, Function<PersonId, Optional<ReviewEntry>> one, Duration keepFor,
            Clock clock, Executor refresher) {
        this.whole = whole;
        this.one = one;
        this.keepFor = keepFor;
        this.clock = clock;
        this.refresher = refresher;
    }

    /** The review list: kept, or worked out now when none is kept (or nothing is to be kept). */
    List<ReviewEntry> entries() {
        Due list = kept.get();
        if (list == null || keepFor.isZero()) {
            return workOut();
        }
        if (!list.at().plus(keepFor).isAfter(clock.instant()) && refreshing.compareAndSet(false, true)) {
            refresher.execute(() -> {
                try {
                    workOut();
                } catch (RuntimeException e) {
                    log.warn("Retention review list not worked out again ({})", e.getClass().getSimpleName());
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return list.entries();
    }

    private List<ReviewEntry> workOut() {
        Instant at = clock.instant();
        workingOut.incrementAndGet();
        try {
            List<ReviewEntry> entries = List.copyOf(whole.get());
            kept.set(new Due(entries, at));
            for (PersonId person : List.copyOf(decidedMeanwhile)) {
                decidedMeanwhile.remove(person);
                put(person, one.apply(person));
            }
            return kept.get().entries();
        } finally {
            workingOut.decrementAndGet();
        }
    }

    /** A hold, a release or an erasure of {@code person}: its entry worked out afresh, in the kept list. */
    void decided(PersonId person) {
        if (workingOut.get() > 0 || refreshing.get()) {
            decidedMeanwhile.add(person);
        }
        if (kept.get() != null) {
            put(person, one.apply(person));
        }
    }

    /** A rule changed: every record's date may have, so the list is worked out again when next read. */
    void forget() {
        kept.set(null);
    }

    private void put(PersonId person, Optional<ReviewEntry> entry) {
        kept.updateAndGet(d -> d == null ? null : new Due(with(d.entries(), person, entry), d.at()));
    }

    /** {@code list} with {@code person}'s entry replaced by {@code entry} (none: taken out), in {@link RetentionRules#ORDER}. */
    static List<ReviewEntry> with(List<ReviewEntry> list, PersonId person, Optional<ReviewEntry> entry) {
        List<ReviewEntry> out = new ArrayList<>(list.size() + 1);
        for (ReviewEntry e : list) {
            if (!e.person().equals(person)) {
                out.add(e);
            }
        }
        entry.ifPresent(e -> {
            int at = Collections.binarySearch(out, e, RetentionRules.ORDER);
            out.add(at < 0 ? -at - 1 : at, e);
        });
        return Collections.unmodifiableList(out);
    }
}
