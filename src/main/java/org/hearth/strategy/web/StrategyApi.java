package org.hearth.strategy.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.web.ApiProblems.FieldProblem;
import org.hearth.strategy.ActionAreaId;
import org.hearth.strategy.ActionId;
import org.hearth.strategy.ChecklistAnswerId;
import org.hearth.strategy.Objective;
import org.hearth.strategy.ObjectiveId;
import org.hearth.strategy.ObjectiveStatus;
import org.hearth.strategy.Rag;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyAction;
import org.hearth.strategy.StrategyId;
import org.hearth.platform.InvalidInputException;
import org.hearth.strategy.StrategyOverview;
import org.hearth.strategy.StrategyPlans;
import org.hearth.strategy.StrategyStatus;
import org.hearth.strategy.ThemeId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Strategies and action plans as JSON. Coordinators and administrators write; analysts read. Refused input is a
 * 400 problem detail with each field under {@code errors}; an unknown id is a 404 problem detail.
 */
@RestController
@RequestMapping("/api/strategy")
@NotAudited("strategies are partnership-level records, not person data; StrategyPlans audits every change")
class StrategyApi {

    private final StrategyPlans plans;
    private final StrategyStatus status;

    StrategyApi(StrategyPlans plans, StrategyStatus status) {
        this.plans = plans;
        this.status = status;
    }

    // ---- views

    record StrategySummary(UUID id, String title, LocalDate startsOn, LocalDate endsOn, boolean adopted,
            LocalDate adoptedOn, String adoptedBy) {

        static StrategySummary of(Strategy s) {
            return new StrategySummary(s.id().value(), s.title(), s.startsOn(), s.endsOn(), s.adopted(), s.adoptedOn(),
                    s.adoptedBy());
        }
    }

    record StatusView(String status, String label, LocalDate on, String by, String note) {
    }

    record ObjectiveView(UUID id, String text, String status, String label, LocalDate statusSince,
            String previousStatus, List<StatusView> history, String prompt) {
    }

    record ThemeView(UUID id, String name, List<ObjectiveView> objectives) {
    }

    record AreaView(UUID id, int number, String title, List<UUID> objectives) {
    }

    record ProgressView(LocalDate on, String text, String by, String rag, boolean done) {
    }

    record ActionView(UUID id, UUID area, String description, UUID owner, String ownerName, LocalDate dueOn,
            String rag, boolean done, LocalDate doneOn, boolean overdue, UUID fromChecklistAnswer,
            List<ProgressView> progress) {
    }

    record StrategyView(StrategySummary strategy, List<ThemeView> themes, List<AreaView> areas,
            List<ActionView> actions) {
    }

    static ObjectiveView view(Strategy s, Objective o) {
        return new ObjectiveView(o.id().value(), o.text(), o.current().status().name(), o.current().status().label(),
                o.current().on(), o.previous() == null ? null : o.previous().status().name(),
                o.history().stream().map(c -> new StatusView(c.status().name(), c.status().label(), c.on(), c.by(),
                        c.note())).toList(), s.prompt(o.id()));
    }

    static ActionView view(StrategyAction a, LocalDate today) {
        return new ActionView(a.id().value(), a.area() == null ? null : a.area().value(), a.description(),
                a.owner().value(), a.ownerName(), a.dueOn(), a.rag().name(), a.done(), a.doneOn(), a.overdue(today),
                a.fromAnswer() == null ? null : a.fromAnswer().value(),
                a.progress().stream().map(p -> new ProgressView(p.on(), p.text(), p.by(),
                        p.rag() == null ? null : p.rag().name(), p.done())).toList());
    }

    StrategyView view(Strategy s) {
        LocalDate today = plans.today();
        return new StrategyView(StrategySummary.of(s),
                s.themes().stream().map(t -> new ThemeView(t.id().value(), t.name(),
                        t.objectives().stream().map(o -> view(s, o)).toList())).toList(),
                s.areas().stream().map(a -> new AreaView(a.id().value(), a.number(), a.title(),
                        a.objectives().stream().map(ObjectiveId::value).toList())).toList(),
                s.actions().stream().map(a -> view(a, today)).toList());
    }

    private Strategy strategy(UUID id) {
        return plans.find(new StrategyId(id)).orElseThrow(NoSuchElementException::new);
    }

    // ---- reads

    @GetMapping("/strategies")
    List<StrategySummary> strategies() {
        return plans.all().stream().map(StrategySummary::of).toList();
    }

    @GetMapping("/strategies/{id}")
    StrategyView strategyById(@PathVariable UUID id) {
        return view(strategy(id));
    }

    @GetMapping("/strategies/{id}/overdue")
    List<ActionView> overdue(@PathVariable UUID id) {
        LocalDate today = plans.today();
        return strategy(id).overdue(today).stream().map(a -> view(a, today)).toList();
    }

