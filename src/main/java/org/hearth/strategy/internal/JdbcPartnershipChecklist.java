package org.hearth.strategy.internal;

import org.hearth.platform.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.strategy.ChecklistAnswer;
import org.hearth.strategy.ChecklistAnswerId;
import org.hearth.strategy.ChecklistArea;
import org.hearth.strategy.ChecklistQuestion;
import org.hearth.strategy.ChecklistResponse;
import org.hearth.strategy.ChecklistRun;
import org.hearth.strategy.ChecklistRunId;
import org.hearth.strategy.PartnershipChecklist;
import org.hearth.strategy.PartnershipProblem;
import org.hearth.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The checklist's questions (migration V51) and runs in PostgreSQL; each run is audited. */
@Service
@Transactional
class JdbcPartnershipChecklist implements PartnershipChecklist {

    static final int NOTE = 2000;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    JdbcPartnershipChecklist(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChecklistQuestion> questions() {
        List<ChecklistQuestion> all = jdbc.sql("SELECT code, area, position, text, problem FROM checklist_question")
                .query((rs, n) -> new ChecklistQuestion(rs.getString(1), ChecklistArea.valueOf(rs.getString(2)),
                        rs.getInt(3), rs.getString(4),
                        rs.getString(5) == null ? null : PartnershipProblem.valueOf(rs.getString(5))))
                .list();
        return all.stream().sorted(java.util.Comparator.comparing(ChecklistQuestion::area)
                .thenComparing(ChecklistQuestion::position)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChecklistRun> runs() {
        return jdbc.sql("SELECT id FROM checklist_run ORDER BY run_on DESC, created_at DESC").query(UUID.class).list()
                .stream().map(id -> load(id).orElseThrow()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ChecklistRun> find(ChecklistRunId id) {
        return load(id.value());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ChecklistRun> runOf(ChecklistAnswerId answer) {
        return jdbc.sql("SELECT run_id FROM checklist_answer WHERE id = ?").params(answer.value()).query(UUID.class)
                .optional().flatMap(this::load);
    }

    private Optional<ChecklistRun> load(UUID id) {
        record Head(LocalDate on, String by) {
        }
        Optional<Head> head = jdbc.sql("SELECT run_on, recorded_by FROM checklist_run WHERE id = ?").params(id)
                .query((rs, n) -> new Head(rs.getObject(1, LocalDate.class), rs.getString(2))).optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ChecklistQuestion> questions = new LinkedHashMap<>();
        questions().forEach(q -> questions.put(q.code(), q));
        Map<String, ChecklistResponse> byCode = new LinkedHashMap<>();
        jdbc.sql("SELECT id, question_code, answer, note FROM checklist_answer WHERE run_id = ?").params(id)
                .query(rs -> {
                    byCode.put(rs.getString(2), new ChecklistResponse(new ChecklistAnswerId(rs.getObject(1, UUID.class)),
                            questions.get(rs.getString(2)), ChecklistAnswer.valueOf(rs.getString(3)), rs.getString(4)));
                });
        List<ChecklistResponse> ordered = new ArrayList<>();
        questions.keySet().forEach(code -> {
            if (byCode.containsKey(code)) {
                ordered.add(byCode.get(code));
            }
        });
        return Optional.of(new ChecklistRun(new ChecklistRunId(id), head.get().on(), head.get().by(), ordered));
    }

    @Override
    public ChecklistRun record(LocalDate runOn, Map<String, ChecklistAnswer> answers, Map<String, String> notes) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (runOn == null) {
            errors.put("runOn", "Enter the date the checklist was completed");
        } else if (runOn.isAfter(LocalDate.now(Dates.UK))) {
            errors.put("runOn", "The date must be today or in the past");
        }
        List<ChecklistQuestion> questions = questions();
        for (ChecklistQuestion q : questions) {
            if (answers.get(q.code()) == null) {
                errors.put("answer-" + q.code(), "Answer question " + q.code() + ": yes, partly or no");
            }
            String note = notes.get(q.code());
            if (note != null && note.length() > NOTE) {
                errors.put("note-" + q.code(), "The note on " + q.code() + " must be " + NOTE + " characters or fewer");
            }
        }
        for (String code : answers.keySet()) {
            if (questions.stream().noneMatch(q -> q.code().equals(code))) {
                errors.put("answer-" + code, "There is no checklist question " + code);
            }
        }
        InvalidInputException.refuseIfAny(errors);
        ChecklistRunId id = ChecklistRunId.random();
        jdbc.sql("INSERT INTO checklist_run (id, run_on, recorded_by) VALUES (?, ?, ?)")
                .params(id.value(), runOn, JdbcStrategyPlans.who()).update();
        for (ChecklistQuestion q : questions) {
            String note = notes.get(q.code());
            jdbc.sql("INSERT INTO checklist_answer (id, run_id, question_code, answer, note) VALUES (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id.value(), q.code(), answers.get(q.code()).name(),
                            note == null || note.isBlank() ? null : note.trim())
                    .update();
        }
        audit.record(AuditAction.CREATE, "checklist_run", id);
        return find(id).orElseThrow();
    }
}
