package org.hearth.marac.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracReferralId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts cases onto meetings: a new referral onto the next unpublished meeting of its MARAC with room; a new meeting
 * takes the referrals awaiting listing in agenda order, up to capacity; the coordinator adds a waiting referral to
 * a meeting with room ({@link JdbcWaitingReferrals}). Each goes through {@link #list}. Agenda order: repeats first,
 * then the highest risk score (none last), then the longest waiting.
 */
@Component
class AgendaListing {

    /** SQL ORDER BY of an agenda (over {@code marac_referral r}). */
    static final String ORDER = "r.repeat DESC, r.risk_score DESC NULLS LAST, r.referred_on, r.created_at, r.id";

    private final JdbcClient jdbc;

    AgendaListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Lists the referral on the next meeting of the MARAC on or after {@code from} with room; else it waits. */
    Optional<UUID> listOnNextWithRoom(MaracReferralId referral, MaracId marac, LocalDate from) {
        Optional<UUID> meeting = jdbc.sql("""
                SELECT m.id FROM marac_meeting m JOIN marac c ON c.id = m.marac_id
                WHERE m.marac_id = ? AND m.meets_on >= ? AND m.published_at IS NULL
                  AND (SELECT count(*) FROM marac_referral r WHERE r.meeting_id = m.id) < c.capacity
                ORDER BY m.meets_on LIMIT 1""").params(marac.value(), from).query(UUID.class).optional();
        meeting.ifPresent(m -> list(referral.value(), m));
        return meeting;
    }

    /** Lists the MARAC's referrals awaiting listing onto the meeting, in agenda order, up to capacity. */
    int fill(UUID meeting, MaracId marac) {
        List<UUID> waiting = jdbc.sql("""
                SELECT r.id FROM marac_referral r WHERE r.marac_id = ? AND r.meeting_id IS NULL AND r.transferred_at IS NULL ORDER BY""" + " " + ORDER
                + " LIMIT (SELECT c.capacity FROM marac c WHERE c.id = ?) - (SELECT count(*) FROM marac_referral x"
                + " WHERE x.meeting_id = ?)")
                .params(marac.value(), marac.value(), meeting).query(UUID.class).list();
        for (UUID r : waiting) {
            list(r, meeting);
        }
        return waiting.size();
    }

    /** Lists the referral on the meeting (the callers check the meeting takes it: room, not published). */
    void list(UUID referral, UUID meeting) {
        jdbc.sql("UPDATE marac_referral SET meeting_id = ? WHERE id = ?").params(meeting, referral).update();
    }
}
