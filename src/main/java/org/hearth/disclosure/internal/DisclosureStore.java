package org.hearth.disclosure.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.disclosure.Application.CheckRequest;
import org.hearth.disclosure.Application.StageEntry;
import org.hearth.disclosure.Decision;
import org.hearth.disclosure.DisclosureFigures;
import org.hearth.disclosure.RiskLevel;
import org.hearth.disclosure.Route;
import org.hearth.disclosure.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The disclosure scheme's tables: SQL only, no rules and no audit ({@link DisclosureApplications} and
 * {@link DisclosureChecks} have those).
 */
@Repository
class DisclosureStore {

    /** A row of {@code disclosure_application}; the people by id. */
    record ApplicationRow(UUID id, String reference, Route route, LocalDate receivedOn, UUID applicant,
            String applicantRelationship, UUID personAtRisk, UUID subject, boolean immediateRisk,
            String immediateRiskAction, LocalDate forumOn, String forumMembers, String decision, String lawful,
            String necessary, String proportionate, String decisionRecordedBy, LocalDate closedOn, UUID recipient,
            String deliveredBy, String safetyPlan, String noDisclosureReason, String recordedBy, RiskLevel riskLevel,
            LocalDate riskAssessedOn) {
    }

    /** An application to insert. */
    record NewApplicationRow(UUID id, String reference, Route route, LocalDate receivedOn, UUID applicant,
            String applicantRelationship, UUID personAtRisk, UUID subject, boolean immediateRisk,
            String immediateRiskAction, UUID agency, String recordedBy) {
    }

    /** An application in the team's list: its furthest stage, decision and closing. */
    record SummaryRow(UUID id, String reference, Route route, LocalDate receivedOn, String stage, String decision,
            LocalDate forumOn, LocalDate closedOn) {
    }

    /** A check asked of an agency, with the application's reference and subject. */
    record CheckRow(UUID id, String reference, UUID subject, LocalDate requestedOn, LocalDate dueOn,
            LocalDate respondedOn, Boolean holdsInformation, String response) {
    }

    private static final String STAGE_ORDER = "array_position(ARRAY['CONTACT','FACE_TO_FACE','CHECKS',"
            + "'RISK_ASSESSMENT'], %s)";

    private final JdbcClient jdbc;

    DisclosureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- applications

    /** The application, when it is the agency's (another agency's team never learns it exists). */
    Optional<UUID> ofAgency(UUID id, UUID agency) {
        return jdbc.sql("SELECT id FROM disclosure_application WHERE id = :id AND agency_id = :agency")
                .param("id", id).param("agency", agency).query(UUID.class).optional();
    }

    boolean closed(UUID id) {
        return jdbc.sql("SELECT closed_on IS NOT NULL FROM disclosure_application WHERE id = :id").param("id", id)
                .query(Boolean.class).single();
    }

    LocalDate receivedOn(UUID id) {
        return jdbc.sql("SELECT received_on FROM disclosure_application WHERE id = :id").param("id", id)
                .query(LocalDate.class).single();
    }

    /** The agency's applications, open first (by day received), then closed (latest first). */
    List<SummaryRow> summaries(UUID agency, boolean all) {
        return jdbc.sql("""
                SELECT a.id, a.reference, a.route, a.received_on, a.closed_on, a.decision, a.forum_on,
                       (SELECT s.stage FROM disclosure_stage s WHERE s.application_id = a.id
                        ORDER BY %s DESC LIMIT 1) AS stage
                FROM disclosure_application a WHERE a.agency_id = :agency AND (:all OR a.closed_on IS NULL)
                ORDER BY a.closed_on IS NOT NULL, CASE WHEN a.closed_on IS NULL THEN a.received_on END,
                         a.closed_on DESC, a.reference""".formatted(STAGE_ORDER.formatted("s.stage")))
                .param("agency", agency).param("all", all).query(SummaryRow.class).list();
    }

    ApplicationRow application(UUID id) {
        return jdbc.sql("""
                SELECT *, applicant_id AS applicant, person_at_risk_id AS person_at_risk, subject_id AS subject,
                    recipient_id AS recipient, recorded_by_name AS recorded_by
                FROM disclosure_application WHERE id = :id""").param("id", id).query(ApplicationRow.class).single();
    }

