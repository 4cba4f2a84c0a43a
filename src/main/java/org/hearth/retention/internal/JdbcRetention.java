package org.hearth.retention.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention schedule, the review list computed from every module's dates (through {@link PersonErasure}), holds,
 * and erasure on a coordinator's approval.
 */
@Service
@Transactional
class JdbcRetention implements Retention {

    static final String RULE_RECORD = "retention-rule";
    static final String REVIEW_RECORD = "person";
    static final int REASON_MAX = 500;
    static final int REASONING_MAX = 2000;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PersonErasure erasure;
    private final StaffUsers staff;
    /**
     * The review list and the count on coordinators' "My work", kept for {@code hearth.retention.count-for} (10
     * minutes): working them out reads every record's dates (seconds over a large register), and dates pass by the day.
     * A hold, a release, an erasure or a rule change here forgets them at once.
     */
    private final Duration countFor;
    private final Clock clock;
    private final AtomicReference<Due> kept = new AtomicReference<>();

    /** The review list as worked out at a time. */
    private record Due(List<ReviewEntry> entries, Instant at) {
    }

    @Autowired
    JdbcRetention(JdbcClient jdbc, AuditTrail audit, PersonErasure erasure, StaffUsers staff,
            @Value("${hearth.retention.count-for:10m}") Duration countFor) {
        this(jdbc, audit, erasure, staff, countFor, Clock.systemUTC());
    }

