package org.hearth.insights.internal;

import java.util.Collection;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The insights read models ({@code insights_referral_fact}, {@code insights_high_risk_fact}): one row per referral
 * and per assessment graded high, with the facts the indicators need already worked out (repeat victim,
 * children present, date of the triage decision, the victim's equality data and age, the area of a
 * high-risk assessment). Every fact of a victim depends only on that victim's own referrals, assessments and
 * details, so a change is applied by recomputing the facts of the victims it touches ({@link #refresh}); the
 * whole read model can be recomputed from the source tables ({@link #rebuild}), which happens on start while it has
 * never been built. Only ids, dates and codes are stored: never a name, date of birth or address.
 */
@Component
public class Rollups {

    private static final Logger log = LoggerFactory.getLogger(Rollups.class);

    private static final String REFERRAL_COLUMNS = """
            referral_id, victim_id, received_on, area_id, agency_id, outcome, triaged_on, children_present,
            repeat_victim, ethnicity, first_language, sex, disability, sexual_orientation, age""";

    /** The referral facts as the source tables say now; {@code %s} filters the referrals ({@code r}). */
    private static final String REFERRAL_FACTS = """
            SELECT r.id, r.victim_id, r.received_on, r.area_id, r.referring_agency_id, r.triage_outcome,
                   (r.triaged_at AT TIME ZONE 'Europe/London')::date,
                   EXISTS (SELECT 1 FROM referral_child c WHERE c.referral_id = r.id AND c.present),
                   EXISTS (SELECT 1 FROM referral e WHERE e.victim_id = r.victim_id
                           AND e.received_on < r.received_on AND e.received_on > r.received_on - INTERVAL '12 months'),
                   p.ethnicity, p.first_language, p.sex, p.disability, p.sexual_orientation,
                   COALESCE(date_part('year', age(r.received_on, p.date_of_birth))::int, p.estimated_age)
            FROM referral r
            JOIN person p ON p.id = r.victim_id
            WHERE %s""";

    private static final String HIGH_RISK_COLUMNS = """
            assessment_id, victim_id, assessed_on, area_id, ethnicity, first_language, sex, disability,
            sexual_orientation, age""";

    /**
     * Assessments graded high as the source tables say now, in the area of the assessment's referral or, when it has
     * none, of the victim's latest referral received by the assessment's date; {@code %s} filters the assessments
     * ({@code a}).
     */
    private static final String HIGH_RISK_FACTS = """
            SELECT a.id, a.person_id, a.assessed_on,
                   COALESCE(rr.area_id, (SELECT l.area_id FROM referral l WHERE l.victim_id = a.person_id
                            AND l.received_on <= a.assessed_on ORDER BY l.received_on DESC, l.created_at DESC
                            LIMIT 1)),
                   p.ethnicity, p.first_language, p.sex, p.disability, p.sexual_orientation,
                   COALESCE(date_part('year', age(a.assessed_on, p.date_of_birth))::int, p.estimated_age)
            FROM risk_assessment a
            JOIN person p ON p.id = a.person_id
            LEFT JOIN referral rr ON rr.id = a.referral_id
            WHERE a.final_grade = 'HIGH' AND %s""";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    Rollups(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /**
     * Recomputes every fact of these victims (their referrals and assessments graded high) from the source tables,
     * in one transaction and five statements whatever their number (a chunk of the police import refreshes its
     * victims together). Concurrent refreshes of the same victim wait for each other (a transaction lock per victim,
     * taken in a fixed order).
     */
    public void refresh(Collection<UUID> victims) {
        UUID[] ids = victims.stream().distinct().sorted().toArray(UUID[]::new);
        tx.executeWithoutResult(s -> {
            // one statement whatever the number of victims: the locks taken in the order given (sorted), the facts
            // of all of them deleted and recomputed together; each DELETE gathers its ids first so that the fact
            // table is read by its primary key (an OR of the two conditions made it a scan of the whole table)
            jdbc.sql("""
                    SELECT pg_advisory_xact_lock(hashtext('insights-victim'), hashtext(t.v::text))
                    FROM unnest(CAST(? AS uuid[])) WITH ORDINALITY AS t(v, n) ORDER BY t.n""")
                    .param(ids).query().listOfRows();
            jdbc.sql("""
                    DELETE FROM insights_referral_fact WHERE referral_id = ANY (ARRAY(
                        SELECT referral_id FROM insights_referral_fact WHERE victim_id = ANY(:v)
                        UNION SELECT id FROM referral WHERE victim_id = ANY(:v)))""")
                    .param("v", ids).update();
            jdbc.sql("""
                    DELETE FROM insights_high_risk_fact WHERE assessment_id = ANY (ARRAY(
                        SELECT assessment_id FROM insights_high_risk_fact WHERE victim_id = ANY(:v)
                        UNION SELECT id FROM risk_assessment WHERE person_id = ANY(:v)))""")
                    .param("v", ids).update();
            jdbc.sql("INSERT INTO insights_referral_fact (" + REFERRAL_COLUMNS + ") "
                    + REFERRAL_FACTS.formatted("r.victim_id = ANY(?)")).param(ids).update();
            jdbc.sql("INSERT INTO insights_high_risk_fact (" + HIGH_RISK_COLUMNS + ") "
                    + HIGH_RISK_FACTS.formatted("a.person_id = ANY(?)")).param(ids).update();
            changed();
        });
    }

    /**
     * Recomputes the whole read model from the source tables in one transaction. Writers wait while it runs, so a
     * change committed during it is either in its snapshot or applied by its listener afterwards.
     */
    public void rebuild() {
        long started = System.currentTimeMillis();
        tx.executeWithoutResult(s -> {
            jdbc.sql("LOCK TABLE insights_referral_fact, insights_high_risk_fact IN EXCLUSIVE MODE").update();
            jdbc.sql("DELETE FROM insights_referral_fact").update();
            jdbc.sql("DELETE FROM insights_high_risk_fact").update();
            jdbc.sql("INSERT INTO insights_referral_fact (" + REFERRAL_COLUMNS + ") " + REFERRAL_FACTS.formatted("true"))
                    .update();
            jdbc.sql("INSERT INTO insights_high_risk_fact (" + HIGH_RISK_COLUMNS + ") "
                    + HIGH_RISK_FACTS.formatted("true")).update();
            jdbc.sql("UPDATE insights_rollup_state SET built_at = now()").update();
            changed();
        });
        log.info("Insights read models rebuilt from the source records in {} ms", System.currentTimeMillis() - started);
    }

    /** Bumps the read models' version, in the transaction that changed them. */
    private void changed() {
        jdbc.sql("UPDATE insights_rollup_state SET version = version + 1").update();
    }

    /** The read models' version: it changes whenever they do (a report computed at one version holds for it). */
    public long version() {
        return jdbc.sql("SELECT version FROM insights_rollup_state").query(Long.class).single();
    }

    /** Rebuilds the read models on start if they have never been built (a new database, or just migrated). */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfMissing() {
        boolean built = jdbc.sql("SELECT built_at IS NOT NULL FROM insights_rollup_state").query(Boolean.class)
                .optional().orElse(false);
        if (!built) {
            rebuild();
        }
    }

    /**
     * How many rows of the read models differ from a recomputation from scratch (rows missing, extra or changed):
     * 0 when they are current.
     */
    public long differences() {
        String referrals = "SELECT " + REFERRAL_COLUMNS + " FROM insights_referral_fact";
        String recomputedReferrals = REFERRAL_FACTS.formatted("true");
        String high = "SELECT " + HIGH_RISK_COLUMNS + " FROM insights_high_risk_fact";
        String recomputedHigh = HIGH_RISK_FACTS.formatted("true");
        return jdbc.sql("SELECT (SELECT count(*) FROM ((" + recomputedReferrals + ") EXCEPT (" + referrals
                + ")) d) + (SELECT count(*) FROM ((" + referrals + ") EXCEPT (" + recomputedReferrals
                + ")) d) + (SELECT count(*) FROM ((" + recomputedHigh + ") EXCEPT (" + high
                + ")) d) + (SELECT count(*) FROM ((" + high + ") EXCEPT (" + recomputedHigh + ")) d)")
                .query(Long.class).single();
    }
}