    List<StageEntry> stages(UUID id) {
        return jdbc.sql("SELECT stage, reached_on AS on, note, recorded_by FROM disclosure_stage "
                + "WHERE application_id = :id ORDER BY " + STAGE_ORDER.formatted("stage")).param("id", id)
                .query(StageEntry.class).list();
    }

    List<CheckRequest> checkRequests(UUID id) {
        return jdbc.sql("""
                SELECT c.id, c.agency_id AS agency, g.name AS agency_name, c.requested_on, c.due_on, c.responded_on,
                    c.holds_information, c.response, c.responded_by
                FROM disclosure_check c JOIN agency g ON g.id = c.agency_id
                WHERE c.application_id = :id ORDER BY c.requested_on, g.name""").param("id", id)
                .query(CheckRequest.class).list();
    }

    List<Decision.Agency> forumAgencies(UUID id) {
        return jdbc.sql("""
                SELECT g.id, g.name FROM disclosure_forum_agency f JOIN agency g ON g.id = f.agency_id
                WHERE f.application_id = :id ORDER BY g.name""").param("id", id).query(Decision.Agency.class).list();
    }

    /** The people on the application: applicant, person at risk, subject, recipient (nulls included). */
    List<UUID> peopleOn(UUID id) {
        return jdbc.sql("""
                SELECT unnest(ARRAY[applicant_id, person_at_risk_id, subject_id, recipient_id])
                FROM disclosure_application WHERE id = :id""").param("id", id).query(UUID.class).list();
    }

    /** Whether the person is on another open application of the agency. */
    boolean onAnotherOpenApplication(UUID id, UUID agency, UUID person) {
        return jdbc.sql("""
                SELECT count(*) > 0 FROM disclosure_application WHERE closed_on IS NULL AND id <> :id
                  AND agency_id = :agency AND :p IN (applicant_id, person_at_risk_id, subject_id, recipient_id)""")
                .param("id", id).param("agency", agency).param("p", person).query(Boolean.class).single();
    }

    long nextNumber() {
        return jdbc.sql("SELECT nextval('disclosure_application_number')").query(Long.class).single();
    }

    void insert(NewApplicationRow a) {
        jdbc.sql("""
                INSERT INTO disclosure_application (id, reference, route, received_on, applicant_id,
                    applicant_relationship, person_at_risk_id, subject_id, immediate_risk, immediate_risk_action,
                    agency_id, recorded_by_name)
                VALUES (:id, :reference, :route, :received, :applicant, :relationship, :atRisk, :subject, :risk,
                    :action, :agency, :by)""")
                .param("id", a.id()).param("reference", a.reference()).param("route", a.route().name())
                .param("received", a.receivedOn()).param("applicant", a.applicant())
                .param("relationship", a.applicantRelationship()).param("atRisk", a.personAtRisk())
                .param("subject", a.subject()).param("risk", a.immediateRisk())
                .param("action", a.immediateRiskAction()).param("agency", a.agency()).param("by", a.recordedBy())
                .update();
    }

    /** A stage reached; reaching it again replaces it. */
    void stage(UUID id, Stage stage, LocalDate on, String note, String by) {
        jdbc.sql("""
                INSERT INTO disclosure_stage (application_id, stage, reached_on, note, recorded_by)
                VALUES (:id, :stage, :on, :note, :by)
                ON CONFLICT (application_id, stage) DO UPDATE SET reached_on = excluded.reached_on,
                    note = excluded.note, recorded_by = excluded.recorded_by, recorded_at = now()""")
                .param("id", id).param("stage", stage.name()).param("on", on).param("note", note).param("by", by)
                .update();
    }

    void riskLevel(UUID id, RiskLevel level, LocalDate on) {
        jdbc.sql("UPDATE disclosure_application SET risk_level = :level, risk_assessed_on = :on WHERE id = :id")
                .param("level", level.name()).param("on", on).param("id", id).update();
    }

    void decide(UUID id, Decision d, String by) {
        jdbc.sql("""
                UPDATE disclosure_application SET forum_on = :on, forum_members = :members, decision = :decision,
                    lawful = :lawful, necessary = :necessary, proportionate = :proportionate,
                    decision_recorded_by = :by WHERE id = :id""")
                .param("on", d.forumOn()).param("members", d.members().strip())
                .param("decision", d.disclose() ? "DISCLOSE" : "NO_DISCLOSURE").param("lawful", d.lawful().strip())
                .param("necessary", d.necessary().strip()).param("proportionate", d.proportionate().strip())
                .param("by", by).param("id", id).update();
        for (Decision.Agency agency : d.agencies()) {
            jdbc.sql("""
                    INSERT INTO disclosure_forum_agency (application_id, agency_id) VALUES (:id, :agency)
                    ON CONFLICT DO NOTHING""").param("id", id).param("agency", agency.id().value()).update();
        }
    }

