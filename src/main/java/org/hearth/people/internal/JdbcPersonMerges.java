package org.hearth.people.internal;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.MergeId;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMerge;
import org.hearth.people.PersonMerges;
import org.hearth.people.PossibleDuplicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PersonMerges}, each call in one transaction: the hub's work list of possible duplicates, confirmed
 * identities, the decisions (a merge and its undoing are {@link Merging}'s), the history and batch runs. Who may
 * call and the other rules are {@link MergeRules}'; the SQL is in {@link DuplicateStore} and {@link MergeStore}.
 */
@Service
@Transactional
class JdbcPersonMerges implements PersonMerges {

    private final DuplicateStore duplicates;
    private final MergeStore merges;
    private final Merging merging;
    private final DuplicateFinder finder;
    private final AuditTrail audit;

    JdbcPersonMerges(DuplicateStore duplicates, MergeStore merges, Merging merging, DuplicateFinder finder,
            AuditTrail audit) {
        this.duplicates = duplicates;
        this.merges = merges;
        this.merging = merging;
        this.finder = finder;
        this.audit = audit;
    }

    // ---- the work list

    @Override
    @Transactional(readOnly = true)
    public List<PossibleDuplicate> possibleDuplicates(int offset, int limit) {
        requireHub();
        audit.record(AuditAction.SEARCH, "person-duplicate", List.of(), "possible duplicates from " + offset);
        return duplicates.page(MergeRules.offset(offset), MergeRules.limit(limit));
    }

    @Override
    @Transactional(readOnly = true)
    public long countPossibleDuplicates() {
        return duplicates.countOpen();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PossibleDuplicate> pair(PersonId a, PersonId b) {
        requireHub();
        return duplicates.pair(MergeRules.ordered(a, b));
    }

    @Override
    @Transactional(readOnly = true)
    public int openPairsOf(PersonId person) {
        return duplicates.countOpenOf(person);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PossibleDuplicate> openPairsWith(PersonId person) {
        requireHub();
        return duplicates.openWith(person);
    }

    @Override
    public void propose(PersonId a, PersonId b, double probability, List<String> reasons) {
        proposeAll(List.of(new Proposal(a, b, probability, reasons)));
    }

    @Override
    public void proposeAll(List<Proposal> proposals) {
        duplicates.proposeAll(MergeRules.proposed(proposals));
    }

    // ---- identities

    @Override
    @Transactional(readOnly = true)
    public List<String> conflicts(PersonId a, PersonId b) {
        return MergeRules.conflicts(duplicates.identities(a, b));
    }

    @Override
    public void confirmDateOfBirth(PersonId person, boolean confirmed) {
        if (!duplicates.confirmDateOfBirth(person, confirmed)) {
            throw new NoSuchElementException("no such person");
        }
        audit.record(AuditAction.UPDATE, "person", List.of(person.toString()),
                confirmed ? "date of birth confirmed" : "date of birth no longer confirmed");
    }

    @Override
    @Transactional(readOnly = true)
    public boolean dateOfBirthConfirmed(PersonId person) {
        return duplicates.dateOfBirthConfirmed(person);
    }

    // ---- decisions

    @Override
    public MergeId merge(PersonId survivor, PersonId merged, String reason, boolean force, String forceReason) {
        return merging.merge(requireHub(), survivor, merged, reason, force, forceReason);
    }

    @Override
    public void unmerge(MergeId merge, String reason) {
        merging.unmerge(requireHub(), merge, reason);
    }

    @Override
    public void notTheSamePerson(PersonId a, PersonId b, String reason) {
        Actor me = requireHub();
        String why = MergeRules.reason(reason, "Give the reason they are not the same person");
        MergeRules.requireTwo(a, b, "A record is always the same person as itself");
        UUID[] k = MergeRules.ordered(a, b);
        if (!duplicates.notTheSame(k, why, me.actorId())) {
            throw new NoSuchElementException("no such person");
        }
        audit.record(AuditAction.UPDATE, "person-duplicate", List.of(k[0].toString(), k[1].toString()),
                "not the same person: " + why);
    }

    // ---- history

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonMerge> find(MergeId merge) {
        requireHub();
        Optional<PersonMerge> found = merges.find(merge);
        found.ifPresent(m -> audit.record(AuditAction.READ, "person-merge",
                List.of(merge.toString(), m.survivor().toString(), m.merged().toString()), null));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonMerge> mergesOf(PersonId person) {
        return merges.mergesOf(person);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonId> survivorOf(PersonId person) {
        UUID current = person.value();
        boolean moved = false;
        for (int i = 0; i < 50; i++) {
            UUID next = duplicates.mergedInto(current).orElse(null);
            if (next == null) {
                break;
            }
            current = next;
            moved = true;
        }
        return moved ? Optional.of(new PersonId(current)) : Optional.empty();
    }

    // ---- batch runs

    @Override
    public boolean findDuplicates() {
        requireHub();
        boolean started = finder.start(Actor.current().map(Actor::actorId).orElse(null));
        audit.record(AuditAction.SEARCH, "person-duplicate", List.of(), started ? "batch run started" : "batch run already running");
        return started;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DuplicateRun> lastRun() {
        return duplicates.lastRun();
    }

    private static Actor requireHub() {
        return MergeRules.requireHub(Actor.current());
    }
}
