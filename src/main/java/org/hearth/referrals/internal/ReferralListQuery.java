package org.hearth.referrals.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.referrals.ReferralRegister.Filter;
import org.hearth.referrals.ReferralRegister.Key;
import org.hearth.referrals.ReferralRegister.State;

/**
 * The referral list's SQL, pure: only the filters given become conditions (a condition such as
 * {@code :agency IS NULL OR ...} would hide the agency from the planner and its index), and a page starts from a row's
 * {@link Key} in the list's order (received, created, newest first, then id), never by skipping rows with
 * {@code OFFSET}. The page's ids are chosen first on the referral alone (read in the order of an index of V243 or
 * V244), then only those are joined to names.
 */
record ReferralListQuery(String sql, Map<String, Object> params) {

    /** Newest first (the list's order), or oldest first (to read the page just newer than a key). */
    enum Direction {
        OLDER("r.received_on DESC, r.created_at DESC, r.id", "<", ">"),
        NEWER("r.received_on, r.created_at, r.id DESC", ">", "<");

        final String order;
        final String later;
        final String byId;

        Direction(String order, String later, String byId) {
            this.order = order;
            this.later = later;
            this.byId = byId;
        }
    }

    /** The conditions of a filter, each with its parameter, joined by AND (empty for no filter). */
    static ReferralListQuery where(Filter f) {
        List<String> and = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.agency() != null) {
            and.add("r.referring_agency_id = :agency");
            params.put("agency", f.agency().value());
        }
        if (f.area() != null) {
            and.add("r.area_id = :area");
            params.put("area", f.area().value());
        }
        if (f.state() == State.WAITING) {
            and.add("r.triage_outcome IS NULL");
        } else if (f.state() == State.DECIDED) {
            and.add("r.triage_outcome IS NOT NULL");
        }
        if (f.outcome() != null) {
            and.add("r.triage_outcome = :outcome");
            params.put("outcome", f.outcome().name());
        }
        if (f.from() != null) {
            and.add("r.received_on >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            and.add("r.received_on <= :to");
            params.put("to", f.to());
        }
        return new ReferralListQuery(String.join("\n  AND ", and), params);
    }

    /**
     * At most {@code limit} rows of the list from {@code key} (exclusive) in the direction given, or from the newest
     * when the key is null; each row named, the victim's name for the caller to show or not.
     */
    static ReferralListQuery page(Filter f, Key key, Direction direction, int limit) {
        ReferralListQuery where = where(f);
        List<String> and = new ArrayList<>();
        if (!where.sql().isEmpty()) {
            and.add(where.sql());
        }
        Map<String, Object> params = new LinkedHashMap<>(where.params());
        if (key != null) {
            // the day bound first, alone, so the index starts there; the rest places the key within its day
            and.add("r.received_on " + direction.later + "= :keyDay");
            and.add("(r.received_on " + direction.later + " :keyDay OR (r.received_on = :keyDay AND (r.created_at "
                    + direction.later + " :keyAt OR (r.created_at = :keyAt AND r.id " + direction.byId + " :keyId))))");
            params.put("keyDay", key.receivedOn());
            params.put("keyAt", OffsetDateTime.ofInstant(key.createdAt(), ZoneOffset.UTC));
            params.put("keyId", key.id().value());
        }
        params.put("limit", limit);
        return new ReferralListQuery("""
                WITH page AS (
                    SELECT r.id, r.received_on, r.created_at FROM referral r
                    %s
                    ORDER BY %s
                    LIMIT :limit)
                SELECT r.id, r.reference, r.received_on, r.created_at, r.victim_id, a.name AS agency, ar.name AS area,
                       p.given_name || ' ' || p.family_name AS victim, r.triage_outcome, u.display_name AS decided_by,
                       r.triaged_at
                FROM page
                JOIN referral r ON r.id = page.id
                JOIN agency a ON a.id = r.referring_agency_id
                JOIN person p ON p.id = r.victim_id
                LEFT JOIN area ar ON ar.id = r.area_id
                LEFT JOIN staff_user u ON u.id = r.triaged_by
                ORDER BY r.received_on DESC, r.created_at DESC, r.id""".formatted(
                and.isEmpty() ? "" : "WHERE " + String.join("\n  AND ", and), direction.order), params);
    }

    /** How many rows match, counted up to {@code atMost}: the count stops there. */
    static ReferralListQuery count(Filter f, long atMost) {
        ReferralListQuery where = where(f);
        Map<String, Object> params = new LinkedHashMap<>(where.params());
        params.put("atMost", atMost);
        return new ReferralListQuery("SELECT count(*) FROM (SELECT 1 FROM referral r "
                + (where.sql().isEmpty() ? "" : "WHERE " + where.sql()) + " LIMIT :atMost) matching", params);
    }
}
