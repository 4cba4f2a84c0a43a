package org.hearth.casework.internal;

import org.hearth.platform.Dates;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseOutcomes;
import org.hearth.casework.CaseService;
import org.hearth.casework.CaseServices;
import org.hearth.casework.CaseStatus;
import org.hearth.casework.ClosureReason;
import org.hearth.casework.Outcome;
import org.hearth.casework.OutcomeAnswer;
import org.hearth.casework.OutcomeMeasure;
import org.hearth.casework.OutcomeStage;
import org.hearth.casework.RiskLevel;
import org.hearth.people.AccessGrant;
import org.hearth.people.PersonAccess;
import org.hearth.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcCaseOutcomes implements CaseOutcomes {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final JdbcCasework cases;
    private final CaseServices services;
    private final PersonAccess access;

    JdbcCaseOutcomes(JdbcClient jdbc, AuditTrail audit, JdbcCasework cases, CaseServices services,
            PersonAccess access) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.cases = cases;
        this.services = services;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutcomeMeasure> measures() {
        return jdbc.sql("SELECT code, label, kind FROM casework_outcome_measure WHERE active ORDER BY position, code")
                .query((rs, n) -> new OutcomeMeasure(rs.getString(1), rs.getString(2),
                        OutcomeMeasure.Kind.valueOf(rs.getString(3)))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClosureReason> closureReasons() {
        return jdbc.sql("""
                SELECT code, label, needs_outcomes FROM casework_closure_reason WHERE active ORDER BY position, code""")
                .query((rs, n) -> new ClosureReason(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    @Override
    public Outcome record(CaseId id, OutcomeStage stage, LocalDate on, RiskLevel risk,
            Map<String, OutcomeAnswer> answers, String notes) {
        Actor me = Roles.staff();
        CaseRow r = cases.workable(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (stage == null) {
            errors.put("stage", "Choose when these outcomes are recorded: intake, review or exit");
        }
        date(on, r.c(), "recordedOn", "the outcomes", errors);
        if (risk == null) {
            errors.put("risk", "Choose the risk as you see it now");
        }
        Map<String, OutcomeAnswer> given = answers == null ? Map.of() : answers;
        Map<String, OutcomeAnswer> kept = new LinkedHashMap<>();
        for (OutcomeMeasure m : measures()) {
            OutcomeAnswer a = given.get(m.code());
            OutcomeStage at = stage == null ? OutcomeStage.EXIT : stage;
            boolean required = m.kind() == OutcomeMeasure.Kind.ABUSE || at != OutcomeStage.INTAKE;
            if (a == null) {
                if (required) {
                    errors.put("answer-" + m.code(), "Answer " + m.label().toLowerCase(java.util.Locale.UK));
                }
            } else if (!OutcomeAnswer.allowed(m.kind(), at).contains(a)) {
                errors.put("answer-" + m.code(), m.label() + " at " + at.label().toLowerCase(java.util.Locale.UK)
                        + " is one of: " + OutcomeAnswer.allowed(m.kind(), at).stream().map(OutcomeAnswer::label)
                                .collect(Collectors.joining(", ")));
            } else {
                kept.put(m.code(), a);
            }
        }
        String text = text(notes, "notes", "The notes", errors);
        InvalidInputException.refuseIfAny(errors);
        UUID outcome = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casework_outcome (id, case_id, stage, recorded_on, risk, notes, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""").params(outcome, id.value(), stage.name(), on, risk.name(), text,
                me.actorId()).update();
        kept.forEach((code, a) -> jdbc.sql("""
                INSERT INTO casework_outcome_answer (outcome_id, measure_code, answer) VALUES (?, ?, ?)""")
                .params(outcome, code, a.name()).update());
        audit.record(AuditAction.CREATE, "casework-outcome", List.of(outcome.toString(), id.toString(),
                r.c().person().toString()), stage.name());
        return list(id).stream().filter(o -> o.id().equals(outcome)).findFirst().orElseThrow();
    }

    private static void date(LocalDate on, Case c, String field, String what, Map<String, String> errors) {
        if (on == null) {
            errors.put(field, "Enter the date of " + what);
        } else if (on.isAfter(LocalDate.now(Dates.UK))) {
            errors.put(field, "The date of " + what + " must be today or in the past");
        } else if (on.isBefore(c.referredOn())) {
            errors.put(field, "The date of " + what + " cannot be before the referral on "
                    + org.hearth.platform.Dates.DAY.format(c.referredOn()));
        }
    }

    private static String text(String value, String field, String name, Map<String, String> errors) {
        String t = value == null ? "" : value.strip();
        if (t.length() > JdbcCasework.MAX_TEXT) {
            errors.put(field, name + " must be " + JdbcCasework.MAX_TEXT + " characters or fewer");
        }
        return t.isEmpty() ? null : t;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Outcome> outcomes(CaseId id) {
        cases.readable(id, "outcomes");
        return list(id);
    }

    private List<Outcome> list(CaseId id) {
        Map<UUID, Map<String, OutcomeAnswer>> answers = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT a.outcome_id, a.measure_code, a.answer FROM casework_outcome_answer a
                JOIN casework_outcome o ON o.id = a.outcome_id WHERE o.case_id = ?""").param(id.value())
                .query((rs, n) -> answers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), OutcomeAnswer.valueOf(rs.getString(3)))).list();
        return jdbc.sql("""
                SELECT o.*, u.display_name FROM casework_outcome o LEFT JOIN staff_user u ON u.id = o.recorded_by
                WHERE o.case_id = ? ORDER BY o.recorded_on, o.recorded_at""").param(id.value())
                .query((rs, n) -> {
                    UUID oid = rs.getObject("id", UUID.class);
                    return new Outcome(oid, id, OutcomeStage.valueOf(rs.getString("stage")),
                            rs.getObject("recorded_on", LocalDate.class), RiskLevel.valueOf(rs.getString("risk")),
                            answers.getOrDefault(oid, Map.of()), rs.getString("notes"), rs.getString("display_name"),
                            CaseRow.instant(rs, "recorded_at"));
                }).list();
    }

    // ------------------------------------------------------------------------------------------- closure

    @Override
    public Case close(CaseId id, String reason, LocalDate on, String note) {
        Actor me = Roles.staff();
        CaseRow r = cases.workable(id);
        Case c = r.c();
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ClosureReason> why = reason == null ? Optional.empty()
                : closureReasons().stream().filter(x -> x.code().equals(reason.strip())).findFirst();
        if (why.isEmpty()) {
            errors.put("reason", "Choose why the case is closing");
        } else if (why.get().needsOutcomes() && !hasExitOutcomes(id)) {
            errors.put("reason", "Record the exit outcomes before closing the case: only a case closed because the"
                    + " person disengaged, declined support or could not be contacted closes without them");
        }
        date(on, c, "closedOn", "closing", errors);
        String text = text(note, "note", "The note", errors);
        if (c.pendingHandover() != null) {
            errors.put("reason", "A handover of this case is waiting to be accepted: the receiving service closes"
                    + " it once it holds the case");
        }
        InvalidInputException.refuseIfAny(errors);
        jdbc.sql("""
                UPDATE casework_case SET status = 'CLOSED', closed_on = ?, closure_reason = ?, closure_note = ?
                WHERE id = ?""").params(on, why.get().code(), text, id.value()).update();
        jdbc.sql("""
                INSERT INTO casework_closure (id, case_id, closed_on, reason, note, closed_by)
                VALUES (?, ?, ?, ?, ?, ?)""").params(UUID.randomUUID(), id.value(), on, why.get().code(), text,
                me.actorId()).update();
        int ended = endGrants(c);
        audit.record(AuditAction.UPDATE, "casework-case", List.of(id.toString(), c.person().toString()),
                "closed: " + why.get().code() + "; " + ended + " grant(s) of the case ended");
        return cases.row(id.value()).orElseThrow().c();
    }

    /** Exit outcomes recorded since the case was last reopened. */
    private boolean hasExitOutcomes(CaseId id) {
        return jdbc.sql("""
                SELECT count(*) FROM casework_outcome o WHERE o.case_id = :id AND o.stage = 'EXIT'
                  AND o.recorded_at > COALESCE((SELECT max(reopened_at) FROM casework_closure WHERE case_id = :id),
                                               '-infinity'::timestamptz)""")
                .param("id", id.value()).query(Long.class).single() > 0;
    }

    /**
     * Ends the need-to-know the case granted: the worker's and the agency's {@code ALLOCATED} grants on the case's
     * basis, and any receiving agency's {@code HANDOVER} grant of its handovers. Grants on other grounds stay.
     */
    private int endGrants(Case c) {
        Set<String> handovers = jdbc.sql("SELECT id FROM casework_handover WHERE case_id = ?").param(c.id().value())
                .query(UUID.class).list().stream().map(UUID::toString).collect(Collectors.toSet());
        int n = 0;
        for (AccessGrant g : access.currentGrants(c.person())) {
            if (g.basis() == null) {
                continue;
            }
            boolean caseGrant = g.basis().kind().equals(JdbcCasework.CASE_BASIS)
                    && g.basis().id().equals(c.id().toString());
            boolean handoverGrant = g.basis().kind().equals(JdbcCasework.HANDOVER_BASIS)
                    && handovers.contains(g.basis().id());
            if (caseGrant || handoverGrant) {
                access.end(g.id());
                n++;
            }
        }
        return n;
    }

    @Override
    public Case reopen(CaseId id, String reason) {
        Actor me = Roles.staff();
        CaseRow r = cases.row(id.value()).orElseThrow(() -> new NoSuchElementException("No such case"));
        Case c = r.c();
        if (!Roles.casework() || !cases.managerOf(c.service(), me.actorId())) {
            throw new AccessDeniedException("For the service's managers");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.status() != CaseStatus.CLOSED) {
            errors.put("reopenReason", "The case is not closed");
        }
        String text = text(reason, "reopenReason", "The reason", errors);
        if (text == null && !errors.containsKey("reopenReason")) {
            errors.put("reopenReason", "Say why the case is reopened");
        }
        if (c.status() == CaseStatus.CLOSED && cases.openCaseOfKind(c.person(), c.kind()).isPresent()) {
            errors.put("reopenReason", "This person has another open case with a service of this kind: work on that"
                    + " case instead");
        }
        InvalidInputException.refuseIfAny(errors);
        CaseService service = services.find(c.service()).orElseThrow();
        boolean backToWorker = c.worker() != null && service.hasWorker(c.worker());
        jdbc.sql("""
                UPDATE casework_case SET status = ?, worker_id = ?, allocated_at = CASE WHEN ? THEN now() END,
                    closed_on = NULL, closure_reason = NULL, closure_note = NULL WHERE id = ?""")
                .params(backToWorker ? "OPEN" : "AWAITING_ALLOCATION", backToWorker ? c.worker().value() : null,
                        backToWorker, id.value()).update();
        jdbc.sql("""
                UPDATE casework_closure SET reopened_at = now(), reopened_by = ?, reopen_reason = ?
                WHERE case_id = ? AND reopened_at IS NULL""").params(me.actorId(), text, id.value()).update();
        if (backToWorker) {
            cases.grantAllocation(c, c.worker(), service.agency());
        }
        audit.record(AuditAction.UPDATE, "casework-case", List.of(id.toString(), c.person().toString()),
                "reopened" + (backToWorker ? " with its worker" : " into the allocation queue"));
        return cases.row(id.value()).orElseThrow().c();
    }
}
