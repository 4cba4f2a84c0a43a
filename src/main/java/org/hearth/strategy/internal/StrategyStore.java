package org.hearth.strategy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.strategy.ActionAreaId;
import org.hearth.strategy.ActionId;
import org.hearth.strategy.ChecklistAnswerId;
import org.hearth.strategy.ObjectiveId;
import org.hearth.strategy.ObjectiveStatus;
import org.hearth.strategy.ProgressUpdate;
import org.hearth.strategy.Rag;
import org.hearth.strategy.StatusChange;
import org.hearth.strategy.StrategyId;
import org.hearth.strategy.ThemeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Strategies in PostgreSQL (the strategy, its themes and objectives with their status history, its action areas and
 * actions with their progress): SQL only, no checks and no audit ({@link JdbcStrategyPlans} does both), and only the
 * strategy module's tables: an action's owner is an agency id, named by {@link StrategyReader}.
 */
@Component
class StrategyStore {

    private final JdbcClient jdbc;

    StrategyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Head(String title, LocalDate starts, LocalDate ends, LocalDate adoptedOn, String adoptedBy) {
    }

    record ThemeRow(UUID id, String name) {
    }

    record ObjectiveRow(UUID id, String text) {
    }

    record AreaRow(UUID id, int number, String title) {
    }

    record ActionRow(UUID id, UUID area, String description, UUID owner, LocalDate dueOn, Rag rag, LocalDate doneOn,
            UUID answer) {
    }

    // ---- reads

    List<UUID> all() {
        return jdbc.sql("SELECT id FROM strategy ORDER BY starts_on DESC, created_at DESC").query(UUID.class).list();
    }

    /** The strategy adopted by that day and running on it (the latest adopted if several). */
    Optional<UUID> current(LocalDate on) {
        return jdbc.sql("""
                SELECT id FROM strategy WHERE adopted_on IS NOT NULL AND adopted_on <= :on AND starts_on <= :on
                    AND ends_on >= :on
                ORDER BY adopted_on DESC, created_at DESC LIMIT 1""").param("on", on).query(UUID.class).optional();
    }

    Optional<UUID> strategyOf(ActionId action) {
        return jdbc.sql("SELECT strategy_id FROM strategy_action WHERE id = :id").param("id", action.value())
                .query(UUID.class).optional();
    }

    Optional<UUID> strategyOf(ObjectiveId objective) {
        return jdbc.sql("""
                SELECT t.strategy_id FROM strategy_objective o JOIN strategy_theme t ON t.id = o.theme_id
                WHERE o.id = :id""").param("id", objective.value()).query(UUID.class).optional();
    }

    /** The first action made from a checklist answer. */
    Optional<UUID> actionFrom(ChecklistAnswerId answer) {
        return jdbc.sql("SELECT id FROM strategy_action WHERE checklist_answer_id = :answer ORDER BY created_at LIMIT 1")
                .param("answer", answer.value()).query(UUID.class).optional();
    }

