package org.hearth.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.people.MergeRefusedException;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMerges;
import org.springframework.security.access.AccessDeniedException;

/**
 * The rules of possible duplicates, merges and unmerges as pure functions, no database: who decides, the reasons a
 * decision needs, when conflicting confirmed identities refuse a merge, how a pair is keyed, and which current
 * address a merge keeps.
 */
final class MergeRules {

    private MergeRules() {
    }

    /** A record's identity as far as a merge cares: its date of birth and whether it is confirmed. */
    record Identity(LocalDate dateOfBirth, boolean confirmed) {
    }

    /** A current address of the survivor after the move: its id, where it is (for sameness) and since when. */
    record Current(UUID id, String place, LocalDate from) {
    }

    /** Only hub coordinators decide about possible duplicates (and read the list, the pairs and merges). */
    static Actor requireHub(Optional<Actor> current) {
        Actor me = current.orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (!me.hasRole(Role.HUB_COORDINATOR)) {
            throw new AccessDeniedException("Only hub coordinators decide about possible duplicates");
        }
        return me;
    }

    /** A decision's reason, trimmed; refused with {@code message} when missing. */
    static String reason(String reason, String message) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return reason.trim();
    }

    /** Two records, never one record twice. */
    static void requireTwo(PersonId a, PersonId b, String message) {
        if (a.equals(b)) {
            throw new MergeRefusedException(message, List.of());
        }
    }

    /** Why two records may not be merged without forcing: both dates of birth confirmed, and different. */
    static List<String> conflicts(List<Identity> both) {
        List<String> out = new ArrayList<>();
        if (both.size() == 2 && both.get(0).confirmed() && both.get(1).confirmed()
                && !Objects.equals(both.get(0).dateOfBirth(), both.get(1).dateOfBirth())) {
            out.add("Both records have a confirmed date of birth, and they are different");
        }
        return out;
    }

    /**
     * Whether the merge goes ahead over conflicts (forced): never without a reason for forcing it; no conflict, not
     * forced.
     */
    static boolean forced(List<String> conflicts, boolean force, String forceReason) {
        if (conflicts.isEmpty()) {
            return false;
        }
        if (!force || forceReason == null || forceReason.isBlank()) {
            throw new MergeRefusedException("These records have conflicting confirmed identities", conflicts);
        }
        return true;
    }

    /** The pair's key: PostgreSQL orders uuids byte by byte, as their lower-case text sorts (UUID.compareTo is signed). */
    static UUID[] ordered(PersonId a, PersonId b) {
        return a.value().toString().compareTo(b.value().toString()) <= 0 ? new UUID[] {a.value(), b.value()}
                : new UUID[] {b.value(), a.value()};
    }

    /** A pair as {@code person_duplicate} keys it (the lower id first), with its probability as stored. */
    record Proposed(UUID a, UUID b, double probability, List<String> reasons) {
    }

    /**
     * The rows proposing each pair in turn leaves: a person paired with itself dropped, each pair keyed, a pair
     * named twice kept once with its highest probability (the first of equals) and that proposal's reasons; in key
     * order, so two writers lock the rows they share in the same order.
     */
    static List<Proposed> proposed(List<PersonMerges.Proposal> proposals) {
        java.util.Map<List<UUID>, Proposed> pairs = new java.util.HashMap<>();
        for (PersonMerges.Proposal p : proposals) {
            if (p.a().equals(p.b())) {
                continue;
            }
            UUID[] key = ordered(p.a(), p.b());
            Proposed next = new Proposed(key[0], key[1], probability(p.probability()), List.copyOf(p.reasons()));
            pairs.merge(List.of(key), next, (was, now) -> now.probability() > was.probability() ? now : was);
        }
        return pairs.values().stream().sorted(java.util.Comparator.comparing((Proposed p) -> p.a().toString())
                .thenComparing(p -> p.b().toString())).toList();
    }

    /** A proposed pair's probability as stored: within 0 and 1, to four places. */
    static double probability(double p) {
        return Math.round(Math.max(0, Math.min(1, p)) * 10_000) / 10_000.0;
    }

    /** A page of the work list: from 0, between 1 and 200 pairs. */
    static int offset(int offset) {
        return Math.max(0, offset);
    }

    static int limit(int limit) {
        return Math.max(1, Math.min(limit, 200));
    }

    /** The records in a pair's group: the group's open pairs plus one, and never fewer than the two. */
    static int groupSize(long groupPairs) {
        return (int) Math.max(2, groupPairs + 1);
    }

    /**
     * Of the survivor's current addresses (latest first), the ones a merge puts into the history: all but the first.
     * Each is removed; {@link #copied} says whether an ended copy replaces it.
     */
    static List<Current> ended(List<Current> current) {
        return current.size() < 2 ? List.of() : current.subList(1, current.size());
    }

    /** The same place given twice is kept once: an ended copy only of an address other than the kept one. */
    static boolean copied(Current other, Current kept) {
        return !other.place().equals(kept.place());
    }

    /** The audit's words for a merge (ids only). */
    static String merged(PersonId survivor, PersonId merged, String reason, boolean forced, String forceReason) {
        return "merged " + merged + " into " + survivor + ": " + reason
                + (forced ? " (forced over conflicting identities: " + forceReason.trim() + ")" : "");
    }
}
