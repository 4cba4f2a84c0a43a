package org.hearth.strategy.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.strategy.ActionArea;
import org.hearth.strategy.ActionAreaId;
import org.hearth.strategy.ActionId;
import org.hearth.strategy.ChecklistAnswerId;
import org.hearth.strategy.Objective;
import org.hearth.strategy.ObjectiveId;
import org.hearth.strategy.ObjectiveStatus;
import org.hearth.strategy.ProgressUpdate;
import org.hearth.strategy.Rag;
import org.hearth.strategy.StatusChange;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyAction;
import org.hearth.strategy.StrategyId;
import org.hearth.platform.InvalidInputException;
import org.hearth.strategy.StrategyPlans;
import org.hearth.strategy.Theme;
import org.hearth.strategy.ThemeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategies in PostgreSQL. Reads load a whole strategy (it is small: a few themes, a dozen objectives, tens of
 * actions). Every change is audited against the strategy ({@code strategy}) or the action ({@code strategy_action}).
 */
@Service
@Transactional
class JdbcStrategyPlans implements StrategyPlans {

    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final int TEXT = 2000;
    static final int NAME = 200;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Partnerships partnerships;

    JdbcStrategyPlans(JdbcClient jdbc, AuditTrail audit, Partnerships partnerships) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.partnerships = partnerships;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static String who() {
        return Actor.current().map(Actor::displayName).orElse("Hearth set-up");
    }

    // ---- reads

