package org.hearth.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;

/**
 * The read models the database's row triggers keep for the tables the generator loads, filled once after its
 * {@code COPY} instead, with the SQL their migrations filled them with: {@code person_involvement} (people's, kept by
 * the person, referral, perpetrator, child and assessment triggers of V259/V260; filled as V259 does) and
 * {@code risk_waiting} (risk's, kept by the referral and assessment triggers of V253/V254; filled as V254 does).
 * Fired once a row, those triggers made the generator stall (the first 50,000 referrals not loaded in 21 minutes):
 * the generator loads with them off ({@code session_replication_role = replica}, in its one transaction) and calls
 * {@link #fill} before it commits.
 *
 * <p>{@link #check} proves the fill gives what the triggers give: in a transaction it rolls back, it takes the
 * generated rows out (triggers off), puts them back with the triggers on, as the old load did, and compares both read
 * models with what the fill made, {@code EXCEPT} both ways. (The old load wrote them a batch at a time, this all the
 * persons first, then the referrals...: both read models end the same in any order the foreign keys allow, a
 * maximum of dates and the latest assessment.)
 */
final class GeneratedReadModels {

    /** The migrations' fill (V259), for the persons the load added (those with no row yet). */
    private static final String INVOLVEMENT = """
            INSERT INTO person_involvement (person_id, last_on)
            SELECT p.id, greatest(greatest(p.created_at, p.updated_at)::date, f.d)
            FROM person p LEFT JOIN (
                SELECT person, max(d) AS d FROM (
                    SELECT victim_id AS person, greatest(received_on, triaged_at::date) AS d FROM referral
                    UNION ALL SELECT x.person_id, r.received_on FROM referral_perpetrator x JOIN referral r ON r.id = x.referral_id
                    UNION ALL SELECT x.person_id, r.received_on FROM referral_child x JOIN referral r ON r.id = x.referral_id
                    UNION ALL SELECT person_id, assessed_on FROM risk_assessment
                    UNION ALL SELECT c.person_id, greatest(c.referred_on, c.first_contact_at::date,
                        (SELECT max(x.closed_on) FROM casework_closure x WHERE x.case_id = c.id)) FROM casework_case c
                    UNION ALL SELECT person_id, greatest(referred_on, started_on, ended_on) FROM programme_referral
                    UNION ALL SELECT u.person, greatest(a.received_on, a.forum_on, a.closed_on) FROM disclosure_application a,
                        unnest(ARRAY[a.applicant_id, a.person_at_risk_id, a.subject_id, a.recipient_id]) AS u (person)
                    UNION ALL SELECT child_id, created_at::date FROM encompass_notification
                    UNION ALL SELECT person_id, created_at::date FROM gp_notification
                    UNION ALL SELECT person_id, greatest(referred_on, surveyed_on, followed_up_on, closed_on) FROM sanctuary_referral
                    UNION ALL SELECT person_id, greatest(referred_on, outcome_on, moved_in_on, moved_out_on) FROM refuge_referral
                    UNION ALL SELECT u.person, greatest(h.received_on, h.decided_at::date) FROM hub_case h,
                        unnest(h.victim_id || h.perpetrator_ids || h.child_ids) AS u (person)
                    UNION ALL SELECT victim_id, greatest(referred_on, closed_on, transferred_at::date) FROM marac_referral
                    UNION ALL SELECT x.person_id, greatest(r.referred_on, r.closed_on) FROM marac_referral_perpetrator x
                        JOIN marac_referral r ON r.id = x.marac_referral_id
                    UNION ALL SELECT subject_id, greatest(made_at::date, starts_on, ends_on) FROM protective_order
                    UNION ALL SELECT x.person_id, greatest(o.made_at::date, o.starts_on, o.ends_on) FROM protective_order_person x
                        JOIN protective_order o ON o.id = x.order_id
                    UNION ALL SELECT u.person, greatest(v.notified_on, v.decided_on, v.closed_on) FROM review v,
                        unnest(ARRAY[v.deceased_id, v.perpetrator_id]) AS u (person)
                    UNION ALL SELECT person_id, received_on FROM subject_access_request
                ) facts WHERE person IS NOT NULL AND d IS NOT NULL GROUP BY person
            ) f ON f.person = p.id
            WHERE NOT EXISTS (SELECT 1 FROM person_involvement i WHERE i.person_id = p.id)""";