    Optional<Head> head(UUID id) {
        return jdbc.sql("SELECT title, starts_on, ends_on, adopted_on, adopted_by FROM strategy WHERE id = :id")
                .param("id", id).query((rs, n) -> new Head(rs.getString("title"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        rs.getObject("adopted_on", LocalDate.class), rs.getString("adopted_by")))
                .optional();
    }

    /** Each objective's status history, oldest first. */
    Map<UUID, List<StatusChange>> statuses(UUID strategy) {
        Map<UUID, List<StatusChange>> statuses = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT s.objective_id, s.status, s.recorded_on, s.recorded_by, s.note
                FROM strategy_objective_status s JOIN strategy_objective o ON o.id = s.objective_id
                JOIN strategy_theme t ON t.id = o.theme_id WHERE t.strategy_id = :strategy
                ORDER BY s.recorded_on, s.recorded_at, s.id""").param("strategy", strategy).query(rs -> {
                    statuses.computeIfAbsent(rs.getObject("objective_id", UUID.class), k -> new ArrayList<>())
                            .add(new StatusChange(ObjectiveStatus.valueOf(rs.getString("status")),
                                    rs.getObject("recorded_on", LocalDate.class), rs.getString("recorded_by"),
                                    rs.getString("note")));
                });
        return statuses;
    }

    List<ThemeRow> themes(UUID strategy) {
        return jdbc.sql("SELECT id, name FROM strategy_theme WHERE strategy_id = :strategy ORDER BY position")
                .param("strategy", strategy)
                .query((rs, n) -> new ThemeRow(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    /** Each theme's objectives in their order, the strategy's themes in one statement (a theme without any: absent). */
    Map<UUID, List<ObjectiveRow>> objectives(UUID strategy) {
        Map<UUID, List<ObjectiveRow>> objectives = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT o.theme_id, o.id, o.text FROM strategy_objective o JOIN strategy_theme t ON t.id = o.theme_id
                WHERE t.strategy_id = :strategy ORDER BY t.position, o.position""").param("strategy", strategy)
                .query(rs -> {
                    objectives.computeIfAbsent(rs.getObject("theme_id", UUID.class), k -> new ArrayList<>())
                            .add(new ObjectiveRow(rs.getObject("id", UUID.class), rs.getString("text")));
                });
        return objectives;
    }