    JdbcRetention(JdbcClient jdbc, AuditTrail audit, PersonErasure erasure, StaffUsers staff, Duration countFor,
            Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.erasure = erasure;
        this.staff = staff;
        this.countFor = countFor;
        this.clock = clock;
    }

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
        return rules().values().stream().toList();
    }

    private Map<RecordType, RetentionRule> rules() {
        Map<RecordType, RetentionRule> out = new EnumMap<>(RecordType.class);
        jdbc.sql("SELECT record_type, years_after, until_age, reasoning, updated_at FROM retention_rule")
                .query((rs, n) -> {
                    RecordType t = RecordType.valueOf(rs.getString(1));
                    OffsetDateTime at = rs.getObject(5, OffsetDateTime.class);
                    return out.put(t, new RetentionRule(t, rs.getInt(2), (Integer) rs.getObject(3), rs.getString(4),
                            at == null ? null : at.toInstant()));
                }).list();
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public RetentionRule rule(RecordType type) {
        scheduleKeeper();
        return rules().get(type);
    }

    @Override
    public RetentionRule updateRule(RecordType type, Integer years, Integer untilAge, String reasoning) {
        Actor me = scheduleKeeper();
        Map<String, String> errors = new LinkedHashMap<>();
        if (years == null) {
            errors.put("years", "Enter the number of years after the last involvement");
        } else if (years < 1 || years > 100) {
            errors.put("years", "Years after the last involvement must be between 1 and 100");
        }
        if (untilAge != null && (untilAge < 18 || untilAge > 100)) {
            errors.put("untilAge", "The age to keep a record until must be between 18 and 100");
        }
        if (reasoning == null || reasoning.isBlank()) {
            errors.put("reasoning", "Enter the reasoning for the rule");
        } else if (reasoning.length() > REASONING_MAX) {
            errors.put("reasoning", "The reasoning must be " + REASONING_MAX + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("""
                UPDATE retention_rule SET years_after = ?, until_age = ?, reasoning = ?, updated_at = now(), updated_by = ?
                WHERE record_type = ?""").params(years, untilAge, reasoning.trim(), me.actorId(), type.name()).update();
        audit.record(AuditAction.UPDATE, RULE_RECORD, List.of(type.name()), "retention rule changed");
        kept.set(null);
        return rules().get(type);
    }

    // ---- the review list

    @Override
    public LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    /** Which rule a person falls under: a death review first, then a child at their last involvement. */
    static RecordType type(PersonRetention p) {
        if (p.deathReview()) {
            return RecordType.DEATH_REVIEW;
        }
        if (p.dateOfBirth() != null && p.dateOfBirth().plusYears(18).isAfter(p.lastInvolvement())) {
            return RecordType.CHILD;
        }
        return RecordType.ADULT;
    }

    private List<ReviewEntry> due(List<PersonRetention> people) {
        Map<RecordType, RetentionRule> rules = rules();
        LocalDate today = today();
        Map<UUID, Hold> holds = currentHolds();
        List<ReviewEntry> out = new ArrayList<>();
        for (PersonRetention p : people) {
            RecordType type = type(p);
            RetentionRule rule = rules.get(type);
            LocalDate dueOn = rule.dueOn(p.lastInvolvement(), p.dateOfBirth());
            if (!dueOn.isAfter(today)) {
                out.add(new ReviewEntry(p.person(), type, rule.describe(), p.lastInvolvement(), dueOn, p.holds(),
                        holds.get(p.person().value())));
            }
        }
        out.sort(Comparator.comparing(ReviewEntry::dueOn).thenComparing(e -> e.person().value()));
        return out;
    }

    private Map<UUID, Hold> currentHolds() {
        Map<UUID, String> names = new HashMap<>();
        Map<UUID, Hold> out = new HashMap<>();
        jdbc.sql("SELECT id, person_id, kind, reason, held_by, held_at FROM retention_hold WHERE released_at IS NULL")
                .query((rs, n) -> {
                    UUID by = rs.getObject(5, UUID.class);
                    String name = names.computeIfAbsent(by, this::staffName);
                    return out.put(rs.getObject(2, UUID.class), new Hold(rs.getObject(1, UUID.class),
                            new PersonId(rs.getObject(2, UUID.class)), HoldKind.valueOf(rs.getString(3)),
                            rs.getString(4), name, rs.getObject(6, OffsetDateTime.class).toInstant()));
                }).list();
        return out;
    }

    private String staffName(UUID id) {
        return staff.find(new StaffUserId(id)).map(StaffUser::displayName).orElse("A former member of staff");
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewEntry> review() {
        coordinator();
        List<ReviewEntry> out = due();
        audit.record(AuditAction.SEARCH, REVIEW_RECORD, out.stream().map(e -> e.person().toString()).toList(),
                "retention review: ids, record types and dates only");
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public int awaitingDecision() {
        coordinator();
        return (int) due().stream().filter(e -> !e.held()).count();
    }

    /**
     * The review list, kept for {@code hearth.retention.count-for}: an erasure or a hold always works out its one
     * record afresh, so a kept list can never erase a record that is no longer due.
     */
    private List<ReviewEntry> due() {
        Instant now = clock.instant();
        Due list = kept.get();
        if (list != null && list.at().plus(countFor).isAfter(now)) {
            return list.entries();
        }
        List<ReviewEntry> entries = List.copyOf(due(erasure.retentionFacts()));
        kept.set(new Due(entries, now));
        return entries;
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
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "Choose why the record is kept");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "Enter the reason for the hold, naming no one");
        } else if (reason.length() > REASON_MAX) {
            errors.put("reason", "The reason must be " + REASON_MAX + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        lock(person);
        ReviewEntry entry = find(person).orElseThrow(() -> new NoSuchElementException("not on the review list"));
        if (entry.hold() != null) {
            throw InvalidInputException.of("kind", "This record is already held");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO retention_hold (id, person_id, kind, reason, held_by) VALUES (?, ?, ?, ?, ?)")
                .params(id, person.value(), kind.name(), reason.trim(), me.actorId()).update();
        audit.record(AuditAction.UPDATE, REVIEW_RECORD, List.of(person.toString(), id.toString()),
                "retention hold: " + kind.name());
        kept.set(null);
        return new Hold(id, person, kind, reason.trim(), me.displayName(), Instant.now());
    }

    @Override
    public void release(UUID hold) {
        Actor me = coordinator();
        UUID person = jdbc.sql("""
                UPDATE retention_hold SET released_at = now(), released_by = ? WHERE id = ? AND released_at IS NULL
                RETURNING person_id""").params(me.actorId(), hold).query(UUID.class).optional()
                .orElseThrow(() -> new NoSuchElementException("no such hold"));
        audit.record(AuditAction.UPDATE, REVIEW_RECORD, List.of(person.toString(), hold.toString()),
                "retention hold released");
        kept.set(null);
    }

    @Override
    public Erased erase(PersonId person, boolean confirm) {
        Actor me = coordinator();
        lock(person);
        ReviewEntry entry = find(person).orElseThrow(() -> new NoSuchElementException("not on the review list"));
        if (entry.held()) {
            throw InvalidInputException.of("confirm", "This record is held: release the hold first, or leave it");
        }
        if (releasedBy(person, me)) {
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
        kept.set(null);
        return new Erased(t.person(), t.erasedAt(), t.rule(), me.displayName());
    }

    /**
     * Locks the person's row for the rest of the transaction, so that a hold and an erasure of one record are taken
     * one after the other: a hold placed while the record is being erased waits, then finds it gone.
     */
    private void lock(PersonId person) {
        jdbc.sql("SELECT id FROM person WHERE id = ? FOR UPDATE").param(person.value()).query(UUID.class).optional();
    }

    private boolean releasedBy(PersonId person, Actor me) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM retention_hold WHERE person_id = ? AND released_by = ?)")
                .params(person.value(), me.actorId()).query(Boolean.class).single();
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
