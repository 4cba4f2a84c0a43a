package org.hearth.retention.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.PersonErasure;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRetention;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.retention.Erased;
import org.hearth.retention.Hold;
import org.hearth.retention.HoldKind;
import org.hearth.retention.RecordType;
import org.hearth.retention.Retention;
import org.hearth.retention.RetentionRule;
import org.hearth.retention.ReviewEntry;
import org.hearth.retention.ReviewPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention schedule, the review list computed from every module's dates (through {@link PersonErasure}), holds,
 * and erasure on a coordinator's approval: who may call, the transaction, the audit and the kept review list. The rules
 * are {@link RetentionRules}' (pure), the SQL {@link RetentionStore}'s.
 */
@Service
@Transactional
class RetentionService implements Retention {

    static final String RULE_RECORD = "retention-rule";
    static final String REVIEW_RECORD = "person";

    private final RetentionStore store;
    private final AuditTrail audit;
    private final PersonErasure erasure;
    private final StaffUsers staff;
    /**
     * The review list and the count on coordinators' "My work" (both read from it), kept for
     * {@code hearth.retention.count-for} (10 minutes) and then worked out again in the background: working them out
     * reads every record's dates (minutes over a national register), and dates pass by the day. A hold, a release or an
     * erasure here puts its record in the kept list at once; a rule change forgets the list.
     */
    private final KeptReviewList kept;
    @Autowired
    RetentionService(RetentionStore store, AuditTrail audit, PersonErasure erasure, StaffUsers staff,
            @Value("${hearth.retention.count-for:10m}") Duration countFor) {
        this(store, audit, erasure, staff, countFor, Clock.systemUTC());
    }

    RetentionService(RetentionStore store, AuditTrail audit, PersonErasure erasure, StaffUsers staff, Duration countFor,
            Clock clock) {
        this(store, audit, erasure, staff, countFor, clock, REFRESHER);
    }

    RetentionService(RetentionStore store, AuditTrail audit, PersonErasure erasure, StaffUsers staff, Duration countFor,
            Clock clock, Executor refresher) {
        this.store = store;
        this.audit = audit;
        this.erasure = erasure;
        this.staff = staff;
        this.kept = new KeptReviewList(() -> due(erasure.retentionFacts(
                RetentionRules.involvedBy(store.rules().values(), today()))), this::find, countFor, clock, refresher);
    }