    void close(UUID id, LocalDate on, UUID recipient, String deliveredBy, String safetyPlan,
            String noDisclosureReason) {
        jdbc.sql("""
                UPDATE disclosure_application SET closed_on = :on, recipient_id = :recipient,
                    delivered_by = :deliveredBy, safety_plan = :plan, no_disclosure_reason = :reason WHERE id = :id""")
                .param("on", on).param("recipient", recipient).param("deliveredBy", deliveredBy)
                .param("plan", safetyPlan).param("reason", noDisclosureReason).param("id", id).update();
    }

    // ---- checks

    /** Asks the agency, once: false when it has already been asked. */
    boolean askCheck(UUID id, UUID agency, LocalDate on, LocalDate dueOn, String by) {
        return jdbc.sql("""
                INSERT INTO disclosure_check (id, application_id, agency_id, requested_on, due_on, requested_by)
                VALUES (:check, :id, :agency, :on, :due, :by) ON CONFLICT (application_id, agency_id) DO NOTHING""")
                .param("check", UUID.randomUUID()).param("id", id).param("agency", agency).param("on", on)
                .param("due", dueOn).param("by", by).update() > 0;
    }

    /** The checks asked of the agency, unanswered first, by due day. */
    List<CheckRow> checksOf(UUID agency) {
        return jdbc.sql("""
                SELECT c.id, a.reference, a.subject_id AS subject, c.requested_on, c.due_on, c.responded_on,
                    c.holds_information, c.response FROM disclosure_check c
                JOIN disclosure_application a ON a.id = c.application_id
                WHERE c.agency_id = :agency ORDER BY c.responded_on IS NOT NULL, c.due_on, a.reference LIMIT 200""")
                .param("agency", agency).query(CheckRow.class).list();
    }

    /** Whether the agency's check is answered; empty when it is not the agency's. */
    Optional<Boolean> answered(UUID check, UUID agency) {
        return jdbc.sql("SELECT responded_on IS NOT NULL FROM disclosure_check WHERE id = :id AND agency_id = :agency")
                .param("id", check).param("agency", agency).query(Boolean.class).optional();
    }

    void answer(UUID check, LocalDate on, Boolean holdsInformation, String response, String by) {
        jdbc.sql("""
                UPDATE disclosure_check SET responded_on = :on, holds_information = :holds, response = :response,
                    responded_by = :by WHERE id = :id""").param("on", on).param("holds", holdsInformation)
                .param("response", response).param("by", by).param("id", check).update();
    }

    // ---- figures

    /** Applications received in the period, by route (every route, zero when none). */
    Map<Route, DisclosureFigures.Row> figures(LocalDate from, LocalDate to) {
        Map<Route, DisclosureFigures.Row> rows = new EnumMap<>(Route.class);
        for (Route r : Route.values()) {
            rows.put(r, new DisclosureFigures.Row(0, 0, 0, 0, 0, 0));
        }
        jdbc.sql("""
                SELECT route, count(*) AS received,
                       count(*) FILTER (WHERE closed_on IS NOT NULL AND decision = 'DISCLOSE') AS disclosed,
                       count(*) FILTER (WHERE closed_on IS NOT NULL AND decision IS DISTINCT FROM 'DISCLOSE')
                           AS not_disclosed,
                       count(*) FILTER (WHERE closed_on IS NULL) AS open,
                       count(*) FILTER (WHERE closed_on IS NOT NULL AND closed_on - received_on <= 28) AS within,
                       coalesce(sum(closed_on - received_on) FILTER (WHERE closed_on IS NOT NULL), 0) AS days
                FROM disclosure_application WHERE received_on BETWEEN :from AND :to GROUP BY route""")
                .param("from", from).param("to", to).query((rs, n) -> rows.put(Route.valueOf(rs.getString("route")),
                        new DisclosureFigures.Row(rs.getLong("received"), rs.getLong("disclosed"),
                                rs.getLong("not_disclosed"), rs.getLong("open"), rs.getLong("within"),
                                rs.getLong("days"))))
                .list();
        return rows;
    }
}