    @Override
    @Transactional(readOnly = true)
    public List<Strategy> all() {
        return jdbc.sql("SELECT id FROM strategy ORDER BY starts_on DESC, created_at DESC").query(UUID.class).list()
                .stream().map(id -> load(id).orElseThrow()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Strategy> find(StrategyId id) {
        return load(id.value());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Strategy> current(LocalDate on) {
        return jdbc.sql("""
                SELECT id FROM strategy WHERE adopted_on IS NOT NULL AND adopted_on <= ? AND starts_on <= ? AND ends_on >= ?
                ORDER BY adopted_on DESC, created_at DESC LIMIT 1""").params(on, on, on).query(UUID.class).optional()
                .flatMap(this::load);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Strategy> strategyOf(ActionId action) {
        return jdbc.sql("SELECT strategy_id FROM strategy_action WHERE id = ?").params(action.value())
                .query(UUID.class).optional().flatMap(this::load);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Strategy> strategyOfObjective(ObjectiveId objective) {
        return jdbc.sql("""
                SELECT t.strategy_id FROM strategy_objective o JOIN strategy_theme t ON t.id = o.theme_id WHERE o.id = ?""")
                .params(objective.value()).query(UUID.class).optional().flatMap(this::load);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StrategyAction> actionFrom(ChecklistAnswerId answer) {
        return jdbc.sql("SELECT id FROM strategy_action WHERE checklist_answer_id = ? ORDER BY created_at LIMIT 1")
                .params(answer.value()).query(UUID.class).optional()
                .flatMap(id -> strategyOf(new ActionId(id)).flatMap(s -> s.action(new ActionId(id))));
    }

    private Optional<Strategy> load(UUID id) {
        record Head(String title, LocalDate starts, LocalDate ends, LocalDate adoptedOn, String adoptedBy) {
        }
        Optional<Head> head = jdbc.sql("SELECT title, starts_on, ends_on, adopted_on, adopted_by FROM strategy WHERE id = ?")
                .params(id).query((rs, n) -> new Head(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5)))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, List<StatusChange>> statuses = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT s.objective_id, s.status, s.recorded_on, s.recorded_by, s.note
                FROM strategy_objective_status s JOIN strategy_objective o ON o.id = s.objective_id
                JOIN strategy_theme t ON t.id = o.theme_id WHERE t.strategy_id = ?
                ORDER BY s.recorded_on, s.recorded_at, s.id""").params(id).query(rs -> {
                    statuses.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new StatusChange(ObjectiveStatus.valueOf(rs.getString(2)),
                                    rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)));
                });
        record ThemeRow(UUID id, String name) {
        }
        List<ThemeRow> themeRows = jdbc.sql("SELECT id, name FROM strategy_theme WHERE strategy_id = ? ORDER BY position")
                .params(id).query((rs, n) -> new ThemeRow(rs.getObject(1, UUID.class), rs.getString(2))).list();
        List<Theme> themes = new ArrayList<>();
        for (ThemeRow t : themeRows) {
            List<Objective> objectives = jdbc.sql("SELECT id, text FROM strategy_objective WHERE theme_id = ? ORDER BY position")
                    .params(t.id()).query((rs, n) -> {
                        UUID oid = rs.getObject(1, UUID.class);
                        return new Objective(new ObjectiveId(oid), new ThemeId(t.id()), t.name(), rs.getString(2),
                                statuses.getOrDefault(oid, List.of()));
                    }).list().stream().filter(o -> !o.history().isEmpty()).toList();
            themes.add(new Theme(new ThemeId(t.id()), t.name(), objectives));
        }
        Map<UUID, List<ObjectiveId>> mapped = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT m.area_id, m.objective_id FROM strategy_action_area_objective m
                JOIN strategy_action_area a ON a.id = m.area_id
                JOIN strategy_objective o ON o.id = m.objective_id
                JOIN strategy_theme t ON t.id = o.theme_id
                WHERE a.strategy_id = ? ORDER BY t.position, o.position""").params(id).query(rs -> {
                    mapped.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new ObjectiveId(rs.getObject(2, UUID.class)));
                });
        List<ActionArea> areas = jdbc.sql("SELECT id, number, title FROM strategy_action_area WHERE strategy_id = ? ORDER BY number")
                .params(id).query((rs, n) -> new ActionArea(new ActionAreaId(rs.getObject(1, UUID.class)), rs.getInt(2),
                        rs.getString(3), mapped.getOrDefault(rs.getObject(1, UUID.class), List.of()))).list();
        Map<UUID, List<ProgressUpdate>> progress = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.action_id, p.noted_on, p.text, p.recorded_by, p.rag, p.done FROM strategy_action_progress p
                JOIN strategy_action a ON a.id = p.action_id WHERE a.strategy_id = ?
                ORDER BY p.noted_on, p.recorded_at, p.id""").params(id).query(rs -> {
                    progress.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new ProgressUpdate(rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                                    Rag.parse(rs.getString(5)), rs.getBoolean(6)));
                });
        StrategyId sid = new StrategyId(id);
        List<StrategyAction> actions = jdbc.sql("""
                SELECT a.id, a.area_id, a.description, a.owner_agency_id, g.name, a.due_on, a.rag, a.done_on,
                       a.checklist_answer_id
                FROM strategy_action a JOIN agency g ON g.id = a.owner_agency_id WHERE a.strategy_id = ?
                ORDER BY a.due_on, a.created_at""").params(id).query((rs, n) -> {
                    UUID aid = rs.getObject(1, UUID.class);
                    UUID area = rs.getObject(2, UUID.class);
                    UUID answer = rs.getObject(9, UUID.class);
                    return new StrategyAction(new ActionId(aid), sid, area == null ? null : new ActionAreaId(area),
                            rs.getString(3), new AgencyId(rs.getObject(4, UUID.class)), rs.getString(5),
                            rs.getObject(6, LocalDate.class), Rag.valueOf(rs.getString(7)),
                            rs.getObject(8, LocalDate.class), answer == null ? null : new ChecklistAnswerId(answer),
                            progress.getOrDefault(aid, List.of()));
                }).list();
        Head h = head.get();
        return Optional.of(new Strategy(sid, h.title(), h.starts(), h.ends(), h.adoptedOn(), h.adoptedBy(), themes,
                areas, actions));
    }

    // ---- writes

    @Override
    public Strategy create(String title, LocalDate startsOn, LocalDate endsOn) {
        Map<String, String> errors = new LinkedHashMap<>();
        String t = text(errors, "title", title, NAME, "Enter the strategy's title", "Title");
        if (startsOn == null) {
            errors.put("startsOn", "Enter the date the strategy starts");
        }
        if (endsOn == null) {
            errors.put("endsOn", "Enter the date the strategy ends");
        } else if (startsOn != null && !endsOn.isAfter(startsOn)) {
            errors.put("endsOn", "The end date must be after the start date");
        }
        fail(errors);
        StrategyId id = StrategyId.random();
        jdbc.sql("INSERT INTO strategy (id, title, starts_on, ends_on) VALUES (?, ?, ?, ?)")
                .params(id.value(), t, startsOn, endsOn).update();
        audit.record(AuditAction.CREATE, "strategy", id);
        return load(id.value()).orElseThrow();
    }

    @Override
    public Strategy adopt(StrategyId id, LocalDate adoptedOn, String adoptedBy) {
        Strategy s = find(id).orElseThrow(NoSuchElementException::new);
        Map<String, String> errors = new LinkedHashMap<>();
        if (s.adopted()) {
            errors.put("adoptedOn", "This strategy has already been adopted");
        }
        if (adoptedOn == null) {
            errors.put("adoptedOn", "Enter the date the board adopted the strategy");
        } else if (adoptedOn.isAfter(today())) {
            errors.put("adoptedOn", "The date adopted must be today or in the past");
        }
        String by = text(errors, "adoptedBy", adoptedBy, NAME, "Enter who adopted it, for example the partnership board",
                "Who adopted it");
        fail(errors);
        jdbc.sql("UPDATE strategy SET adopted_on = ?, adopted_by = ? WHERE id = ?").params(adoptedOn, by, id.value())
                .update();
        audit.record(AuditAction.UPDATE, "strategy", id);
        return find(id).orElseThrow();
    }

    @Override
    public ThemeId addTheme(StrategyId id, String name) {
        Strategy s = find(id).orElseThrow(NoSuchElementException::new);
        Map<String, String> errors = new LinkedHashMap<>();
        String n = text(errors, "name", name, NAME, "Enter the theme's name", "Name");
        if (n != null && s.themes().stream().anyMatch(t -> t.name().equalsIgnoreCase(n))) {
            errors.put("name", "This strategy already has a theme called " + n);
        }
        fail(errors);
        ThemeId theme = ThemeId.random();
        jdbc.sql("INSERT INTO strategy_theme (id, strategy_id, name, position) VALUES (?, ?, ?, ?)")
                .params(theme.value(), id.value(), n, s.themes().size() + 1).update();
        audit.record(AuditAction.UPDATE, "strategy", id);
        return theme;
    }

    @Override
    public ObjectiveId addObjective(StrategyId id, ThemeId theme, String text, ObjectiveStatus status, LocalDate on,
            String note) {
        Strategy s = find(id).orElseThrow(NoSuchElementException::new);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Theme> t = theme == null ? Optional.empty()
                : s.themes().stream().filter(x -> x.id().equals(theme)).findFirst();
        if (t.isEmpty()) {
            errors.put("theme", "Select the theme the objective is under");
        }
        String o = text(errors, "text", text, TEXT, "Enter the objective", "The objective");
        if (on == null) {
            errors.put("on", "Enter the date of this status");
        }
        statusErrors(errors, status, on, note);
        fail(errors);
        ObjectiveId objective = ObjectiveId.random();
        jdbc.sql("INSERT INTO strategy_objective (id, theme_id, text, position) VALUES (?, ?, ?, ?)")
                .params(objective.value(), theme.value(), o, t.get().objectives().size() + 1).update();
        insertStatus(objective, status, on, note);
        audit.record(AuditAction.UPDATE, "strategy", id);
        return objective;
    }

    @Override
    public void recordStatus(ObjectiveId objective, ObjectiveStatus status, LocalDate on, String note) {
        Strategy s = strategyOfObjective(objective).orElseThrow(NoSuchElementException::new);
        Map<String, String> errors = new LinkedHashMap<>();
        if (on == null) {
            errors.put("on", "Enter the date of this status");
        }
        statusErrors(errors, status, on, note);
        fail(errors);
        insertStatus(objective, status, on, note);
        audit.record(AuditAction.UPDATE, "strategy", s.id());
    }

    private void statusErrors(Map<String, String> errors, ObjectiveStatus status, LocalDate on, String note) {
        if (status == null) {
            errors.put("status", "Select the objective's current performance");
        }
        if (on != null && on.isAfter(today())) {
            errors.put("on", "The date must be today or in the past");
        }
        if (note != null && note.length() > TEXT) {
            errors.put("note", "The note must be " + TEXT + " characters or fewer");
        }
    }

    private void insertStatus(ObjectiveId objective, ObjectiveStatus status, LocalDate on, String note) {
        jdbc.sql("""
                INSERT INTO strategy_objective_status (objective_id, status, recorded_on, recorded_by, note)
                VALUES (?, ?, ?, ?, ?)""").params(objective.value(), status.name(), on, who(), blankToNull(note))
                .update();
    }

    @Override
    public ActionAreaId addArea(StrategyId id, String title, List<ObjectiveId> objectives) {
        Strategy s = find(id).orElseThrow(NoSuchElementException::new);
        Map<String, String> errors = new LinkedHashMap<>();
        String t = text(errors, "title", title, NAME, "Enter the action area's title", "Title");
        List<ObjectiveId> chosen = objectives == null ? List.of() : objectives.stream().distinct().toList();
        if (chosen.isEmpty()) {
            errors.put("objectives", "Select the objectives this action area works towards");
        } else if (chosen.stream().anyMatch(o -> s.objective(o).isEmpty())) {
            errors.put("objectives", "Select objectives of this strategy");
        }
        fail(errors);
        ActionAreaId area = ActionAreaId.random();
        int number = s.areas().stream().mapToInt(ActionArea::number).max().orElse(0) + 1;
        jdbc.sql("INSERT INTO strategy_action_area (id, strategy_id, number, title) VALUES (?, ?, ?, ?)")
                .params(area.value(), id.value(), number, t).update();
        for (ObjectiveId o : chosen) {
            jdbc.sql("INSERT INTO strategy_action_area_objective (area_id, objective_id) VALUES (?, ?)")
                    .params(area.value(), o.value()).update();
        }
        audit.record(AuditAction.UPDATE, "strategy", id);
        return area;
    }

    @Override
    public ActionId addAction(StrategyId id, NewAction a) {
        Strategy s = find(id).orElseThrow(NoSuchElementException::new);
        Map<String, String> errors = new LinkedHashMap<>();
        if (a.area() != null && s.area(a.area()).isEmpty()) {
            errors.put("area", "Select an action area of this strategy");
        }
        String d = text(errors, "description", a.description(), TEXT, "Enter what is to be done", "The action");
        if (a.owner() == null || partnerships.agency(a.owner()).filter(g -> g.active()).isEmpty()) {
            errors.put("owner", "Select the partnership agency that owns the action");
        }
        if (a.dueOn() == null) {
            errors.put("dueOn", "Enter the date the action is due");
        }
        if (a.rag() == null) {
            errors.put("rag", "Select the action's RAG status");
        }
        if (a.fromAnswer() != null && jdbc.sql("SELECT count(*) FROM checklist_answer WHERE id = ?")
                .params(a.fromAnswer().value()).query(Integer.class).single() == 0) {
            errors.put("fromAnswer", "There is no such checklist answer");
        }
        fail(errors);
        ActionId action = ActionId.random();
        jdbc.sql("""
                INSERT INTO strategy_action (id, strategy_id, area_id, description, owner_agency_id, due_on, rag,
                    checklist_answer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(action.value(), id.value(), a.area() == null ? null : a.area().value(), d, a.owner().value(),
                        a.dueOn(), a.rag().name(), a.fromAnswer() == null ? null : a.fromAnswer().value())
                .update();
        audit.record(AuditAction.CREATE, "strategy_action", action);
        return action;
    }

    @Override
    public void progress(ActionId action, LocalDate on, String text, Rag rag, boolean done) {
        Strategy s = strategyOf(action).orElseThrow(NoSuchElementException::new);
        StrategyAction a = s.action(action).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        if (a.done()) {
            errors.put("text", "This action was marked done; it takes no more updates");
        }
        String t = text(errors, "text", text, TEXT, "Enter the progress made", "The update");
        if (on == null) {
            errors.put("on", "Enter the date of the update");
        } else if (on.isAfter(today())) {
            errors.put("on", "The date must be today or in the past");
        }
        fail(errors);
        jdbc.sql("""
                INSERT INTO strategy_action_progress (action_id, noted_on, text, rag, done, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?)""").params(action.value(), on, t, rag == null ? null : rag.name(), done, who())
                .update();
        jdbc.sql("UPDATE strategy_action SET rag = coalesce(?, rag), done_on = CASE WHEN ? THEN ? ELSE done_on END WHERE id = ?")
                .params(rag == null ? null : rag.name(), done, on, action.value()).update();
        audit.record(AuditAction.UPDATE, "strategy_action", action);
    }

    // ---- helpers

    private static String text(Map<String, String> errors, String field, String value, int most, String required,
            String label) {
        if (value == null || value.isBlank()) {
            errors.put(field, required);
            return null;
        }
        if (value.trim().length() > most) {
            errors.put(field, label + " must be " + most + " characters or fewer");
            return null;
        }
        return value.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void fail(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