    /** The migrations' fill (V254), for the waiting referrals the load added. */
    private static final String WAITING = """
            SELECT count(risk_waiting_follow(id, victim_id)) FROM referral r
            WHERE triage_outcome IS NULL AND NOT EXISTS (SELECT 1 FROM risk_waiting w WHERE w.referral_id = r.id)""";

    /** The generated rows (table, which rows, their key), in an order the foreign keys allow. */
    private static final String[][] GENERATED = {
        {"person", "id IN (SELECT victim_id FROM g_referral UNION SELECT person_id FROM referral_perpetrator x"
            + " JOIN g_referral r ON r.id = x.referral_id UNION SELECT person_id FROM referral_child x"
            + " JOIN g_referral r ON r.id = x.referral_id)", "id"},
        {"person_address", "person_id IN (SELECT id FROM g_person)", "id"},
        {"referral", "reference LIKE 'BENCH-%'", "id"},
        {"referral_child", "referral_id IN (SELECT id FROM g_referral)", "referral_id, person_id"},
        {"referral_perpetrator", "referral_id IN (SELECT id FROM g_referral)", "referral_id, person_id"},
        {"risk_assessment", "referral_id IN (SELECT id FROM g_referral)", "id"},
    };

    private GeneratedReadModels() {
    }

    /** Fills both read models for the rows loaded with the triggers off; in the load's transaction. */
    static void fill(Connection c) throws Exception {
        long t0 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.executeUpdate(INVOLVEMENT);
            s.execute(WAITING);
        }
        System.out.printf(Locale.ROOT, "person_involvement and risk_waiting filled in %.1f s (the triggers off)%n",
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Compares both read models with what the triggers make of the generated rows (see the class comment), in a
     * transaction rolled back; on a superuser connection. Returns what it compared; throws if they differ.
     */
    static String check(Connection c) throws Exception {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL session_replication_role = replica");
            s.execute("CREATE TEMP TABLE filled_involvement ON COMMIT DROP AS TABLE person_involvement");
            s.execute("CREATE TEMP TABLE filled_waiting ON COMMIT DROP AS TABLE risk_waiting");
            // the referrals first: the persons are found through them
            s.execute("CREATE TEMP TABLE g_referral ON COMMIT DROP AS SELECT * FROM referral WHERE " + GENERATED[2][1]);
            for (String[] t : GENERATED) {
                if (!t[0].equals("referral")) {
                    s.execute("CREATE TEMP TABLE g_" + t[0] + " ON COMMIT DROP AS SELECT * FROM " + t[0] + " WHERE " + t[1]);
                }
            }
            // out with the triggers off (no cascade, no trigger), with the read models' rows for them
            for (int i = GENERATED.length - 1; i >= 0; i--) {
                String[] t = GENERATED[i];
                s.execute("DELETE FROM " + t[0] + " WHERE (" + t[2] + ") IN (SELECT " + t[2] + " FROM g_" + t[0] + ")");
            }
            s.execute("DELETE FROM person_involvement WHERE person_id IN (SELECT id FROM g_person)");
            s.execute("DELETE FROM risk_waiting WHERE referral_id IN (SELECT id FROM g_referral)");
            // back in with the triggers on (and the foreign keys checked), as the old load wrote them
            s.execute("SET LOCAL session_replication_role = origin");
            for (String[] t : GENERATED) {
                s.execute("INSERT INTO " + t[0] + " SELECT * FROM g_" + t[0]);
            }
            long[] differ = {
                count(s, "SELECT count(*) FROM (TABLE filled_involvement EXCEPT TABLE person_involvement) x"),
                count(s, "SELECT count(*) FROM (TABLE person_involvement EXCEPT TABLE filled_involvement) x"),
                count(s, "SELECT count(*) FROM (TABLE filled_waiting EXCEPT TABLE risk_waiting) x"),
                count(s, "SELECT count(*) FROM (TABLE risk_waiting EXCEPT TABLE filled_waiting) x")};
            String result = String.format(Locale.ROOT, "Read models checked against the triggers (%,d generated persons, "
                    + "%,d referrals): person_involvement %,d rows, rows differing %d and %d; risk_waiting %,d rows, "
                    + "rows differing %d and %d", count(s, "SELECT count(*) FROM g_person"),
                    count(s, "SELECT count(*) FROM g_referral"), count(s, "SELECT count(*) FROM person_involvement"),
                    differ[0], differ[1], count(s, "SELECT count(*) FROM risk_waiting"), differ[2], differ[3]);
            if (differ[0] + differ[1] + differ[2] + differ[3] != 0) {
                throw new IllegalStateException(result);
            }
            return result;
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
