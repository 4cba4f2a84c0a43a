package org.hearth.reviews.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.reviews.RecommendationStatus;
import org.hearth.reviews.RequestKind;
import org.hearth.reviews.Review.StageEntry;
import org.hearth.reviews.Stage;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reviews' tables: SQL only, no rules and no audit ({@link ReviewSteps} and {@link ReviewRegister} have those). */
@Repository
class ReviewStore {

    /** A row of {@code review}. */
    record ReviewRow(UUID id, String reference, String pseudonym, UUID deceased, UUID perpetrator, LocalDate diedOn,
            LocalDate notifiedOn, UUID agency, String circumstances, LocalDate decisionDue, LocalDate decidedOn,
            Boolean hold, String rationale, LocalDate homeOffice, LocalDate completionDue, String chair,
            LocalDate closedOn, UUID openedBy, String openedByName) {
    }

    /** A review to insert. */
    record NewReviewRow(UUID id, String reference, String pseudonym, UUID deceased, UUID perpetrator, LocalDate diedOn,
            LocalDate notifiedOn, UUID agency, String circumstances, LocalDate decisionDue, UUID openedBy,
            String openedByName) {
    }

    record PanelRow(UUID member, String name, UUID agency, LocalDate addedOn) {
    }

    record RequestRow(UUID id, UUID agency, RequestKind kind, LocalDate requestedOn, LocalDate dueOn,
            LocalDate returnedOn) {
    }

    record RecommendationRow(UUID id, int number, String text, String theme, UUID owner, LocalDate dueOn,
            RecommendationStatus status, LocalDate completedOn, String evidence) {
    }

    record OverdueRow(UUID review, String reference, String pseudonym, UUID recommendation, int number, String text,
            UUID owner, LocalDate dueOn) {
    }

    private static final RowMapper<ReviewRow> REVIEW = (rs, n) -> new ReviewRow(rs.getObject("id", UUID.class),
            rs.getString("reference"), rs.getString("pseudonym"), rs.getObject("deceased_id", UUID.class),
            rs.getObject("perpetrator_id", UUID.class), rs.getObject("died_on", LocalDate.class),
            rs.getObject("notified_on", LocalDate.class), rs.getObject("notifying_agency_id", UUID.class),
            rs.getString("circumstances"), rs.getObject("decision_due_on", LocalDate.class),
            rs.getObject("decided_on", LocalDate.class), (Boolean) rs.getObject("hold"),
            rs.getString("decision_rationale"), rs.getObject("home_office_told_on", LocalDate.class),
            rs.getObject("completion_due_on", LocalDate.class), rs.getString("chair"),
            rs.getObject("closed_on", LocalDate.class), rs.getObject("opened_by", UUID.class),
            rs.getString("opened_by_name"));

    private static final RowMapper<PanelRow> PANEL = (rs, n) -> new PanelRow(rs.getObject("staff_user_id", UUID.class),
            rs.getString("display_name"), rs.getObject("agency_id", UUID.class),
            rs.getObject("added_on", LocalDate.class));