    /** One thread, so that working the list out again never takes both cores. */
    private static final Executor REFRESHER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "retention-review");
        t.setDaemon(true);
        return t;
    });

    // ---- access

    private static Actor coordinator() {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
        if (me.apiClient() || !me.hasRole(Role.PARTNERSHIP_COORDINATOR)) {
            throw new AccessDeniedException("Only partnership coordinators review records past their retention date");
        }
        return me;
    }

    private static Actor scheduleKeeper() {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
        if (me.apiClient() || !(me.hasRole(Role.PARTNERSHIP_COORDINATOR) || me.hasRole(Role.SYSTEM_ADMIN))) {
            throw new AccessDeniedException("Only coordinators and administrators keep the retention schedule");
        }
        return me;
    }

    // ---- the schedule

    @Override
    @Transactional(readOnly = true)
    public List<RetentionRule> schedule() {
        scheduleKeeper();
        return store.rules().values().stream().toList();
    }

    @Override
    @Transactional(readOnly = true)
    public RetentionRule rule(RecordType type) {
        scheduleKeeper();
        return store.rules().get(type);
    }

    @Override
    public RetentionRule updateRule(RecordType type, Integer years, Integer untilAge, String reasoning) {
        Actor me = scheduleKeeper();
        RetentionRules.rule(years, untilAge, reasoning);
        store.updateRule(type, years, untilAge, reasoning.trim(), me.actorId());
        audit.record(AuditAction.UPDATE, RULE_RECORD, List.of(type.name()), "retention rule changed");
        kept.forget();
        return store.rules().get(type);
    }

    // ---- the review list

    @Override
    public LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    private List<ReviewEntry> due(List<PersonRetention> people) {
        Map<UUID, String> names = new HashMap<>();
        return RetentionRules.due(people, store.rules(), store.currentHolds(id -> names.computeIfAbsent(id,
                this::staffName)), today());
    }

    private String staffName(UUID id) {
        return staff.find(new StaffUserId(id)).map(StaffUser::displayName).orElse("A former member of staff");
    }

    @Override
    @Transactional(readOnly = true)
    public ReviewPage review(int page, int size) {
        coordinator();
        ReviewPage out = RetentionRules.page(due(), page, size, MAX_PAGE_SIZE);
        // the ids shown on this page only: the whole list can hold thousands of records
        audit.record(AuditAction.SEARCH, REVIEW_RECORD, out.entries().stream().map(e -> e.person().toString()).toList(),
                "retention review, page " + out.page() + " of " + out.pages() + ": ids, record types and dates only");
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public int awaitingDecision() {
        coordinator();
        return (int) due().stream().filter(e -> !e.held()).count();
    }

    /** The review list, kept: an erasure or a hold always works out its one record afresh. */
    private List<ReviewEntry> due() {
        return kept.entries();
    }

    private Optional<ReviewEntry> find(PersonId person) {
        return erasure.retentionFacts(person).map(List::of).map(this::due).flatMap(l -> l.stream().findFirst());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReviewEntry> entry(PersonId person) {
        coordinator();
        Optional<ReviewEntry> out = find(person);
        out.ifPresent(e -> audit.record(AuditAction.READ, REVIEW_RECORD, List.of(person.toString()),
                "retention review: id, record type and dates only"));
        return out;
    }

    @Override
    public Hold hold(PersonId person, HoldKind kind, String reason) {
        Actor me = coordinator();
        RetentionRules.hold(kind, reason);
        store.lock(person);
        ReviewEntry entry = find(person).orElseThrow(() -> new NoSuchElementException("not on the review list"));
        if (entry.hold() != null) {
            throw InvalidInputException.of("kind", "This record is already held");
        }
        UUID id = UUID.randomUUID();
        store.insertHold(id, person, kind, reason.trim(), me.actorId());
        audit.record(AuditAction.UPDATE, REVIEW_RECORD, List.of(person.toString(), id.toString()),
                "retention hold: " + kind.name());
        kept.decided(person);
        return new Hold(id, person, kind, reason.trim(), me.displayName(), Instant.now());
    }

    @Override
    public void release(UUID hold) {
        Actor me = coordinator();
        UUID person = store.releaseHold(hold, me.actorId()).orElseThrow(() -> new NoSuchElementException("no such hold"));
        audit.record(AuditAction.UPDATE, REVIEW_RECORD, List.of(person.toString(), hold.toString()),
                "retention hold released");
        kept.decided(new PersonId(person));
    }

    @Override
    public Erased erase(PersonId person, boolean confirm) {
        Actor me = coordinator();
        store.lock(person);
        ReviewEntry entry = find(person).orElseThrow(() -> new NoSuchElementException("not on the review list"));
        if (entry.held()) {
            throw InvalidInputException.of("confirm", "This record is held: release the hold first, or leave it");
        }
        if (store.releasedBy(person, me.actorId())) {
            // four eyes: one coordinator alone cannot lift a hold and erase the record it kept
            throw InvalidInputException.of("confirm",
                    "You released this record's hold: another partnership coordinator must approve its erasure");
        }
        if (!confirm) {
            throw InvalidInputException.of("confirm",
                    "Confirm that this record is to be erased everywhere in Hearth, for good");
        }
        String rule = entry.type().label() + ": " + entry.rule();
        PersonErasure.Tombstone t = erasure.erase(person, rule, me.actorId());
        kept.decided(person);
        return new Erased(t.person(), t.erasedAt(), t.rule(), me.displayName());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Erased> erased() {
        coordinator();
        Map<UUID, String> names = new HashMap<>();
        List<Erased> out = erasure.tombstones(500).stream().map(t -> new Erased(t.person(), t.erasedAt(), t.rule(),
                names.computeIfAbsent(t.approvedBy(), this::staffName))).toList();
        audit.record(AuditAction.SEARCH, REVIEW_RECORD, out.stream().map(e -> e.person().toString()).toList(),
                "erased records: ids and dates only");
        return out;
    }
}
