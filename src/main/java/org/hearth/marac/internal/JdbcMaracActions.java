package org.hearth.marac.internal;

import org.hearth.platform.Dates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracAction;
import org.hearth.marac.MaracActionId;
import org.hearth.marac.MaracActions;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.Maracs;
import org.hearth.marac.Member;
import org.hearth.partnership.AgencyId;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcMaracActions implements MaracActions {

    static final int MAX_NOTE = 4000;
    static final int MAX_EVIDENCE = 2000;
    /** A MARAC_ACTION grant also lapses by itself this long after the action's due day (it is ended when it closes). */
    static final int GRANT_BACKSTOP_MONTHS = 12;

    private final JdbcClient jdbc;
    private final Maracs maracs;
    private final PersonAccess access;
    private final AuditTrail audit;
    private final Clock clock = Clock.system(Dates.UK);

    JdbcMaracActions(JdbcClient jdbc, Maracs maracs, PersonAccess access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.maracs = maracs;
        this.access = access;
        this.audit = audit;
    }

    static final String SELECT = """
            SELECT a.*, m.meets_on, m.marac_id, r.reference, r.victim_id FROM marac_action a
            JOIN marac_meeting m ON m.id = a.meeting_id JOIN marac_referral r ON r.id = a.marac_referral_id""";

    /** An action with what the access checks need. */
    record Row(MaracAction action, MaracId marac, PersonId victim) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        UUID id = rs.getObject("id", UUID.class);
        return new Row(new MaracAction(new MaracActionId(id), new MaracMeetingId(rs.getObject("meeting_id", UUID.class)),
                rs.getObject("meets_on", LocalDate.class), new MaracReferralId(rs.getObject("marac_referral_id", UUID.class)),
                rs.getString("reference"), MaracAction.Subject.valueOf(rs.getString("subject")),
                rs.getString("description"), rs.getString("risk"), new AgencyId(rs.getObject("owner_agency_id", UUID.class)),
                rs.getObject("due_on", LocalDate.class), closed == null ? null : closed.toInstant(),
                rs.getString("closed_by_name"), List.of()), new MaracId(rs.getObject("marac_id", UUID.class)),
                new PersonId(rs.getObject("victim_id", UUID.class)));
    }

    /** The actions matching, each with its progress notes, in the order given. */
    List<Row> select(String where, Object... params) {
        List<Row> rows = jdbc.sql(SELECT + " WHERE " + where).params(params).query(this::row).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<MaracAction.Progress>> notes = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT action_id, note, evidence, completes, recorded_at, recorded_by_name FROM marac_action_progress
                WHERE action_id = ANY(?) ORDER BY recorded_at, id""")
                .param(rows.stream().map(r -> r.action().id().value()).toArray(UUID[]::new))
                .query((rs, n) -> {
                    notes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new MaracAction.Progress(rs.getString(2), rs.getString(3), rs.getBoolean(4),
                                    rs.getTimestamp(5).toInstant(), rs.getString(6)));
                    return null;
                }).list();
        return rows.stream().map(r -> {
            MaracAction a = r.action();
            return new Row(new MaracAction(a.id(), a.meeting(), a.meetsOn(), a.referral(), a.reference(), a.subject(),
                    a.description(), a.risk(), a.owner(), a.dueOn(), a.closedAt(), a.closedBy(),
                    notes.getOrDefault(a.id().value(), List.of())), r.marac(), r.victim());
        }).toList();
    }

    /** The people an action concerns: the victim (for the victim or the children), else the perpetrators. */
    List<PersonId> concerns(MaracReferralId referral, MaracAction.Subject subject) {
        if (subject == MaracAction.Subject.PERPETRATOR) {
            List<PersonId> perpetrators = jdbc.sql(
                    "SELECT person_id FROM marac_referral_perpetrator WHERE marac_referral_id = ? ORDER BY person_id")
                    .param(referral.value()).query(UUID.class).list().stream().map(PersonId::new).toList();
            if (!perpetrators.isEmpty()) {
                return perpetrators;
            }
        }
        return jdbc.sql("SELECT victim_id FROM marac_referral WHERE id = ?").param(referral.value())
                .query(UUID.class).list().stream().map(PersonId::new).toList();
    }

    /** The named representative and deputy of the agency on the MARAC who may still represent it. */
    Set<StaffUserId> holders(Marac marac, AgencyId agency) {
        Set<StaffUserId> holders = new LinkedHashSet<>();
        marac.member(agency).ifPresent(m -> {
            if (maracs.mayRepresent(m.representative(), m.agency())) {
                holders.add(m.representative());
            }
            if (m.deputy() != null && maracs.mayRepresent(m.deputy(), m.agency())) {
                holders.add(m.deputy());
            }
        });
        return holders;
    }

    /** End of the backstop day of an action's grant (UK time). */
    static Instant grantEnds(LocalDate dueOn) {
        return dueOn.plusMonths(GRANT_BACKSTOP_MONTHS).plusDays(1).atStartOfDay(Dates.UK).toInstant()
                .minusSeconds(60);
    }

    /** Grants the owner's representatives MARAC_ACTION on the people the action concerns; returns how many. */
    int grant(Marac marac, MaracAction action) {
        int n = 0;
        Instant until = grantEnds(action.dueOn());
        GrantBasis basis = GrantBasis.of("marac-action", action.id());
        for (StaffUserId holder : holders(marac, action.owner())) {
            for (PersonId person : concerns(action.referral(), action.subject())) {
                grantUntil(person, GrantHolder.user(holder), until, basis);
                n++;
            }
        }
        return n;
    }

    private void grantUntil(PersonId person, GrantHolder holder, Instant until, GrantBasis basis) {
        AccessGrant g = access.grant(person, holder, AccessGround.MARAC_ACTION, AccessScope.RECORD, until, basis);
        if (g.expiresAt() != null && g.expiresAt().isBefore(until)) {
            access.end(g.id());
            access.grant(person, holder, AccessGround.MARAC_ACTION, AccessScope.RECORD, until, basis);
        }
    }

    /**
     * Ends the grants an action made (its basis) for every member of staff who held one; a grant reused by a later
     * action of the same agency on the same person is made again for that action.
     */
    private void endGrants(Marac marac, MaracAction closed) {
        GrantBasis basis = GrantBasis.of("marac-action", closed.id());
        Set<StaffUserId> holders = new LinkedHashSet<>();
        for (Member m : marac.members()) {
            holders.add(m.representative());
            if (m.deputy() != null) {
                holders.add(m.deputy());
            }
        }
        for (StaffUserId holder : holders) {
            if (access.endHeldBy(holder, AccessGround.MARAC_ACTION, List.of(basis)) > 0) {
                // another open action of the same agency on the same person keeps its access
                for (Row open : select("a.closed_at IS NULL AND m.marac_id = ? AND a.owner_agency_id = ?"
                        + " ORDER BY a.due_on", marac.id().value(), closed.owner().value())) {
                    if (holders(marac, open.action().owner()).contains(holder)) {
                        for (PersonId person : concerns(open.action().referral(), open.action().subject())) {
                            grantUntil(person, GrantHolder.user(holder), grantEnds(open.action().dueOn()),
                                    GrantBasis.of("marac-action", open.action().id()));
                        }
                    }
                }
            }
        }
    }

    /** The current user is the MARAC's chair or a coordinator. */
    static boolean chairs(Marac marac) {
        return Roles.coordinator() || Actor.current().map(a -> marac.chair().value().equals(a.actorId())).orElse(false);
    }

    /** The current user is the agency's named representative or deputy on the MARAC and may still represent it. */
    boolean represents(Marac marac, AgencyId agency) {
        Actor me = Roles.actor();
        StaffUserId user = new StaffUserId(me.actorId());
        return marac.member(agency).map(m -> m.representative().equals(user) || user.equals(m.deputy())).orElse(false)
                && maracs.mayRepresent(user, agency);
    }

    private Marac marac(MaracId id) {
        return maracs.find(id).orElseThrow();
    }

    private Row allowed(MaracActionId id, boolean lock) {
        Row r = select("a.id = ?" + (lock ? " FOR UPDATE OF a" : ""), id.value()).stream().findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("No such MARAC action"));
        Marac marac = marac(r.marac());
        if (!chairs(marac) && !represents(marac, r.action().owner())) {
            throw new AccessDeniedException("A MARAC action is for its owner agency's representatives and the chair");
        }
        return r;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MaracAction> find(MaracActionId id) {
        Row r;
        try {
            r = allowed(id, false);
        } catch (java.util.NoSuchElementException e) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>(List.of(id.toString()));
        concerns(r.action().referral(), r.action().subject()).forEach(p -> ids.add(p.toString()));
        audit.record(AuditAction.READ, "marac-action", ids, null);
        return Optional.of(r.action());
    }

    @Override
    @Transactional(readOnly = true)
    public List<MaracAction> mine() {
        Actor me = Roles.actor();
        StaffUserId user = new StaffUserId(me.actorId());
        List<Row> rows = select("""
                EXISTS (SELECT 1 FROM marac_member mm WHERE mm.marac_id = m.marac_id
                        AND mm.agency_id = a.owner_agency_id AND (mm.representative_id = ? OR mm.deputy_id = ?))
                  AND (a.closed_at IS NULL OR a.closed_at > ?)
                ORDER BY (a.closed_at IS NOT NULL), a.due_on, r.reference""", user.value(), user.value(),
                Timestamp.from(Instant.now(clock).minusSeconds(28L * 24 * 3600)));
        // whether the user may still represent an agency is asked once an agency, not once an action
        java.util.Map<AgencyId, Boolean> mayRepresent = new java.util.HashMap<>();
        List<Row> shown = rows.stream().filter(r -> mayRepresent.computeIfAbsent(r.action().owner(),
                agency -> maracs.mayRepresent(user, agency))).toList();
        if (!shown.isEmpty()) {
            audit.record(AuditAction.READ, "person", shown.stream().map(r -> r.victim().toString()).distinct().toList(),
                    "MARAC actions of my agency");
        }
        return shown.stream().map(Row::action).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MaracAction> overdue() {
        Roles.requireCoordinator();
        List<Row> rows = select("a.closed_at IS NULL AND a.due_on < ? ORDER BY a.due_on, r.reference",
                LocalDate.now(clock));
        if (!rows.isEmpty()) {
            audit.record(AuditAction.READ, "person", rows.stream().map(r -> r.victim().toString()).distinct().toList(),
                    "overdue MARAC actions");
        }
        return rows.stream().map(Row::action).toList();
    }

    @Override
    public MaracAction progress(MaracActionId id, String note, String evidence, boolean complete) {
        Row r = allowed(id, true);
        String n = text(note);
        String e = text(evidence);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!r.action().open()) {
            errors.put("note", "This action is closed");
        } else if (n == null) {
            errors.put("note", complete ? "Say what was done to complete the action" : "Enter a progress note");
        } else if (n.length() > MAX_NOTE) {
            errors.put("note", "The note must be " + MAX_NOTE + " characters or fewer");
        }
        if (e != null && e.length() > MAX_EVIDENCE) {
            errors.put("evidence", "The evidence must be " + MAX_EVIDENCE + " characters or fewer");
        }
        InvalidInputException.refuseIfAny(errors);
        Actor me = Roles.actor();
        jdbc.sql("""
                INSERT INTO marac_action_progress (id, action_id, note, evidence, completes, recorded_by, recorded_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id.value(), n, e, complete, me.actorId(), me.displayName()).update();
        List<String> ids = new ArrayList<>(List.of(id.toString(), r.victim().toString()));
        if (complete) {
            jdbc.sql("UPDATE marac_action SET closed_at = now(), closed_by = ?, closed_by_name = ? WHERE id = ?")
                    .params(me.actorId(), me.displayName(), id.value()).update();
            endGrants(marac(r.marac()), r.action());
        }
        audit.record(AuditAction.UPDATE, "marac-action", ids, complete ? "completed" : "progress noted");
        return select("a.id = ?", id.value()).get(0).action();
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