    private static final RowMapper<RequestRow> REQUEST = (rs, n) -> new RequestRow(rs.getObject("id", UUID.class),
            rs.getObject("agency_id", UUID.class), RequestKind.valueOf(rs.getString("kind")),
            rs.getObject("requested_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
            rs.getObject("returned_on", LocalDate.class));

    private static final RowMapper<StageEntry> STAGE = (rs, n) -> new StageEntry(rs.getObject("id", UUID.class),
            Stage.valueOf(rs.getString("stage")), rs.getObject("reached_on", LocalDate.class), rs.getString("note"),
            rs.getString("recorded_by"));

    private static final RowMapper<RecommendationRow> RECOMMENDATION = (rs, n) -> new RecommendationRow(
            rs.getObject("id", UUID.class), rs.getInt("number"), rs.getString("text"), rs.getString("theme"),
            rs.getObject("owner_agency_id", UUID.class), rs.getObject("due_on", LocalDate.class),
            RecommendationStatus.valueOf(rs.getString("status")), rs.getObject("completed_on", LocalDate.class),
            rs.getString("evidence"));

    private static final RowMapper<OverdueRow> OVERDUE = (rs, n) -> new OverdueRow(rs.getObject("id", UUID.class),
            rs.getString("reference"), rs.getString("pseudonym"), rs.getObject("rec", UUID.class), rs.getInt("number"),
            rs.getString("text"), rs.getObject("owner_agency_id", UUID.class), rs.getObject("due_on", LocalDate.class));

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- reading

    /** Whether the user is a named member of the review's panel while it is open. */
    boolean onOpenPanel(UUID review, UUID user) {
        return jdbc.sql("""
                SELECT count(*) > 0 FROM review_panel_member m JOIN review r ON r.id = m.review_id
                WHERE m.review_id = :review AND m.staff_user_id = :user AND r.closed_on IS NULL""")
                .param("review", review).param("user", user).query(Boolean.class).single();
    }

    /** The open reviews' ids (every review's with {@code all}). */
    List<UUID> ids(boolean all) {
        return jdbc.sql("SELECT id FROM review WHERE closed_on IS NULL OR :all "
                + "ORDER BY closed_on DESC NULLS FIRST, notified_on, reference").param("all", all).query(UUID.class)
                .list();
    }

    /** The open reviews on whose panel the user is named. */
    List<UUID> idsOnPanelOf(UUID user) {
        return jdbc.sql("""
                SELECT r.id FROM review r JOIN review_panel_member m ON m.review_id = r.id
                WHERE m.staff_user_id = :user AND r.closed_on IS NULL ORDER BY r.notified_on, r.reference""")
                .param("user", user).query(UUID.class).list();
    }

    Optional<ReviewRow> find(UUID id) {
        return jdbc.sql("SELECT * FROM review WHERE id = :id").param("id", id).query(REVIEW).optional();
    }

    List<PanelRow> panel(UUID review) {
        return jdbc.sql("""
                SELECT m.staff_user_id, u.display_name, m.agency_id, m.added_on FROM review_panel_member m
                JOIN staff_user u ON u.id = m.staff_user_id WHERE m.review_id = :review
                ORDER BY m.added_on, u.display_name""").param("review", review).query(PANEL).list();
    }

    List<RequestRow> requests(UUID review) {
        return jdbc.sql("""
                SELECT id, agency_id, kind, requested_on, due_on, returned_on FROM review_request
                WHERE review_id = :review ORDER BY requested_on, kind""").param("review", review).query(REQUEST).list();
    }

    List<StageEntry> stages(UUID review) {
        return jdbc.sql("""
                SELECT id, stage, reached_on, note, recorded_by FROM review_stage WHERE review_id = :review
                ORDER BY reached_on, recorded_at""").param("review", review).query(STAGE).list();
    }

    List<RecommendationRow> recommendations(UUID review) {
        return jdbc.sql("""
                SELECT id, number, text, theme, owner_agency_id, due_on, status, completed_on, evidence
                FROM review_recommendation WHERE review_id = :review ORDER BY number""").param("review", review)
                .query(RECOMMENDATION).list();
    }

    /** Recommendations not done after their due day, by due day. */
    List<OverdueRow> overdue(LocalDate today) {
        return jdbc.sql("""
                SELECT r.id, r.reference, r.pseudonym, c.id AS rec, c.number, c.text, c.owner_agency_id, c.due_on
                FROM review_recommendation c JOIN review r ON r.id = c.review_id
                WHERE c.status <> 'DONE' AND c.due_on < :today ORDER BY c.due_on, r.reference, c.number""")
                .param("today", today).query(OVERDUE).list();
    }

    // ---- writing

    long nextNumber() {
        return jdbc.sql("SELECT nextval('review_number')").query(Long.class).single();
    }

    void insert(NewReviewRow r) {
        jdbc.sql("""
                INSERT INTO review (id, reference, pseudonym, deceased_id, perpetrator_id, died_on, notified_on,
                    notifying_agency_id, circumstances, decision_due_on, opened_by, opened_by_name)
                VALUES (:id, :reference, :pseudonym, :deceased, :perpetrator, :died, :notified, :agency,
                    :circumstances, :due, :by, :byName)""")
                .param("id", r.id()).param("reference", r.reference()).param("pseudonym", r.pseudonym())
                .param("deceased", r.deceased()).param("perpetrator", r.perpetrator()).param("died", r.diedOn())
                .param("notified", r.notifiedOn()).param("agency", r.agency())
                .param("circumstances", r.circumstances()).param("due", r.decisionDue()).param("by", r.openedBy())
                .param("byName", r.openedByName()).update();
    }

    /** The decision; a decision not to hold closes the review ({@code closedOn}, reason {@code NOT_HELD}). */
    void decide(UUID id, LocalDate decidedOn, boolean hold, String rationale, LocalDate homeOfficeToldOn,
            LocalDate completionDue, LocalDate closedOn) {
        jdbc.sql("""
                UPDATE review SET decided_on = :decided, hold = :hold, decision_rationale = :rationale,
                    home_office_told_on = :homeOffice, completion_due_on = :due, closed_on = :closed,
                    closed_reason = :reason WHERE id = :id""")
                .param("decided", decidedOn).param("hold", hold).param("rationale", rationale)
                .param("homeOffice", homeOfficeToldOn).param("due", completionDue).param("closed", closedOn)
                .param("reason", closedOn == null ? null : "NOT_HELD").param("id", id).update();
    }

    void chair(UUID id, String chair) {
        jdbc.sql("UPDATE review SET chair = :chair WHERE id = :id").param("chair", chair).param("id", id).update();
    }

    void addPanelMember(UUID review, UUID member, UUID agency, LocalDate on, String by) {
        jdbc.sql("""
                INSERT INTO review_panel_member (review_id, staff_user_id, agency_id, added_on, added_by)
                VALUES (:review, :member, :agency, :on, :by)""").param("review", review).param("member", member)
                .param("agency", agency).param("on", on).param("by", by).update();
    }

    void insertRequest(UUID id, UUID review, UUID agency, RequestKind kind, LocalDate on, LocalDate dueOn) {
        jdbc.sql("""
                INSERT INTO review_request (id, review_id, agency_id, kind, requested_on, due_on)
                VALUES (:id, :review, :agency, :kind, :on, :due)""").param("id", id).param("review", review)
                .param("agency", agency).param("kind", kind.name()).param("on", on).param("due", dueOn).update();
    }

    void requestReturned(UUID request, LocalDate on) {
        jdbc.sql("UPDATE review_request SET returned_on = :on WHERE id = :id").param("on", on).param("id", request)
                .update();
    }

    /** A stage reached; publication closes the review. */
    void insertStage(UUID review, Stage stage, LocalDate on, String note, String by) {
        jdbc.sql("""
                INSERT INTO review_stage (id, review_id, stage, reached_on, note, recorded_by)
                VALUES (:id, :review, :stage, :on, :note, :by)""").param("id", UUID.randomUUID())
                .param("review", review).param("stage", stage.name()).param("on", on).param("note", note)
                .param("by", by).update();
        if (stage == Stage.PUBLISHED) {
            jdbc.sql("UPDATE review SET closed_on = :on, closed_reason = 'PUBLISHED' WHERE id = :id")
                    .param("on", on).param("id", review).update();
        }
    }

    void insertRecommendation(UUID id, UUID review, int number, String text, String theme, UUID owner,
            LocalDate dueOn) {
        jdbc.sql("""
                INSERT INTO review_recommendation (id, review_id, number, text, theme, owner_agency_id, due_on)
                VALUES (:id, :review, :number, :text, :theme, :owner, :due)""").param("id", id)
                .param("review", review).param("number", number).param("text", text).param("theme", theme)
                .param("owner", owner).param("due", dueOn).update();
    }

    void updateRecommendation(UUID id, RecommendationStatus status, LocalDate completedOn, String evidence) {
        jdbc.sql("""
                UPDATE review_recommendation SET status = :status, completed_on = :completed, evidence = :evidence
                WHERE id = :id""").param("status", status.name()).param("completed", completedOn)
                .param("evidence", evidence).param("id", id).update();
    }
}
