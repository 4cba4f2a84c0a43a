package org.hearth.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hearth.people.matching.bench.SyntheticPeople;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link PersonIndex#with}: a record with an id new to the index hides nothing (not even a record whose id shares its
 * hash), a record with an id stored before hides its earlier version wherever it is (the trained segment, a segment
 * added later, one merged since), and records added a few at a time score as records added all at once.
 */
class PersonIndexUpdateTest {

    private static List<MatchRecord> stored;
    private static PersonIndex index;

    @BeforeAll
    static void train() {
        stored = new ArrayList<>(SyntheticPeople.generate(1_500, 17).records());
        // "Aa" and "BB" have the same String hash code: a look-up by hash must still tell them apart
        stored.add(new MatchRecord("Aa", "Rosalind", "Pughesley", "1971-03-09", "F", "3 Elm Close, Hull", "HU5 3XY"));
        index = MatchEngine.withDefaults().dedupe(stored).index();
    }

    private static MatchRecord person(String id, String given, String surname, String dob) {
        return new MatchRecord(id, given, surname, dob, "F", "12 Tithe Barn Road, Leeds", "LS6 2QT");
    }

    private static List<String> idsFound(PersonIndex in, MatchRecord probe) {
        return in.candidates(new MatchRecord("probe", probe.givenName(), probe.surname(), probe.dateOfBirth(),
                probe.sex(), probe.address(), probe.postcode()), 50).stream().map(c -> c.record().id()).toList();
    }

    @Test
    void aNewIdHidesNothingEvenWhenItsHashIsAStoredId() {
        assertThat("BB".hashCode()).isEqualTo("Aa".hashCode());
        MatchRecord aa = stored.get(stored.size() - 1);
        List<MatchRecord> added = new ArrayList<>();
        added.add(person("BB", "Marguerite", "Oyelaran", "1985-11-30"));
        for (int i = 0; i < 300; i++) {
            added.add(person("new-" + i, "Given" + i, "Family" + i, "1990-01-" + (10 + i % 18)));
        }
        PersonIndex after = index.with(added, List.of());

        assertThat(after.size()).isEqualTo(index.size() + added.size());
        assertThat(idsFound(after, aa)).contains("Aa");
        for (MatchRecord r : stored.subList(0, 200)) {
            assertThat(idsFound(after, r)).as(r.id()).contains(r.id());
        }
        // one at a time (a row of the police import at a time), through merges of the added segments
        PersonIndex oneByOne = index;
        for (MatchRecord r : added) {
            oneByOne = oneByOne.with(List.of(r), List.of());
        }
        assertThat(oneByOne.size()).isEqualTo(index.size() + added.size());
        assertThat(idsFound(oneByOne, aa)).contains("Aa");
        assertThat(idsFound(oneByOne, added.get(0))).contains("BB");
    }

    @Test
    void anIdStoredBeforeHidesItsEarlierVersionWhereverItIs() {
        MatchRecord first = stored.get(0);
        MatchRecord moved = new MatchRecord(first.id(), first.givenName(), first.surname(), first.dateOfBirth(),
                first.sex(), "7 Quarry Hill, Wakefield", "WF1 1AA");
        // the earlier version is in the trained segment
        PersonIndex once = index.with(List.of(moved), List.of());
        assertThat(once.size()).isEqualTo(index.size());
        assertCurrent(once, first.id(), moved);

        // then in an added segment, and in one merged from added segments: a few records at a time
        PersonIndex many = once;
        MatchRecord latest = moved;
        for (int i = 0; i < 40; i++) {
            many = many.with(List.of(person("other-" + i, "Other" + i, "Name" + i, "1980-02-" + (10 + i % 18))),
                    List.of());
            if (i % 7 == 0) {
                latest = new MatchRecord(first.id(), first.givenName(), first.surname(), first.dateOfBirth(),
                        first.sex(), i + " Quarry Hill, Wakefield", "WF1 1AA");
                many = many.with(List.of(latest), List.of());
                assertCurrent(many, first.id(), latest);
            }
        }
        assertThat(many.size()).isEqualTo(index.size() + 40);
        assertCurrent(many, first.id(), latest);

        PersonIndex removed = many.with(List.of(), List.of(first.id(), "other-3"));
        assertThat(removed.size()).isEqualTo(index.size() - 1 + 39);
        assertThat(idsFound(removed, latest)).doesNotContain(first.id());
        assertThat(idsFound(removed, person("p", "Other3", "Name3", "1980-02-13"))).doesNotContain("other-3");
    }

    /** The index finds {@code id} once, as {@code current}, probed by either its first or its current version. */
    private static void assertCurrent(PersonIndex in, String id, MatchRecord current) {
        for (MatchRecord probe : List.of(stored.get(0), current)) {
            List<MatchCandidate> found = in.candidates(new MatchRecord("probe", probe.givenName(), probe.surname(),
                    probe.dateOfBirth(), probe.sex(), probe.address(), probe.postcode()), 50).stream()
                    .filter(c -> c.record().id().equals(id)).toList();
            assertThat(found).hasSize(1);
            assertThat(found.get(0).record()).isEqualTo(current);
        }
    }

    @Test
    void recordsAddedAFewAtATimeScoreAsRecordsAddedTogether() {
        List<MatchRecord> added = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            MatchRecord like = stored.get(i * 3);
            added.add(new MatchRecord("again-" + i, like.givenName(), like.surname(), like.dateOfBirth(), like.sex(),
                    i % 2 == 0 ? like.address() : null, like.postcode()));
        }
        PersonIndex together = index.with(added, List.of());
        PersonIndex apart = index;
        for (int i = 0; i < added.size(); i += 3) {
            apart = apart.with(added.subList(i, Math.min(added.size(), i + 3)), List.of());
        }
        for (int i = 0; i < added.size(); i++) {
            MatchRecord probe = stored.get(i * 3);
            List<MatchCandidate> a = together.candidates(probe, 20);
            List<MatchCandidate> b = apart.candidates(probe, 20);
            assertThat(b).extracting(c -> c.record().id()).containsExactlyElementsOf(
                    a.stream().map(c -> c.record().id()).toList());
            assertThat(b).extracting(MatchCandidate::weight).containsExactlyElementsOf(
                    a.stream().map(MatchCandidate::weight).toList());
            assertThat(a).extracting(c -> c.record().id()).contains("again-" + i);
        }
    }
}
