package org.hearth.marac.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.platform.InvalidInputException;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracDetails;
import org.hearth.marac.MaracId;
import org.hearth.marac.Maracs;
import org.hearth.marac.Member;
import org.hearth.marac.Schedule;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcMaracs implements Maracs {

    static final int MAX_NAME = 120;

    private final JdbcClient jdbc;
    private final StaffUsers users;
    private final Partnerships partnerships;
    private final AuditTrail audit;
    private final org.hearth.people.PersonAccess access;

    JdbcMaracs(JdbcClient jdbc, StaffUsers users, Partnerships partnerships, AuditTrail audit,
            org.hearth.people.PersonAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.users = users;
        this.partnerships = partnerships;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Marac> all() {
        return load(jdbc.sql("SELECT * FROM marac ORDER BY name").query(JdbcMaracs::row).list());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Marac> find(MaracId id) {
        return load(jdbc.sql("SELECT * FROM marac WHERE id = ?").param(id.value()).query(JdbcMaracs::row).list())
                .stream().findFirst();
    }

    @Override
    public boolean mayManage() {
        return Roles.mayManage();
    }

    @Override
    public Marac create(MaracDetails d) {
        requireManager();
        check(d, null);
        MaracId id = MaracId.random();
        jdbc.sql("INSERT INTO marac (id, name, schedule, chair_id, coordinator_id, capacity) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id.value(), d.name().strip(), d.schedule().name(), d.chair().value(), d.coordinator().value(),
                        d.capacity()).update();
        writeParts(id, d);
        audit.record(AuditAction.CREATE, "marac", List.of(id.toString()), null);
        return find(id).orElseThrow();
    }

    @Override
    public Marac update(MaracId id, MaracDetails d) {
        requireManager();
        Marac before = find(id).orElseThrow(() -> new java.util.NoSuchElementException("No such MARAC"));
        check(d, id);
        jdbc.sql("UPDATE marac SET name = ?, schedule = ?, chair_id = ?, coordinator_id = ?, capacity = ? WHERE id = ?")
                .params(d.name().strip(), d.schedule().name(), d.chair().value(), d.coordinator().value(),
                        d.capacity(), id.value()).update();
        jdbc.sql("DELETE FROM marac_area WHERE marac_id = ?").param(id.value()).update();
        jdbc.sql("DELETE FROM marac_member WHERE marac_id = ?").param(id.value()).update();
        writeParts(id, d);
        int ended = endResearchOfRemoved(before, d);
        audit.record(AuditAction.UPDATE, "marac", List.of(id.toString()),
                ended == 0 ? null : ended + " research grants of removed representatives or a replaced chair ended");
        return find(id).orElseThrow();
    }

    /**
     * A representative or deputy no longer named, and a chair replaced, lose at once the research grants this MARAC's
     * published agendas gave them: a grant has an end, and leaving the MARAC is one. (An old chair who stays on as a
     * representative or deputy keeps what that role holds.)
     */
    private int endResearchOfRemoved(Marac before, MaracDetails after) {
        Set<StaffUserId> removed = holders(before.members());
        removed.add(before.chair());
        removed.removeAll(holders(after.members()));
        removed.remove(after.chair());
        if (removed.isEmpty()) {
            return 0;
        }
        List<org.hearth.people.GrantBasis> meetings = jdbc.sql("SELECT id FROM marac_meeting WHERE marac_id = ?")
                .param(before.id().value()).query(UUID.class).list().stream()
                .map(m -> org.hearth.people.GrantBasis.of("marac-meeting", m)).toList();
        // and the MARAC action grants of the actions agreed at its meetings (V103)
        List<org.hearth.people.GrantBasis> actions = jdbc.sql("""
                SELECT a.id FROM marac_action a JOIN marac_meeting m ON m.id = a.meeting_id WHERE m.marac_id = ?""")
                .param(before.id().value()).query(UUID.class).list().stream()
                .map(a -> org.hearth.people.GrantBasis.of("marac-action", a)).toList();
        int ended = 0;
        for (StaffUserId holder : removed) {
            ended += access.endHeldBy(holder, org.hearth.people.AccessGround.MARAC_RESEARCH, meetings);
            if (!actions.isEmpty()) {
                ended += access.endHeldBy(holder, org.hearth.people.AccessGround.MARAC_ACTION, actions);
            }
        }
        return ended;
    }

    /** The named representatives and deputies of these members. */
    static Set<StaffUserId> holders(List<Member> members) {
        Set<StaffUserId> holders = new java.util.LinkedHashSet<>();
        for (Member m : members) {
            holders.add(m.representative());
            if (m.deputy() != null) {
                holders.add(m.deputy());
            }
        }
        return holders;
    }

    private static void requireManager() {
        if (!Roles.mayManage()) {
            throw new AccessDeniedException("For system administrators and hub/MARAC coordinators");
        }
    }

    private void writeParts(MaracId id, MaracDetails d) {
        for (AreaId area : new java.util.LinkedHashSet<>(d.areas())) {
            jdbc.sql("INSERT INTO marac_area (marac_id, area_id) VALUES (?, ?)").params(id.value(), area.value())
                    .update();
        }
        for (Member m : d.members()) {
            jdbc.sql("INSERT INTO marac_member (marac_id, agency_id, representative_id, deputy_id) VALUES (?, ?, ?, ?)")
                    .params(id.value(), m.agency().value(), m.representative().value(),
                            m.deputy() == null ? null : m.deputy().value()).update();
        }
    }

    private void check(MaracDetails d, MaracId self) {
        Map<String, String> errors = problems(d, self);
        InvalidInputException.refuseIfAny(errors);
    }

    /** Every problem at once, in the order of the form. */
    @Override
    @Transactional(readOnly = true)
    public Map<String, String> problems(MaracDetails d, MaracId self) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.name() == null || d.name().isBlank()) {
            errors.put("name", "Enter the MARAC's name");
        } else if (d.name().strip().length() > MAX_NAME) {
            errors.put("name", "The name must be " + MAX_NAME + " characters or fewer");
        } else if (jdbc.sql("SELECT count(*) FROM marac WHERE lower(name) = lower(?) AND id IS DISTINCT FROM ?")
                .params(d.name().strip(), self == null ? null : self.value()).query(Long.class).single() > 0) {
            errors.put("name", "Another MARAC already has this name");
        }
        Set<AreaId> known = new HashSet<>(partnerships.areas().stream().map(a -> a.id()).toList());
        if (d.areas().isEmpty()) {
            errors.put("areas", "Choose the areas the MARAC covers");
        } else if (!known.containsAll(d.areas())) {
            errors.put("areas", "Choose areas of the partnership");
        }
        if (d.schedule() == null) {
            errors.put("schedule", "Choose how often the MARAC meets");
        }
        if (staff(d.chair()).isEmpty()) {
            errors.put("chair", "Choose the chair from the partnership's staff");
        }
        if (staff(d.coordinator()).isEmpty()) {
            errors.put("coordinator", "Choose the coordinator from the partnership's staff");
        }
        if (d.capacity() < 1 || d.capacity() > 100) {
            errors.put("capacity", "Capacity must be a number of cases from 1 to 100");
        }
        Set<AgencyId> seen = new HashSet<>();
        for (int i = 0; i < d.members().size(); i++) {
            Member m = d.members().get(i);
            String at = "members[" + i + "]";
            if (m.agency() == null || partnerships.agency(m.agency()).isEmpty()) {
                errors.put(at + ".agency", "Choose a member agency");
                continue;
            }
            if (!seen.add(m.agency())) {
                errors.put(at + ".agency", "An agency is a member once");
            }
            if (!mayRepresent(m.representative(), m.agency())) {
                errors.put(at + ".representative", "Choose a representative who works for the agency in a casework role");
            }
            if (m.deputy() != null && (!mayRepresent(m.deputy(), m.agency()) || m.deputy().equals(m.representative()))) {
                errors.put(at + ".deputy", "Choose a deputy, other than the representative, who works for the agency"
                        + " in a casework role");
            }
        }
        return errors;
    }

    private Optional<StaffUser> staff(StaffUserId id) {
        return id == null ? Optional.empty() : users.find(id).filter(StaffUser::enabled);
    }

    /**
     * Whether this member of staff may represent the agency at the MARAC: enabled, working for it, in a casework
     * role (publishing an agenda gives representatives research access to every case on it: never an analyst or an
     * administrator). Checked when the MARAC is saved and again when each agenda is published.
     */
    @Override
    @Transactional(readOnly = true)
    public boolean mayRepresent(StaffUserId user, AgencyId agency) {
        return staff(user).map(u -> agency.equals(u.agency())
                && u.roles().stream().anyMatch(org.hearth.access.Role.CASEWORK::contains)).orElse(false);
    }

    private record Row(UUID id, String name, Schedule schedule, UUID chair, UUID coordinator, int capacity) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("name"), Schedule.valueOf(rs.getString("schedule")),
                rs.getObject("chair_id", UUID.class), rs.getObject("coordinator_id", UUID.class), rs.getInt("capacity"));
    }

    private List<Marac> load(List<Row> rows) {
        List<Marac> out = new ArrayList<>();
        for (Row r : rows) {
            List<AreaId> areas = jdbc.sql("SELECT area_id FROM marac_area WHERE marac_id = ? ORDER BY area_id")
                    .param(r.id()).query((rs, n) -> new AreaId(rs.getObject(1, UUID.class))).list();
            List<Member> members = jdbc.sql("""
                    SELECT m.agency_id, m.representative_id, m.deputy_id FROM marac_member m
                    WHERE m.marac_id = ? ORDER BY m.agency_id""").param(r.id())
                    .query((rs, n) -> new Member(new AgencyId(rs.getObject(1, UUID.class)),
                            new StaffUserId(rs.getObject(2, UUID.class)),
                            rs.getObject(3) == null ? null : new StaffUserId(rs.getObject(3, UUID.class)))).list();
            out.add(new Marac(new MaracId(r.id()), r.name(), areas, r.schedule(), new StaffUserId(r.chair()),
                    new StaffUserId(r.coordinator()), r.capacity(), members));
        }
        return out;
    }
}