    /** Each action area's objectives, in theme and objective order. */
    Map<UUID, List<ObjectiveId>> areaObjectives(UUID strategy) {
        Map<UUID, List<ObjectiveId>> mapped = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT m.area_id, m.objective_id FROM strategy_action_area_objective m
                JOIN strategy_action_area a ON a.id = m.area_id
                JOIN strategy_objective o ON o.id = m.objective_id
                JOIN strategy_theme t ON t.id = o.theme_id
                WHERE a.strategy_id = :strategy ORDER BY t.position, o.position""").param("strategy", strategy)
                .query(rs -> {
                    mapped.computeIfAbsent(rs.getObject("area_id", UUID.class), k -> new ArrayList<>())
                            .add(new ObjectiveId(rs.getObject("objective_id", UUID.class)));
                });
        return mapped;
    }

    List<AreaRow> areas(UUID strategy) {
        return jdbc.sql("SELECT id, number, title FROM strategy_action_area WHERE strategy_id = :strategy ORDER BY number")
                .param("strategy", strategy).query((rs, n) -> new AreaRow(rs.getObject("id", UUID.class),
                        rs.getInt("number"), rs.getString("title")))
                .list();
    }

    /** Each action's progress updates, oldest first. */
    Map<UUID, List<ProgressUpdate>> progress(UUID strategy) {
        Map<UUID, List<ProgressUpdate>> progress = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.action_id, p.noted_on, p.text, p.recorded_by, p.rag, p.done FROM strategy_action_progress p
                JOIN strategy_action a ON a.id = p.action_id WHERE a.strategy_id = :strategy
                ORDER BY p.noted_on, p.recorded_at, p.id""").param("strategy", strategy).query(rs -> {
                    progress.computeIfAbsent(rs.getObject("action_id", UUID.class), k -> new ArrayList<>())
                            .add(new ProgressUpdate(rs.getObject("noted_on", LocalDate.class), rs.getString("text"),
                                    rs.getString("recorded_by"), Rag.parse(rs.getString("rag")),
                                    rs.getBoolean("done")));
                });
        return progress;
    }

    List<ActionRow> actions(UUID strategy) {
        return jdbc.sql("""
                SELECT id, area_id, description, owner_agency_id, due_on, rag, done_on, checklist_answer_id
                FROM strategy_action WHERE strategy_id = :strategy
                ORDER BY due_on, created_at""").param("strategy", strategy)
                .query((rs, n) -> new ActionRow(rs.getObject("id", UUID.class), rs.getObject("area_id", UUID.class),
                        rs.getString("description"), rs.getObject("owner_agency_id", UUID.class),
                        rs.getObject("due_on", LocalDate.class), Rag.valueOf(rs.getString("rag")),
                        rs.getObject("done_on", LocalDate.class), rs.getObject("checklist_answer_id", UUID.class)))
                .list();
    }

    boolean answerExists(ChecklistAnswerId answer) {
        return jdbc.sql("SELECT exists(SELECT 1 FROM checklist_answer WHERE id = :id)").param("id", answer.value())
                .query(Boolean.class).single();
    }

    // ---- writes

    void addStrategy(StrategyId id, String title, LocalDate startsOn, LocalDate endsOn) {
        jdbc.sql("INSERT INTO strategy (id, title, starts_on, ends_on) VALUES (:id, :title, :starts, :ends)")
                .param("id", id.value()).param("title", title).param("starts", startsOn).param("ends", endsOn)
                .update();
    }

    void adopt(StrategyId id, LocalDate on, String by) {
        jdbc.sql("UPDATE strategy SET adopted_on = :on, adopted_by = :by WHERE id = :id").param("on", on)
                .param("by", by).param("id", id.value()).update();
    }

    void addTheme(ThemeId theme, StrategyId strategy, String name, int position) {
        jdbc.sql("""
                INSERT INTO strategy_theme (id, strategy_id, name, position) VALUES (:id, :strategy, :name, :position)""")
                .param("id", theme.value()).param("strategy", strategy.value()).param("name", name)
                .param("position", position).update();
    }

    void addObjective(ObjectiveId objective, ThemeId theme, String text, int position) {
        jdbc.sql("INSERT INTO strategy_objective (id, theme_id, text, position) VALUES (:id, :theme, :text, :position)")
                .param("id", objective.value()).param("theme", theme.value()).param("text", text)
                .param("position", position).update();
    }

    void addStatus(ObjectiveId objective, ObjectiveStatus status, LocalDate on, String by, String note) {
        jdbc.sql("""
                INSERT INTO strategy_objective_status (objective_id, status, recorded_on, recorded_by, note)
                VALUES (:objective, :status, :on, :by, :note)""")
                .param("objective", objective.value()).param("status", status.name()).param("on", on)
                .param("by", by).param("note", note).update();
    }

    void addArea(ActionAreaId area, StrategyId strategy, int number, String title, List<ObjectiveId> objectives) {
        jdbc.sql("""
                INSERT INTO strategy_action_area (id, strategy_id, number, title)
                VALUES (:id, :strategy, :number, :title)""")
                .param("id", area.value()).param("strategy", strategy.value()).param("number", number)
                .param("title", title).update();
        for (ObjectiveId o : objectives) {
            jdbc.sql("INSERT INTO strategy_action_area_objective (area_id, objective_id) VALUES (:area, :objective)")
                    .param("area", area.value()).param("objective", o.value()).update();
        }
    }

    void addAction(ActionId action, StrategyId strategy, ActionAreaId area, String description, UUID owner,
            LocalDate dueOn, Rag rag, ChecklistAnswerId answer) {
        jdbc.sql("""
                INSERT INTO strategy_action (id, strategy_id, area_id, description, owner_agency_id, due_on, rag,
                    checklist_answer_id)
                VALUES (:id, :strategy, :area, :description, :owner, :due, :rag, :answer)""")
                .param("id", action.value()).param("strategy", strategy.value())
                .param("area", area == null ? null : area.value()).param("description", description)
                .param("owner", owner).param("due", dueOn).param("rag", rag.name())
                .param("answer", answer == null ? null : answer.value()).update();
    }

    /** A progress update, and the action's RAG (when given) and done day (when done) with it. */
    void addProgress(ActionId action, LocalDate on, String text, Rag rag, boolean done, String by) {
        jdbc.sql("""
                INSERT INTO strategy_action_progress (action_id, noted_on, text, rag, done, recorded_by)
                VALUES (:action, :on, :text, :rag, :done, :by)""")
                .param("action", action.value()).param("on", on).param("text", text)
                .param("rag", rag == null ? null : rag.name()).param("done", done).param("by", by).update();
        jdbc.sql("""
                UPDATE strategy_action SET rag = coalesce(:rag, rag), done_on = CASE WHEN :done THEN :on ELSE done_on END
                WHERE id = :action""")
                .param("rag", rag == null ? null : rag.name()).param("done", done).param("on", on)
                .param("action", action.value()).update();
    }
}