    /** The adopted strategy covering a day (default today), as dashboards read it; 404 when there is none. */
    @GetMapping("/status")
    StrategyOverview current(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return status.current(on == null ? plans.today() : on).orElseThrow(NoSuchElementException::new);
    }

    // ---- writes

    record NewStrategy(String title, LocalDate startsOn, LocalDate endsOn) {
    }

    @PostMapping("/strategies")
    @PreAuthorize(StrategyController.MANAGE)
    ResponseEntity<StrategyView> create(@RequestBody NewStrategy body) {
        Strategy s = plans.create(body.title(), body.startsOn(), body.endsOn());
        return ResponseEntity.created(URI.create("/api/strategy/strategies/" + s.id())).body(view(s));
    }

    record Adoption(LocalDate adoptedOn, String adoptedBy) {
    }

    @PostMapping("/strategies/{id}/adopt")
    @PreAuthorize(StrategyController.MANAGE)
    StrategyView adopt(@PathVariable UUID id, @RequestBody Adoption body) {
        return view(plans.adopt(strategy(id).id(), body.adoptedOn(), body.adoptedBy()));
    }

    record NewTheme(String name) {
    }

    record Created(UUID id) {
    }

    @PostMapping("/strategies/{id}/themes")
    @PreAuthorize(StrategyController.MANAGE)
    ResponseEntity<Created> addTheme(@PathVariable UUID id, @RequestBody NewTheme body) {
        return created(plans.addTheme(strategy(id).id(), body.name()).value());
    }

    record NewObjective(UUID theme, String text, ObjectiveStatus status, LocalDate on, String note) {
    }

    @PostMapping("/strategies/{id}/objectives")
    @PreAuthorize(StrategyController.MANAGE)
    ResponseEntity<Created> addObjective(@PathVariable UUID id, @RequestBody NewObjective body) {
        return created(plans.addObjective(strategy(id).id(), body.theme() == null ? null : new ThemeId(body.theme()),
                body.text(), body.status(), body.on(), body.note()).value());
    }

    record NewStatus(ObjectiveStatus status, LocalDate on, String note) {
    }

    @PostMapping("/objectives/{id}/status")
    @PreAuthorize(StrategyController.MANAGE)
    ObjectiveView recordStatus(@PathVariable UUID id, @RequestBody NewStatus body) {
        ObjectiveId objective = new ObjectiveId(id);
        plans.recordStatus(objective, body.status(), body.on(), body.note());
        Strategy s = plans.strategyOfObjective(objective).orElseThrow();
        return view(s, s.objective(objective).orElseThrow());
    }

    record NewArea(String title, List<UUID> objectives) {
    }

    @PostMapping("/strategies/{id}/areas")
    @PreAuthorize(StrategyController.MANAGE)
    ResponseEntity<Created> addArea(@PathVariable UUID id, @RequestBody NewArea body) {
        List<ObjectiveId> objectives = body.objectives() == null ? List.of()
                : body.objectives().stream().filter(java.util.Objects::nonNull).map(ObjectiveId::new).toList();
        return created(plans.addArea(strategy(id).id(), body.title(), objectives).value());
    }

    record NewAction(UUID area, String description, UUID owner, LocalDate dueOn, Rag rag, UUID fromChecklistAnswer) {
    }

    @PostMapping("/strategies/{id}/actions")
    @PreAuthorize(StrategyController.MANAGE)
    ResponseEntity<ActionView> addAction(@PathVariable UUID id, @RequestBody NewAction body) {
        Strategy s = strategy(id);
        ActionId action = plans.addAction(s.id(), new StrategyPlans.NewAction(
                body.area() == null ? null : new ActionAreaId(body.area()), body.description(),
                body.owner() == null ? null : new AgencyId(body.owner()), body.dueOn(), body.rag(),
                body.fromChecklistAnswer() == null ? null : new ChecklistAnswerId(body.fromChecklistAnswer())));
        return ResponseEntity.created(URI.create("/api/strategy/actions/" + action)).body(action(action));
    }

    @GetMapping("/actions/{id}")
    ActionView action(@PathVariable UUID id) {
        return action(new ActionId(id));
    }

    private ActionView action(ActionId id) {
        Strategy s = plans.strategyOf(id).orElseThrow(NoSuchElementException::new);
        return view(s.action(id).orElseThrow(), plans.today());
    }

    record NewProgress(String text, LocalDate on, Rag rag, Boolean done) {
    }

    @PostMapping("/actions/{id}/progress")
    @PreAuthorize(StrategyController.MANAGE)
    ActionView progress(@PathVariable UUID id, @RequestBody NewProgress body) {
        ActionId action = new ActionId(id);
        plans.progress(action, body.on(), body.text(), body.rag(), Boolean.TRUE.equals(body.done()));
        return action(action);
    }

    private static ResponseEntity<Created> created(UUID id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(id));
    }
}
