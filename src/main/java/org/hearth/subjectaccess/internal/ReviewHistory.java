package org.hearth.subjectaccess.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.PersonDataSection;
import org.hearth.subjectaccess.FlaggedItem;
import org.hearth.subjectaccess.RequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reviews of a request's flagged items: every review is kept (a later one adds a row, so an earlier "keep
 * redacted" replaced by a "release" still shows), with the reviewer's id and the fingerprint of the value reviewed.
 * The latest review of an item is in force, and only while the item still holds the value it was made on.
 */
@Component
class ReviewHistory {

    /** A review as kept: the decision, why, who (name and user id) and the fingerprint of the value reviewed. */
    record Review(FlaggedItem.Decision decision, String reason, String byName, UUID by, String fingerprint) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ReviewHistory(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The latest review of each item key of the request. */
    Map<String, Review> latest(RequestId id) {
        Map<String, Review> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (item_key) item_key, decision, reason, reviewed_by_name, reviewed_by, value_sha256
                FROM subject_access_review WHERE request_id = ? ORDER BY item_key, id DESC""").param(id.value())
                .query(rs -> {
                    out.put(rs.getString("item_key"), new Review(FlaggedItem.Decision.valueOf(rs.getString("decision")),
                            rs.getString("reason"), rs.getString("reviewed_by_name"),
                            rs.getObject("reviewed_by", UUID.class), rs.getString("value_sha256")));
                });
        return out;
    }

    /** The review in force on a field: the latest, when it was made on the value the field holds now; else null. */
    static Review inForce(Map<String, Review> latest, PersonDataSection.Field f) {
        Review v = latest.get(f.key());
        return v != null && ReviewFingerprint.matches(v.fingerprint(), f.value(), f.kind()) ? v : null;
    }

    /** Adds a review of the item as it is now (never replacing an earlier one), audited with the key and reviewer. */
    void record(RequestId id, FlaggedItem item, FlaggedItem.Decision decision, String reason, Actor me) {
        jdbc.sql("""
                INSERT INTO subject_access_review (request_id, item_key, decision, reason, reviewed_by_name,
                    reviewed_by, value_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), item.key(), decision.name(), reason, me.displayName(), me.actorId(),
                        ReviewFingerprint.of(item.value(), item.kind())).update();
        audit.record(AuditAction.UPDATE, SubjectAccessAudit.RECORD_TYPE, List.of(id.toString(), item.key()),
                "item reviewed: " + decision.name() + " by " + me.actorId());
    }
}
