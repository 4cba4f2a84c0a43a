package org.hearth.marac.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.people.PersonInvolvementSource;
import org.hearth.platform.Dates;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's referrals to MARAC (as the victim, or naming them as causing harm) for the "Involvements" part of their
 * page, newest first, with the MARAC and its meeting: each only to hub/MARAC coordinators or whoever holds a ground
 * on its victim's record (which on a perpetrator's page is another person's; a break-glass reading is not enough, as
 * for the person's MARAC section). The case page at the meeting is linked for those who run the meeting (its chair
 * and the coordinators) once the agenda is published, the referral's own page for anyone else. The referrals shown
 * are audited as a read of each, as {@code find} audits one.
 */
@Component
@Order(20)
class MaracInvolvements implements PersonInvolvementSource {

    private final JdbcClient jdbc;
    private final PersonAccess access;
    private final AuditTrail audit;

    MaracInvolvements(JdbcClient jdbc, PersonAccess access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    private record Row(UUID id, String reference, PersonId victim, boolean asVictim, LocalDate referredOn,
            String maracName, UUID chair, UUID meeting, LocalDate meetsOn, boolean published, boolean held,
            String transferredTo, LocalDate transferredOn) {
    }

    @Override
    public List<Involvement> involvementsFor(PersonId person) {
        Actor me = Actor.current().orElse(null);
        if (me == null || me.apiClient()) {
            return List.of();
        }
        List<Row> rows = jdbc.sql("""
                SELECT r.id, r.reference, r.victim_id, r.victim_id = :p AS as_victim, r.referred_on,
                    k.name AS marac_name, k.chair_id, r.meeting_id, m.meets_on, m.published_at IS NOT NULL AS published,
                    m.held_at IS NOT NULL AS held, r.transferred_to, CAST(r.transferred_at AS date) AS transferred_on
                FROM marac_referral r LEFT JOIN marac k ON k.id = r.marac_id
                LEFT JOIN marac_meeting m ON m.id = r.meeting_id
                WHERE r.victim_id = :p
                   OR r.id IN (SELECT marac_referral_id FROM marac_referral_perpetrator WHERE person_id = :p)
                ORDER BY r.referred_on DESC, r.reference DESC""").param("p", person.value())
                .query(MaracInvolvements::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        boolean coordinator = Roles.coordinator();
        Set<PersonId> viewable = coordinator ? Set.of()
                : access.groundedAmong(rows.stream().map(Row::victim).distinct().toList());
        List<Row> readable = rows.stream().filter(r -> coordinator || viewable.contains(r.victim())).toList();
        if (!readable.isEmpty()) {
            audit.record(AuditAction.READ, "marac-referral", readable.stream().map(r -> r.id().toString()).toList(),
                    "a person's page");
        }
        return readable.stream().map(r -> involvement(r, coordinator || me.actorId().equals(r.chair()))).toList();
    }

    private static Involvement involvement(Row r, boolean chairs) {
        String status;
        if (r.transferredTo() != null) {
            status = "Transferred to " + r.transferredTo() + " on " + Dates.day(r.transferredOn());
        } else if (r.meeting() == null) {
            status = "Waiting for a meeting";
        } else {
            status = (r.held() ? "Heard at the meeting on " : "Listed for the meeting on ") + Dates.day(r.meetsOn());
        }
        String detail = (r.maracName() == null ? "No MARAC chosen yet" : r.maracName())
                + (r.asVictim() ? "" : "; names them as causing harm") + "; referred " + Dates.day(r.referredOn());
        String href = chairs && r.meeting() != null && r.published() && r.transferredTo() == null
                ? "/marac/meetings/" + r.meeting() + "/cases/" + r.id() : "/marac/referrals/" + r.id();
        return new Involvement("Referral to MARAC", r.reference(), status, detail, href);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("reference"),
                new PersonId(rs.getObject("victim_id", UUID.class)), rs.getBoolean("as_victim"),
                rs.getObject("referred_on", LocalDate.class), rs.getString("marac_name"),
                rs.getObject("chair_id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getObject("meets_on", LocalDate.class), rs.getBoolean("published"), rs.getBoolean("held"),
                rs.getString("transferred_to"), rs.getObject("transferred_on", LocalDate.class));
    }
}
