package org.hearth.referrals.internal;

import java.util.List;
import java.util.UUID;
import org.hearth.people.Candidate;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMerges;
import org.hearth.platform.HeldUntilCommit;
import org.hearth.referrals.ReferralId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who else a person named in a referral may be, kept for the hub to resolve: on the referral
 * ({@code referral_possible_match}) and on the list of possible duplicates ({@link PersonMerges#proposeAll}), two
 * statements for all of a person's candidates. In a transaction that asked to {@link #hold} them (a chunk of the
 * police import) they are gathered and written just before it commits, two statements for the whole chunk: still in
 * that transaction, so they commit with it or not at all, and a failure fails the commit.
 */
@Component
public class LeftForTheHub {

    private final JdbcClient jdbc;
    private final PersonMerges merges;
    private final HeldUntilCommit<Left> held = new HeldUntilCommit<>();

    LeftForTheHub(JdbcClient jdbc, PersonMerges merges) {
        this.jdbc = jdbc;
        this.merges = merges;
    }

    /** A possible match: the person the referral names and who that may be. */
    private record Left(ReferralId referral, PersonId person, Candidate candidate) {
    }

    /** Holds what is left for the hub in the current transaction until its commit. Does nothing outside one. */
    public void hold() {
        held.hold(rest -> {
            write(List.copyOf(rest));
            rest.clear();
        });
    }

    /**
     * Leaves the person's candidates (but the person itself) for the hub, in the caller's transaction.
     *
     * @return how many possible matches were new; when held, how many were left (written at the commit)
     */
    int leave(ReferralId referral, PersonId person, List<Candidate> candidates) {
        List<Left> left = candidates.stream().filter(c -> !c.id().equals(person))
                .map(c -> new Left(referral, person, c)).toList();
        List<Left> chunk = held.held();
        if (chunk != null) {
            chunk.addAll(left);
            return left.size();
        }
        return write(left);
    }

    private int write(List<Left> left) {
        if (left.isEmpty()) {
            return 0;
        }
        int added = jdbc.sql("""
                INSERT INTO referral_possible_match (referral_id, person_id, candidate_id, score, reasons)
                SELECT t.r, t.p, t.c, CAST(t.s AS numeric), string_to_array(t.x, chr(31))
                FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS text[]),
                    CAST(? AS text[])) AS t(r, p, c, s, x)
                ON CONFLICT DO NOTHING""")
                .params(left.stream().map(l -> l.referral().value()).toArray(UUID[]::new),
                        left.stream().map(l -> l.person().value()).toArray(UUID[]::new),
                        left.stream().map(l -> l.candidate().id().value()).toArray(UUID[]::new),
                        left.stream().map(l -> String.valueOf(Math.round(l.candidate().score() * 1000) / 1000.0))
                                .toArray(String[]::new),
                        left.stream().map(l -> reasons(l.candidate().reasons())).toArray(String[]::new))
                .update();
        merges.proposeAll(left.stream().map(l -> new PersonMerges.Proposal(l.person(), l.candidate().id(),
                l.candidate().score(), l.candidate().reasons())).toList());
        return added;
    }

    /** The reasons joined by the unit separator (none holds one) for {@code string_to_array}. */
    static String reasons(List<String> reasons) {
        return String.join("\u001f", reasons.stream().map(r -> r.replace('\u001f', ' ')).toList());
    }
}
