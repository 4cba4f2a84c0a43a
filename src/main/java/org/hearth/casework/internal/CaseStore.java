package org.hearth.casework.internal;

import static org.hearth.casework.internal.CaseRow.instant;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseNote;
import org.hearth.casework.CaseService;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseSource;
import org.hearth.casework.ContactAttempt;
import org.hearth.casework.ContactMethod;
import org.hearth.casework.ContactOutcome;
import org.hearth.casework.Engagement;
import org.hearth.casework.HandoverId;
import org.hearth.casework.NoteType;
import org.hearth.casework.RiskReview;
import org.hearth.casework.RiskStage;
import org.hearth.casework.SafetyPlan;
import org.hearth.casework.ServiceKind;
import org.hearth.casework.SupportItem;
import org.hearth.casework.SupportNeed;
import org.hearth.casework.SupportStatus;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.hearth.risk.RiskAssessmentId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Casework's SQL, and only SQL: cases and what is written on them, read into records. Who may read or write is
 * decided before (by {@link CaseAccessRules} in {@link JdbcCasework}); the lists' {@code WHERE} clauses are the
 * filters the callers ask for (a worker's own, an agency's own, a service's queue).
 */
@Component
class CaseStore {

    /** A handover waiting to be accepted, with what acceptance changes. */
    record PendingHandover(UUID caseId, UUID toService, UUID toWorker, UUID fromWorker, UUID fromService) {
    }

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------------------------------- cases

    Optional<CaseRow> row(UUID id) {
        return jdbc.sql(CaseRow.SELECT + " WHERE c.id = :id").param("id", id).query(CaseRow::map).optional();
    }

    List<Case> openCasesOf(UUID worker) {
        return cases(jdbc.sql(CaseRow.SELECT + """
                 WHERE c.worker_id = :worker AND c.status = 'OPEN'
                ORDER BY c.first_contact_at IS NOT NULL, c.first_contact_due, c.reference""").param("worker", worker));
    }

    List<Case> agencyCases(AgencyId agency, UUID worker) {
        return cases(jdbc.sql(CaseRow.SELECT + """
                 WHERE s.agency_id = :agency AND (CAST(:worker AS uuid) IS NULL OR c.worker_id = :worker)
                ORDER BY c.created_at DESC LIMIT 500""").param("agency", agency.value()).param("worker", worker));
    }

    List<Case> queue(CaseServiceId service) {
        return cases(jdbc.sql(CaseRow.SELECT + """
                 WHERE c.service_id = :service AND c.status = 'AWAITING_ALLOCATION' ORDER BY c.referred_on, c.reference""")
                .param("service", service.value()));
    }

    private static List<Case> cases(JdbcClient.StatementSpec sql) {
        return sql.query(CaseRow::map).list().stream().map(CaseRow::c).toList();
    }

    boolean managerOf(CaseServiceId service, UUID user) {
        return jdbc.sql("""
                SELECT count(*) FROM casework_worker WHERE service_id = :service AND user_id = :user AND manager""")
                .param("service", service.value()).param("user", user).query(Long.class).single() > 0;
    }

    Optional<UUID> openCaseOfKind(PersonId person, ServiceKind kind) {
        return jdbc.sql("""
                SELECT c.id FROM casework_case c JOIN casework_service s ON s.id = c.service_id
                WHERE c.person_id = :person AND s.kind = :kind AND c.status <> 'CLOSED' ORDER BY c.created_at LIMIT 1""")
                .param("person", person.value()).param("kind", kind.name()).query(UUID.class).optional();
    }

    Optional<UUID> bySource(CaseSource source, UUID sourceId, ServiceKind kind) {
        return jdbc.sql("""
                SELECT id FROM casework_case WHERE source = :source AND source_id = :id AND source_kind = :kind""")
                .param("source", source.name()).param("id", sourceId).param("kind", kind.name()).query(UUID.class)
                .optional();
    }

    /** Writes the case; null when the same source made one meanwhile (a redelivered event). */
    UUID insert(CaseService service, PersonId person, CaseSource source, UUID sourceId, String sourceKind, String by,
            AgencyId agency, String reason, LocalDate today, LocalDate due) {
        UUID id = UUID.randomUUID();
        long number = jdbc.sql("SELECT nextval('casework_case_number')").query(Long.class).single();
        int rows = jdbc.sql("""
                INSERT INTO casework_case (id, reference, service_id, person_id, source, source_id, source_kind,
                    referred_on, referred_by, referring_agency_id, reason, first_contact_due)
                VALUES (:id, :reference, :service, :person, :source, :sourceId, :sourceKind, :today, :by, :agency,
                    :reason, :due) ON CONFLICT DO NOTHING""")
                .param("id", id).param("reference", "CW-" + today.getYear() + "-" + String.format("%05d", number))
                .param("service", service.id().value()).param("person", person.value()).param("source", source.name())
                .param("sourceId", sourceId).param("sourceKind", sourceKind).param("today", today).param("by", by)
                .param("agency", agency == null ? null : agency.value()).param("reason", reason)
                .param("due", due).update();
        return rows == 0 ? null : id;
    }

    void allocate(CaseId id, StaffUserId worker) {
        jdbc.sql("UPDATE casework_case SET status = 'OPEN', worker_id = :worker, allocated_at = now() WHERE id = :id")
                .param("worker", worker.value()).param("id", id.value()).update();
    }

    void setEngagement(CaseId id, Engagement engagement) {
        jdbc.sql("UPDATE casework_case SET engagement = :engagement WHERE id = :id")
                .param("engagement", engagement.name()).param("id", id.value()).update();
    }

    // ------------------------------------------------------------------------------------------- handovers

    void insertHandover(UUID handover, Case c, CaseServiceId to, StaffUserId toWorker, String note, UUID by) {
        jdbc.sql("""
                INSERT INTO casework_handover (id, case_id, from_service_id, from_worker_id, to_service_id,
                    to_worker_id, note, requested_by)
                VALUES (:id, :caseId, :from, :fromWorker, :to, :toWorker, :note, :by)""")
                .param("id", handover).param("caseId", c.id().value()).param("from", c.service().value())
                .param("fromWorker", c.worker() == null ? null : c.worker().value()).param("to", to.value())
                .param("toWorker", toWorker == null ? null : toWorker.value()).param("note", note).param("by", by)
                .update();
    }

    Optional<PendingHandover> pendingHandover(HandoverId handover) {
        return jdbc.sql("""
                SELECT case_id, to_service_id, to_worker_id, from_worker_id, from_service_id FROM casework_handover
                WHERE id = :id AND accepted_at IS NULL""").param("id", handover.value())
                .query((rs, n) -> new PendingHandover(rs.getObject("case_id", UUID.class),
                        rs.getObject("to_service_id", UUID.class), rs.getObject("to_worker_id", UUID.class),
                        rs.getObject("from_worker_id", UUID.class), rs.getObject("from_service_id", UUID.class)))
                .optional();
    }

    /** Moves the case to the receiving service (to its worker, else to its queue) and marks the handover accepted. */
    void accept(HandoverId handover, PendingHandover p, UUID by) {
        boolean toWorker = p.toWorker() != null;
        jdbc.sql("""
                UPDATE casework_case SET service_id = :service, worker_id = :worker, status = :status,
                    allocated_at = :at WHERE id = :id""").param("service", p.toService()).param("worker", p.toWorker())
                .param("status", toWorker ? "OPEN" : "AWAITING_ALLOCATION")
                .param("at", toWorker ? Timestamp.from(Instant.now()) : null).param("id", p.caseId()).update();
        jdbc.sql("UPDATE casework_handover SET accepted_by = :by, accepted_at = now() WHERE id = :id")
                .param("by", by).param("id", handover.value()).update();
    }

    // ------------------------------------------------------------------------------------------- contact

    void insertContact(UUID contact, CaseId id, Instant at, ContactMethod method, ContactOutcome outcome, String notes,
            boolean unsafe, UUID by) {
        jdbc.sql("""
                INSERT INTO casework_contact (id, case_id, attempted_at, method, outcome, notes, unsafe_channel,
                    recorded_by) VALUES (:id, :caseId, :at, :method, :outcome, :notes, :unsafe, :by)""")
                .param("id", contact).param("caseId", id.value()).param("at", Timestamp.from(at))
                .param("method", method.name()).param("outcome", outcome.name()).param("notes", notes)
                .param("unsafe", unsafe).param("by", by).update();
        jdbc.sql("""
                UPDATE casework_case SET first_attempt_at = LEAST(COALESCE(first_attempt_at, :at), :at),
                    first_contact_at = CASE WHEN :spoke THEN LEAST(COALESCE(first_contact_at, :at), :at)
                        ELSE first_contact_at END WHERE id = :id""")
                .param("at", Timestamp.from(at)).param("spoke", outcome == ContactOutcome.SPOKE)
                .param("id", id.value()).update();
    }

    /** Marks an unsafe-channel escalation acknowledged; false when none of that id is waiting on the case. */
    boolean acknowledge(CaseId id, UUID contact, UUID by) {
        return jdbc.sql("""
                UPDATE casework_contact SET acknowledged_by = :by, acknowledged_at = now()
                WHERE id = :contact AND case_id = :caseId AND unsafe_channel AND acknowledged_at IS NULL""")
                .param("by", by).param("contact", contact).param("caseId", id.value()).update() > 0;
    }

    List<ContactAttempt> contacts(CaseId id) {
        return jdbc.sql("""
                SELECT k.*, u.display_name FROM casework_contact k LEFT JOIN staff_user u ON u.id = k.recorded_by
                WHERE k.case_id = :caseId ORDER BY k.attempted_at DESC, k.recorded_at DESC""").param("caseId", id.value())
                .query((rs, n) -> new ContactAttempt(rs.getObject("id", UUID.class), id, instant(rs, "attempted_at"),
                        ContactMethod.valueOf(rs.getString("method")), ContactOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("notes"), rs.getBoolean("unsafe_channel"), instant(rs, "acknowledged_at"),
                        rs.getString("display_name"))).list();
    }

    // ------------------------------------------------------------------------------------------- notes and plans

    void insertNote(UUID note, CaseId id, NoteType type, LocalDate on, String text, UUID by) {
        jdbc.sql("""
                INSERT INTO casework_note (id, case_id, type, noted_on, text, recorded_by)
                VALUES (:id, :caseId, :type, :on, :text, :by)""").param("id", note).param("caseId", id.value())
                .param("type", type.name()).param("on", on).param("text", text).param("by", by).update();
    }

    List<CaseNote> notes(CaseId id) {
        return jdbc.sql("""
                SELECT n.*, u.display_name FROM casework_note n LEFT JOIN staff_user u ON u.id = n.recorded_by
                WHERE n.case_id = :caseId ORDER BY n.noted_on DESC, n.recorded_at DESC""").param("caseId", id.value())
                .query((rs, n) -> new CaseNote(rs.getObject("id", UUID.class), id, NoteType.valueOf(rs.getString("type")),
                        rs.getObject("noted_on", LocalDate.class), rs.getString("text"), rs.getString("display_name"),
                        instant(rs, "recorded_at"))).list();
    }

    /** Writes the next version of the case's safety plan (sections already stripped, blank as null); its number. */
    int insertPlan(CaseId id, SafetyPlan.Sections s, UUID by) {
        int version = jdbc.sql("SELECT COALESCE(max(version), 0) + 1 FROM casework_safety_plan WHERE case_id = :caseId")
                .param("caseId", id.value()).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO casework_safety_plan (case_id, version, safe_contacts, escape_plan, documents_and_bag,
                    code_word, children, technology, at_home, at_work, recorded_by)
                VALUES (:caseId, :version, :safeContacts, :escapePlan, :documents, :codeWord, :children, :technology,
                    :atHome, :atWork, :by)""")
                .param("caseId", id.value()).param("version", version).param("safeContacts", s.safeContacts())
                .param("escapePlan", s.escapePlan()).param("documents", s.documentsAndBag())
                .param("codeWord", s.codeWord()).param("children", s.children()).param("technology", s.technology())
                .param("atHome", s.atHome()).param("atWork", s.atWork()).param("by", by).update();
        return version;
    }

    List<SafetyPlan> plans(CaseId id) {
        return jdbc.sql("""
                SELECT p.*, u.display_name FROM casework_safety_plan p LEFT JOIN staff_user u ON u.id = p.recorded_by
                WHERE p.case_id = :caseId ORDER BY p.version DESC""").param("caseId", id.value())
                .query((rs, n) -> new SafetyPlan(rs.getInt("version"), rs.getString("safe_contacts"),
                        rs.getString("escape_plan"), rs.getString("documents_and_bag"), rs.getString("code_word"),
                        rs.getString("children"), rs.getString("technology"), rs.getString("at_home"),
                        rs.getString("at_work"), rs.getString("display_name"), instant(rs, "recorded_at"))).list();
    }

    // ------------------------------------------------------------------------------------------- support, reviews

    void insertSupport(UUID item, CaseId id, SupportNeed need, String intervention, UUID by) {
        jdbc.sql("""
                INSERT INTO casework_support_item (id, case_id, need, intervention, status, updated_by)
                VALUES (:id, :caseId, :need, :intervention, 'PLANNED', :by)""").param("id", item)
                .param("caseId", id.value()).param("need", need.name()).param("intervention", intervention)
                .param("by", by).update();
    }

    /** False when the case has no intervention of that id. */
    boolean updateSupport(CaseId id, UUID item, SupportStatus status, String outcome, UUID by) {
        return jdbc.sql("""
                UPDATE casework_support_item SET status = :status, outcome = :outcome, updated_by = :by,
                    updated_at = now() WHERE id = :item AND case_id = :caseId""").param("status", status.name())
                .param("outcome", outcome).param("by", by).param("item", item).param("caseId", id.value()).update() > 0;
    }

    List<SupportItem> support(CaseId id) {
        return jdbc.sql("SELECT * FROM casework_support_item WHERE case_id = :caseId ORDER BY need, updated_at")
                .param("caseId", id.value())
                .query((rs, n) -> new SupportItem(rs.getObject("id", UUID.class), id,
                        SupportNeed.valueOf(rs.getString("need")), rs.getString("intervention"),
                        SupportStatus.valueOf(rs.getString("status")), rs.getString("outcome"),
                        instant(rs, "updated_at"))).list();
    }

    void insertRiskReview(UUID review, CaseId id, RiskStage stage, UUID by) {
        jdbc.sql("INSERT INTO casework_risk_review (id, case_id, stage, requested_by) VALUES (:id, :caseId, :stage, :by)")
                .param("id", review).param("caseId", id.value()).param("stage", stage.name()).param("by", by).update();
    }

    List<RiskReview> reviews(CaseId id) {
        return jdbc.sql("SELECT * FROM casework_risk_review WHERE case_id = :caseId ORDER BY requested_at")
                .param("caseId", id.value()).query((rs, n) -> {
                    UUID a = rs.getObject("assessment_id", UUID.class);
                    return new RiskReview(rs.getObject("id", UUID.class), id, RiskStage.valueOf(rs.getString("stage")),
                            instant(rs, "requested_at"), a == null ? null : new RiskAssessmentId(a));
                }).list();
    }

    /** Links an assessment risk recorded to the oldest review waiting for one on the person's open cases (once). */
    void linkAssessment(RiskAssessmentId assessment, PersonId person) {
        jdbc.sql("""
                UPDATE casework_risk_review SET assessment_id = :a, linked_at = now()
                WHERE id = (SELECT r.id FROM casework_risk_review r JOIN casework_case c ON c.id = r.case_id
                            WHERE c.person_id = :p AND c.status <> 'CLOSED' AND r.assessment_id IS NULL
                            ORDER BY r.requested_at LIMIT 1)
                  AND NOT EXISTS (SELECT 1 FROM casework_risk_review WHERE assessment_id = :a)""")
                .param("a", assessment.value()).param("p", person.value()).update();
    }
}
