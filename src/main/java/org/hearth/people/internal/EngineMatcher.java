package org.hearth.people.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.people.Address;
import org.hearth.people.Candidate;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMatcher;
import org.hearth.people.matching.MatchCandidate;
import org.hearth.people.matching.MatchRecord;
import org.hearth.people.matching.PersonIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers from the person-matching engine's online index of the {@code person} table ({@link LiveIndex}): one
 * record a person (current name, date of birth, sex, current non-confidential address), plus one a previous name or
 * alias ({@link IndexRecords}). Built in the background once the application is ready ({@link IndexBuilder};
 * {@link FirstMatcher} answers until then). {@link #candidates} only reads the index in memory; it never waits for
 * the database.
 *
 * <p>The index is kept current three ways:
 * <ol>
 * <li><b>Writes on this instance, at once.</b> {@link PersonChanges} calls {@link #changed} for every person whose
 * name, date of birth, sex, aliases or address it writes; the person is indexed once the transaction has committed,
 * never if it rolls back ({@link IndexTransactions}). So the next lookup (the next row of a police import, say)
 * finds the person.</li>
 * <li><b>Writes anywhere, within seconds.</b> A background poll every {@code hearth.matching.poll} (3 s) reads
 * what changed since its last poll ({@link LiveIndex#poll}).</li>
 * <li><b>Retraining.</b> A new batch run once enough records were added since the last one, if the heap has room
 * for it ({@link IndexBuilder}).</li>
 * </ol>
 * A change that is not a write of {@link PersonChanges} calls {@link #changed} for each person it alters, in its
 * transaction, as {@link JdbcPersonMerges} does: a person merged into another leaves the index, and comes back
 * when the merge is undone.
 */
@Component
@Primary
class EngineMatcher implements PersonMatcher {

    private final FirstMatcher first;
    private final double minProbability;
    private final LiveIndex live;
    private final IndexTransactions transactions;
    private final IndexBuilder builder;

    EngineMatcher(JdbcClient jdbc, @Value("${hearth.matching.min-probability:0.05}") double minProbability,
            LiveIndex live, IndexTransactions transactions, IndexBuilder builder) {
        this.first = new FirstMatcher(jdbc);
        this.minProbability = minProbability;
        this.live = live;
        this.transactions = transactions;
        this.builder = builder;
    }

    /** Whether the engine answers (else the first matcher does). */
    boolean ready() {
        return live.current() != null;
    }

    /** Whether the index holds this person (for tests). */
    boolean indexed(UUID person) {
        return live.recordsOf(person) != null;
    }

    /** Polls the database now (see {@link LiveIndex#poll}). */
    void poll() {
        builder.poll();
    }

    @Override
    public void matchUncommitted() {
        transactions.matchUncommitted();
    }

    /** Called by {@link PersonChanges#create} with what it wrote (see {@link IndexTransactions#created}). */
    void created(UUID person, PersonDetails d, List<String> aliases, Address address) {
        transactions.created(person, d, aliases, address);
    }

    /**
     * Called by {@link PersonChanges} (in its transaction) whenever it writes what the index holds of a person: name,
     * date of birth, sex, aliases or address. Indexed once it has committed; outside a transaction, at once.
     */
    void changed(UUID person) {
        transactions.changed(person);
    }

    /**
     * Called by {@link JdbcPersonErasure} in its transaction: these persons leave the index once it commits (never
     * if it rolls back). Other instances drop them at their next poll, from the tombstones.
     */
    void erased(Collection<UUID> persons) {
        transactions.erased(persons);
    }

    @Override
    public List<Candidate> candidates(PersonDetails d, String postcode, int max) {
        PersonIndex current = transactions.forThisTransaction(live.current());
        if (current == null) {
            return first.candidates(d, postcode, max);
        }
        MatchRecord probe = new MatchRecord("probe", d.givenName(), d.familyName(),
                d.dateOfBirth() == null ? null : d.dateOfBirth().toString(),
                IndexRecords.sex(d.sex() == null ? null : d.sex().name()), null, postcode);
        Map<UUID, Candidate> best = new LinkedHashMap<>();
        for (MatchCandidate c : current.candidates(probe, max * 3 + 5)) {
            if (c.probability() < minProbability || best.size() >= max) {
                break;
            }
            UUID person = IndexRecords.person(c.record().id());
            List<MatchRecord> its = live.recordsOf(person);
            if (its == null) {
                its = transactions.uncommittedRecords(person);
            }
            if (its == null || best.containsKey(person)) {
                continue;
            }
            MatchRecord who = its.get(0);
            best.put(person, new Candidate(new PersonId(person), who.givenName() + " " + who.surname(),
                    who.dateOfBirth() == null ? "" : who.dateOfBirth(), c.probability(),
                    MatchExplanation.of(c.evidence(), IndexRecords.isAlias(c.record().id()))));
        }
        return List.copyOf(best.values());
    }
}
