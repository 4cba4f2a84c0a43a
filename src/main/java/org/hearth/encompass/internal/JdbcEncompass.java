package org.hearth.encompass.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.encompass.Encompass;
import org.hearth.encompass.EncompassNotification;
import org.hearth.encompass.SchoolId;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.People;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.Referrals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Operation Encompass notifications in PostgreSQL. */
@Service
class JdbcEncompass implements Encompass {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final People people;
    private final Referrals referrals;
    private final Partnerships partnerships;
    private final JdbcSchools schools;
    private final IncidentNotifier notifier;

    JdbcEncompass(JdbcClient jdbc, AuditTrail audit, People people, Referrals referrals, Partnerships partnerships,
            JdbcSchools schools, IncidentNotifier notifier) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.people = people;
        this.referrals = referrals;
        this.partnerships = partnerships;
        this.schools = schools;
        this.notifier = notifier;
    }

    private static final String CLOCK = """
            SELECT n.id, n.referral_id, s.name, n.police_reference, n.created_at, n.due_at, n.acknowledged_at
            FROM encompass_notification n JOIN school s ON s.id = n.school_id""";

    private static ClockEntry clockRow(ResultSet rs, int n) throws SQLException {
        return new ClockEntry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
                rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant());
    }

    private static void requireHub() {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!me.hasRole(Role.HUB_COORDINATOR) && !me.hasRole(Role.SYSTEM_ADMIN)) {
            throw new AccessDeniedException("hub coordinators only");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Figures figures(java.time.LocalDate from, java.time.LocalDate to) {
        boolean may = Actor.current().map(a -> a.hasRole(Role.HUB_COORDINATOR) || a.hasRole(Role.SYSTEM_ADMIN)
                || a.hasRole(Role.PARTNERSHIP_COORDINATOR) || a.hasRole(Role.ANALYST)).orElse(false);
        if (!may) {
            throw new AccessDeniedException("For coordinators, administrators and analysts");
        }
        java.sql.Timestamp start = java.sql.Timestamp.from(from.atStartOfDay(org.hearth.platform.Dates.UK).toInstant());
        java.sql.Timestamp end = java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(org.hearth.platform.Dates.UK).toInstant());
        Figures counts = jdbc.sql("""
                SELECT count(*) AS made,
                       count(*) FILTER (WHERE created_at <= due_at) AS before_due,
                       count(*) FILTER (WHERE acknowledged_at IS NOT NULL) AS acknowledged,
                       count(*) FILTER (WHERE acknowledged_at > due_at) AS late,
                       count(*) FILTER (WHERE acknowledged_at IS NULL) AS open,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM acknowledged_at - created_at) / 3600.0)
                           FILTER (WHERE acknowledged_at IS NOT NULL) AS median
                FROM encompass_notification WHERE created_at >= ? AND created_at < ?""")
                .params(start, end)
                .query((rs, n) -> new Figures(rs.getInt("made"), rs.getInt("before_due"), rs.getInt("acknowledged"),
                        rs.getInt("late"), rs.getInt("open"),
                        rs.getObject("median") == null ? null
                                : Math.round(((Number) rs.getObject("median")).doubleValue() * 10) / 10.0,
                        List.of())).single();
        List<String> never = jdbc.sql("""
                SELECT s.name FROM encompass_notification n JOIN school s ON s.id = n.school_id
                WHERE n.created_at >= ? AND n.created_at < ?
                GROUP BY s.id, s.name HAVING count(n.acknowledged_at) = 0 ORDER BY count(*) DESC, s.name LIMIT 50""")
                .params(start, end).query(String.class).list();
        return new Figures(counts.made(), counts.madeBeforeDue(), counts.acknowledged(), counts.acknowledgedLate(),
                counts.unacknowledged(), counts.medianHoursToAcknowledge(), never);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClockEntry> clock() {
        requireHub();
        return jdbc.sql(CLOCK + " WHERE n.acknowledged_at IS NULL ORDER BY n.due_at, n.id LIMIT 500")
                .query(JdbcEncompass::clockRow).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClockEntry> acknowledgedSince(Instant since) {
        requireHub();
        return jdbc.sql(CLOCK + " WHERE n.acknowledged_at >= ? ORDER BY n.acknowledged_at DESC LIMIT 200")
                .param(java.sql.Timestamp.from(since)).query(JdbcEncompass::clockRow).list();
    }

    @Override
    @Transactional
    public List<AttentionEntry> attention() {
        requireHub();
        List<AttentionEntry> out = jdbc.sql("""
                SELECT id, referral_id, child_id, reason, created_at FROM encompass_attention
                WHERE resolved_at IS NULL ORDER BY created_at DESC LIMIT 500""")
                .query((rs, n) -> {
                    UUID child = rs.getObject(3, UUID.class);
                    return new AttentionEntry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), child,
                            null, rs.getString(4), rs.getTimestamp(5).toInstant());
                }).list();
        if (out.isEmpty()) {
            return out;
        }
        audit.record(AuditAction.SEARCH, "person", out.stream().map(a -> a.childId().toString()).toList(),
                "Operation Encompass attention list");
        return out.stream().map(a -> new AttentionEntry(a.id(), a.referralId(), a.childId(),
                people.name(new PersonId(a.childId())).orElse("Name not recorded"), a.reason(), a.createdAt()))
                .toList();
    }

    @Override
    @Transactional
    public void resolve(UUID attentionId, SchoolId school) {
        requireHub();
        var row = jdbc.sql("SELECT referral_id, child_id, area_id FROM encompass_attention "
                        + "WHERE id = ? AND resolved_at IS NULL")
                .param(attentionId)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class)})
                .optional().orElseThrow(() -> new java.util.NoSuchElementException("no such attention entry"));
        UUID referralId = (UUID) row[0];
        PersonId child = new PersonId((UUID) row[1]);
        AreaId area = row[2] == null ? null : new AreaId((UUID) row[2]);
        if (school == null) {
            schools.markHomeEducated(child, area);
        } else {
            schools.linkChild(child, school);
        }
        if (!notifyAndResolve(attentionId, referralId, child)) {
            throw InvalidInputException.of("school", "The referral is no longer in Hearth");
        }
    }

    /**
     * The child's school has just been recorded outside the attention list (from their person page, by someone the
     * caller has already checked holds a ground on the child): each of the child's open attention entries is resolved
     * and its notification made to that school, exactly as if the hub had chosen it on the list. An entry whose
     * referral is no longer in Hearth stays on the list for the hub. Returns how many were resolved.
     */
    @Transactional
    int resolveOpenFor(PersonId child) {
        List<UUID[]> open = jdbc.sql("SELECT id, referral_id FROM encompass_attention "
                        + "WHERE child_id = ? AND resolved_at IS NULL ORDER BY created_at FOR UPDATE")
                .param(child.value())
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list();
        int resolved = 0;
        for (UUID[] entry : open) {
            resolved += notifyAndResolve(entry[0], entry[1], child) ? 1 : 0;
        }
        return resolved;
    }

    /**
     * Notifies the child's recorded school of the entry's incident and marks the entry resolved (audited); false
     * (nothing done) when the referral, or the child on it, is no longer in Hearth.
     */
    private boolean notifyAndResolve(UUID attentionId, UUID referralId, PersonId child) {
        String reader = Actor.current().map(Actor::displayName).orElse(IncidentNotifier.READER);
        var arrival = referrals.arrived(new ReferralId(referralId), reader, IncidentNotifier.PURPOSE);
        if (arrival.isEmpty()) {
            return false;
        }
        var r = arrival.get().referral();
        String force = partnerships.agency(r.referringAgency()).map(a -> a.name()).orElse("Police");
        IncidentNotifier.Incident incident = notifier.incident(r, arrival.get().area(), force, reader);
        var found = incident.children().stream().filter(x -> x.id().equals(child)).findFirst();
        if (found.isEmpty()) {
            return false;
        }
        IncidentNotifier.Child c = found.get();
        notifier.notify(incident, c, new SchoolId(schools.schoolOf(child).orElseThrow()));
        jdbc.sql("UPDATE encompass_attention SET resolved_at = now() WHERE id = ?").param(attentionId).update();
        audit.record(AuditAction.UPDATE, "person", List.of(child.toString()), "school found for a notification");
        return true;
    }

    private static final String MINE = """
            SELECT n.id, n.school_id, s.name, n.police_force, n.police_reference, n.incident_on, n.incident_time,
                   n.child_present, n.child_name, n.child_dob, n.summary, n.created_at, n.due_at, n.acknowledged_at,
                   n.child_id
            FROM encompass_notification n JOIN school s ON s.id = n.school_id
            JOIN establishment_contact c ON c.school_id = n.school_id AND c.user_id = :me""";

    private static EncompassNotification mineRow(ResultSet rs, int n) throws SQLException {
        return new EncompassNotification(rs.getObject("id", UUID.class),
                new SchoolId(rs.getObject("school_id", UUID.class)), rs.getString("name"),
                rs.getString("police_force"), rs.getString("police_reference"),
                rs.getDate("incident_on") == null ? null : rs.getDate("incident_on").toLocalDate(),
                rs.getTime("incident_time") == null ? null : rs.getTime("incident_time").toLocalTime(),
                (Boolean) rs.getObject("child_present"), rs.getString("child_name"),
                rs.getDate("child_dob") == null ? null : rs.getDate("child_dob").toLocalDate(),
                rs.getString("summary"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("due_at").toInstant(),
                rs.getTimestamp("acknowledged_at") == null ? null : rs.getTimestamp("acknowledged_at").toInstant());
    }

    /** The signed-in key adult: only the restricted role reads notifications through these methods. */
    private static StaffPrincipal keyAdult() {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!(me instanceof StaffPrincipal p) || !p.hasRole(Role.ESTABLISHMENT_CONTACT)) {
            throw new AccessDeniedException("key adults only");
        }
        return p;
    }

    @Override
    @Transactional
    public List<EncompassNotification> mine() {
        StaffPrincipal me = keyAdult();
        List<UUID> children = new java.util.ArrayList<>();
        List<EncompassNotification> out = jdbc.sql(MINE + " ORDER BY n.created_at DESC LIMIT 200")
                .param("me", me.id().value())
                .query((rs, n) -> {
                    children.add(rs.getObject("child_id", UUID.class));
                    return mineRow(rs, n);
                }).list();
        if (!out.isEmpty()) {
            audit.record(AuditAction.READ, "person", children.stream().map(UUID::toString).toList(),
                    "Operation Encompass notifications listed");
        }
        return out;
    }

    @Override
    @Transactional
    public Optional<EncompassNotification> mine(UUID id) {
        StaffPrincipal me = keyAdult();
        UUID[] child = new UUID[1];
        Optional<EncompassNotification> found = jdbc.sql(MINE + " WHERE n.id = :id")
                .param("me", me.id().value()).param("id", id)
                .query((rs, n) -> {
                    child[0] = rs.getObject("child_id", UUID.class);
                    return mineRow(rs, n);
                }).optional();
        found.ifPresent(n -> audit.record(AuditAction.READ, "person", List.of(child[0].toString()),
                "Operation Encompass notification " + id));
        return found;
    }

    @Override
    @Transactional
    public boolean acknowledge(UUID id) {
        StaffPrincipal me = keyAdult();
        int changed = jdbc.sql("""
                UPDATE encompass_notification n SET acknowledged_at = now(), acknowledged_by = :me
                WHERE n.id = :id AND n.acknowledged_at IS NULL AND EXISTS (SELECT 1 FROM establishment_contact c
                    WHERE c.school_id = n.school_id AND c.user_id = :me)""")
                .param("me", me.id().value()).param("id", id).update();
        if (changed == 1) {
            audit.record(AuditAction.UPDATE, "encompass-notification", List.of(id.toString()), "acknowledged");
        }
        return changed == 1;
    }
}
