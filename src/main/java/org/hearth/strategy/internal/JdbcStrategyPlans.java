package org.hearth.strategy.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.hearth.strategy.ActionArea;
import org.hearth.strategy.ActionAreaId;
import org.hearth.strategy.ActionId;
import org.hearth.strategy.ChecklistAnswerId;
import org.hearth.strategy.ObjectiveId;
import org.hearth.strategy.ObjectiveStatus;
import org.hearth.strategy.Rag;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyAction;
import org.hearth.strategy.StrategyId;
import org.hearth.strategy.StrategyPlans;
import org.hearth.strategy.ThemeId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategies, each call in one transaction: the rules ({@link StrategyPlanRules}, no database) applied, the SQL in
 * {@link StrategyStore}, a whole strategy read by {@link StrategyReader}. Every change is audited against the strategy
 * ({@code strategy}) or the action ({@code strategy_action}).
 */
@Service
@Transactional
class JdbcStrategyPlans implements StrategyPlans {

    private final StrategyStore store;
    private final StrategyReader reader;
    private final AuditTrail audit;
    private final Partnerships partnerships;

    JdbcStrategyPlans(StrategyStore store, StrategyReader reader, AuditTrail audit, Partnerships partnerships) {
        this.store = store;
        this.reader = reader;
        this.audit = audit;
        this.partnerships = partnerships;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    static String who() {
        return Actor.current().map(Actor::displayName).orElse("Hearth set-up");
    }

    // ---- reads

    @Override
    @Transactional(readOnly = true)
    public List<Strategy> all() {
        return store.all().stream().map(id -> reader.load(id).orElseThrow()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Strategy> find(StrategyId id) {
        return reader.load(id.value());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Strategy> current(LocalDate on) {
        return store.current(on).flatMap(reader::load);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Strategy> currentActions(LocalDate on) {
        return store.current(on).flatMap(reader::loadActions);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Strategy> strategyOf(ActionId action) {
        return store.strategyOf(action).flatMap(reader::load);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Strategy> strategyOfObjective(ObjectiveId objective) {
        return store.strategyOf(objective).flatMap(reader::load);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StrategyAction> actionFrom(ChecklistAnswerId answer) {
        return store.actionFrom(answer).map(ActionId::new)
                .flatMap(id -> strategyOf(id).flatMap(s -> s.action(id)));
    }

    // ---- writes

    @Override
    public Strategy create(String title, LocalDate startsOn, LocalDate endsOn) {
        StrategyPlanRules.strategy(title, startsOn, endsOn).fail();
        StrategyId id = StrategyId.random();
        store.addStrategy(id, title.trim(), startsOn, endsOn);
        audit.record(AuditAction.CREATE, "strategy", id);
        return find(id).orElseThrow();
    }

    @Override
    public Strategy adopt(StrategyId id, LocalDate adoptedOn, String adoptedBy) {
        Strategy s = find(id).orElseThrow(NoSuchElementException::new);
        StrategyPlanRules.adoption(s, adoptedOn, adoptedBy, today()).fail();
        store.adopt(id, adoptedOn, adoptedBy.trim());
        audit.record(AuditAction.UPDATE, "strategy", id);
        return find(id).orElseThrow();
    }

    @Override
    public ThemeId addTheme(StrategyId id, String name) {
        Strategy s = find(id).orElseThrow(NoSuchElementException::new);
        StrategyPlanRules.theme(s, name).fail();
        ThemeId theme = ThemeId.random();
        store.addTheme(theme, id, name.trim(), s.themes().size() + 1);
        audit.record(AuditAction.UPDATE, "strategy", id);
        return theme;
    }

    @Override
    public ObjectiveId addObjective(StrategyId id, ThemeId theme, String text, ObjectiveStatus status, LocalDate on,
            String note) {
        Strategy s = find(id).orElseThrow(NoSuchElementException::new);
        StrategyPlanRules.objective(s, theme, text, status, on, note, today()).fail();
        ObjectiveId objective = ObjectiveId.random();
        store.addObjective(objective, theme, text.trim(),
                StrategyPlanRules.themeOf(s, theme).orElseThrow().objectives().size() + 1);
        store.addStatus(objective, status, on, who(), StrategyPlanRules.blankToNull(note));
        audit.record(AuditAction.UPDATE, "strategy", id);
        return objective;
    }

    @Override
    public void recordStatus(ObjectiveId objective, ObjectiveStatus status, LocalDate on, String note) {
        Strategy s = strategyOfObjective(objective).orElseThrow(NoSuchElementException::new);
        StrategyPlanRules.status(status, on, note, today()).fail();
        store.addStatus(objective, status, on, who(), StrategyPlanRules.blankToNull(note));
        audit.record(AuditAction.UPDATE, "strategy", s.id());
    }

    @Override
    public ActionAreaId addArea(StrategyId id, String title, List<ObjectiveId> objectives) {
        Strategy s = find(id).orElseThrow(NoSuchElementException::new);
        List<ObjectiveId> chosen = objectives == null ? List.of() : objectives.stream().distinct().toList();
        StrategyPlanRules.area(s, title, chosen).fail();
        ActionAreaId area = ActionAreaId.random();
        int number = s.areas().stream().mapToInt(ActionArea::number).max().orElse(0) + 1;
        store.addArea(area, id, number, title.trim(), chosen);
        audit.record(AuditAction.UPDATE, "strategy", id);
        return area;
    }

    @Override
    public ActionId addAction(StrategyId id, NewAction a) {
        Strategy s = find(id).orElseThrow(NoSuchElementException::new);
        boolean ownerActive = a.owner() != null && partnerships.agency(a.owner()).filter(g -> g.active()).isPresent();
        boolean answerKnown = a.fromAnswer() == null || store.answerExists(a.fromAnswer());
        StrategyPlanRules.action(s, a, ownerActive, answerKnown).fail();
        ActionId action = ActionId.random();
        store.addAction(action, id, a.area(), a.description().trim(), a.owner().value(), a.dueOn(), a.rag(),
                a.fromAnswer());
        audit.record(AuditAction.CREATE, "strategy_action", action);
        return action;
    }

    @Override
    public void progress(ActionId action, LocalDate on, String text, Rag rag, boolean done) {
        Strategy s = strategyOf(action).orElseThrow(NoSuchElementException::new);
        StrategyAction a = s.action(action).orElseThrow();
        StrategyPlanRules.progress(a, on, text, today()).fail();
        store.addProgress(action, on, text.trim(), rag, done, who());
        audit.record(AuditAction.UPDATE, "strategy_action", action);
    }
}
