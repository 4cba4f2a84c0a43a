package org.hearth.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hearth.audit.internal.HeldEntries.Held;
import org.junit.jupiter.api.Test;

/** {@link HeldEntries} alone: what a transaction's held entries become at its commit, merged or not. No database. */
class HeldEntriesTest {

    static final UUID ACTOR = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    static Held entry(long at, String action, String type, String reason, String... ids) {
        return new Held(new Timestamp(at), ACTOR, "hub", action, type, List.of(ids), reason, "system");
    }

    @Test
    void mergedEntriesOfOneKindNameEveryRecordInTurnAtTheFirstsTime() {
        HeldEntries held = new HeldEntries(true);
        held.add(entry(1, "CREATE", "person", null, "p1"));
        held.add(entry(2, "CREATE", "access-grant", "granted", "g1", "p1"));
        held.add(entry(3, "CREATE", "person", null, "p2"));
        held.add(entry(4, "CREATE", "access-grant", "granted", "g2", "p2"));
        held.add(entry(5, "CREATE", "access-grant", "another reason", "g3", "p2"));
        held.add(entry(6, "READ", "person", null, "p1"));
        held.add(new Held(new Timestamp(7), null, "someone else", "CREATE", "person", List.of("p3"), null, "system"));
        held.add(new Held(new Timestamp(8), ACTOR, "hub", "CREATE", "person", List.of("p4"), null, "10.0.0.1"));
        held.add(entry(9, "CREATE", "referral", null, "r1", "p1"));
        held.add(entry(10, "CREATE", "referral", null, "r2", "p1"));

        List<Held> out = held.drain();

        assertThat(out).extracting(h -> h.recordType() + " " + h.reason() + " " + h.ids() + " at " + h.at().getTime())
                .containsExactly("person null [p1, p2] at 1", "access-grant granted [g1, p1, g2, p2] at 2",
                        "access-grant another reason [g3, p2] at 5", "person null [p1] at 6", "person null [p3] at 7",
                        "person null [p4] at 8", "referral null [r1, p1, r2, p1] at 9");
        assertThat(out.get(3).action()).isEqualTo("READ");
        assertThat(out.get(4).actorName()).isEqualTo("someone else");
        assertThat(out.get(5).source()).isEqualTo("10.0.0.1");
        assertThat(held.drain()).as("nothing held after the commit").isEmpty();
    }

    @Test
    void heldUnmergedEveryEntryIsWrittenAsRecorded() {
        HeldEntries held = new HeldEntries(false);
        held.add(entry(1, "CREATE", "person", null, "p1"));
        held.add(entry(2, "CREATE", "person", null, "p2"));
        assertThat(held.drain()).extracting(Held::ids).containsExactly(List.of("p1"), List.of("p2"));
    }

    @Test
    void aMergedEntryTakesAtMostTheLimitOfIdsThenAnotherStarts() {
        List<Held> entries = new ArrayList<>();
        IntStream.range(0, HeldEntries.MAX_IDS / 2 + 1).forEach(i -> entries.add(entry(i, "CREATE", "access-grant",
                null, "g" + i, "p" + i)));
        List<String> big = IntStream.range(0, HeldEntries.MAX_IDS + 5).mapToObj(i -> "x" + i).toList();
        entries.add(entry(9_999, "CREATE", "access-grant", null, big.toArray(String[]::new)));
        entries.add(entry(10_000, "CREATE", "access-grant", null, "last"));

        List<Held> out = HeldEntries.merged(entries);

        assertThat(out).extracting(h -> h.ids().size()).containsExactly(HeldEntries.MAX_IDS, 2,
                HeldEntries.MAX_IDS + 5, 1);
        assertThat(out.get(1).ids()).containsExactly("g" + HeldEntries.MAX_IDS / 2, "p" + HeldEntries.MAX_IDS / 2);
        assertThat(out.get(1).at().getTime()).isEqualTo(HeldEntries.MAX_IDS / 2);
        assertThat(out.stream().mapToInt(h -> h.ids().size()).sum()).as("no id lost")
                .isEqualTo((HeldEntries.MAX_IDS / 2 + 1) * 2 + HeldEntries.MAX_IDS + 5 + 1);
    }

    /**
     * A read-only transaction's entries leave the holder only once written: a write that fails (the database gone
     * at the commit) keeps them all, in order, for the try after the rollback.
     */
    @Test
    void entriesStayHeldUntilAWriteSucceeds() {
        HeldEntries held = new HeldEntries(false);
        held.add(entry(1, "READ", "person", "first", "p1"));
        held.add(entry(2, "READ", "person", "second", "p2"));
        List<List<Held>> written = new ArrayList<>();

        try {
            held.writeWith(entries -> {
                throw new IllegalStateException("the database is out of reach");
            });
        } catch (IllegalStateException expected) {
            // the commit fails with it
        }
        assertThat(held.size()).as("kept after a failed write").isEqualTo(2);

        assertThat(held.writeWith(written::add)).isEqualTo(2);
        assertThat(written).singleElement().satisfies(
                entries -> assertThat(entries).extracting(Held::reason).containsExactly("first", "second"));
        assertThat(held.size()).as("let go once written").isZero();
        assertThat(held.writeWith(written::add)).as("nothing to write: the writer is not called").isZero();
        assertThat(written).hasSize(1);
    }
}
