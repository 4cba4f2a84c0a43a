package org.hearth.people.internal;

import java.time.Duration;
import java.util.List;
import org.hearth.access.StaffUserId;
import org.hearth.people.GlassBreak;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Break-glass openings in {@code break_glass}, SQL only (the rules and the audit are {@link GlassBreaks}'). */
@Component
class GlassBreakStore {

    private final JdbcClient jdbc;

    GlassBreakStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the record to the user for {@code lasting}, from now. */
    void open(PersonId person, StaffUserId user, String reason, Duration lasting) {
        jdbc.sql("""
                INSERT INTO break_glass (person_id, user_id, reason, expires_at)
                VALUES (:person, :user, :reason, now() + make_interval(secs => :seconds))""")
                .param("person", person.value()).param("user", user.value()).param("reason", reason)
                .param("seconds", lasting.toSeconds()).update();
    }

    /** A page of the openings (all, or those not yet reviewed), newest first. */
    List<GlassBreak> list(boolean unreviewedOnly, int offset, int limit) {
        return jdbc.sql("""
                SELECT b.id, b.person_id AS person, p.given_name || ' ' || p.family_name AS person_name,
                       u.display_name AS user_name, a.name AS agency_name, b.reason, b.opened_at, b.expires_at,
                       r.display_name AS reviewed_by, b.reviewed_at
                FROM break_glass b
                JOIN person p ON p.id = b.person_id
                JOIN staff_user u ON u.id = b.user_id
                JOIN agency a ON a.id = u.agency_id
                LEFT JOIN staff_user r ON r.id = b.reviewed_by
                WHERE (NOT :unreviewed OR b.reviewed_at IS NULL)
                ORDER BY b.opened_at DESC, b.id DESC OFFSET :offset LIMIT :limit""")
                .param("unreviewed", unreviewedOnly).param("offset", Math.max(0, offset)).param("limit", limit)
                .query(GlassBreak.class).list();
    }

    /** How many openings there are (all, or those not yet reviewed). */
    long count(boolean unreviewedOnly) {
        return jdbc.sql("SELECT count(*) FROM break_glass WHERE (NOT :unreviewed OR reviewed_at IS NULL)")
                .param("unreviewed", unreviewedOnly).query(Long.class).single();
    }

    /** Marks the opening reviewed unless it was already; whether it was marked now. */
    boolean review(long id, StaffUserId by) {
        return jdbc.sql("UPDATE break_glass SET reviewed_at = now(), reviewed_by = :by WHERE id = :id AND reviewed_at IS NULL")
                .param("by", by.value()).param("id", id).update() == 1;
    }
}
