package org.hearth.encompass.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.encompass.ChildSchools;
import org.hearth.encompass.Phase;
import org.hearth.encompass.SchoolId;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A child's school from their person page, behind need-to-know. */
@Service
class JdbcChildSchools implements ChildSchools {

    private final JdbcClient jdbc;
    private final JdbcSchools schools;
    private final PersonAccess access;
    private final AuditTrail audit;
    private final AttentionResolver encompass;

    JdbcChildSchools(JdbcClient jdbc, JdbcSchools schools, PersonAccess access, AuditTrail audit,
            AttentionResolver encompass) {
        this.jdbc = jdbc;
        this.schools = schools;
        this.access = access;
        this.audit = audit;
        this.encompass = encompass;
    }

    /** A real ground on the child (a grant of the actor or their agency, or the hub role), else refused and audited. */
    private void requireGround(PersonId child, AuditAction action) {
        if (!access.holdsGround(child)) {
            audit.recordRefusal(action, "person", List.of(child.toString()), "refused: child's school, no ground");
            throw new AccessDeniedException("No ground on this child's record");
        }
    }

    @Override
    @Transactional
    public Optional<ChildSchool> schoolOf(PersonId child) {
        requireGround(child, AuditAction.READ);
        Optional<ChildSchool> found = jdbc.sql("""
                SELECT s.id, s.name, s.area_id, c.home_educated FROM child_school c JOIN school s ON s.id = c.school_id
                WHERE c.child_id = ?""").param(child.value())
                .query((rs, n) -> new ChildSchool(new SchoolId(rs.getObject("id", UUID.class)), rs.getString("name"),
                        new AreaId(rs.getObject("area_id", UUID.class)), rs.getBoolean("home_educated")))
                .optional();
        audit.record(AuditAction.READ, "person", List.of(child.toString()), "child's school");
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Choice> choices() {
        return jdbc.sql("""
                SELECT s.id, s.name, a.name AS area_name FROM school s LEFT JOIN area a ON a.id = s.area_id
                WHERE s.phase <> ? ORDER BY a.name, s.name""").param(Phase.LOCAL_AUTHORITY.name())
                .query((rs, n) -> new Choice(new SchoolId(rs.getObject("id", UUID.class)), rs.getString("name"),
                        rs.getString("area_name"))).list();
    }

    @Override
    @Transactional
    public void recordSchool(PersonId child, SchoolId school) {
        requireGround(child, AuditAction.UPDATE);
        boolean team = schools.find(school).map(s -> s.phase() == Phase.LOCAL_AUTHORITY).orElse(false);
        if (team) {
            throw InvalidInputException.of("school", "Choose a school, or that the child is home-educated");
        }
        // refuses a school not in the register (field "school"); audited on the child's record
        schools.linkChild(child, school);
        // a hub coordinator's choice resolves the child's entries on the attention list (their notifications go to
        // this school); anyone else's links the school only, and the hub still chooses for each incident: a school
        // chosen by mistake on a person page must not send an incident's details to the wrong school's key adults
        if (hub()) {
            encompass.resolveOpenFor(child);
        }
    }

    private static boolean hub() {
        return org.hearth.access.Actor.current().map(a -> a.hasRole(org.hearth.access.Role.HUB_COORDINATOR))
                .orElse(false);
    }

    @Override
    @Transactional
    public void recordHomeEducated(PersonId child, AreaId area) {
        requireGround(child, AuditAction.UPDATE);
        schools.markHomeEducated(child, area);
        // as on the attention list, for a hub coordinator: the area's education safeguarding team is told of each
        if (hub()) {
            encompass.resolveOpenFor(child);
        }
    }
}
