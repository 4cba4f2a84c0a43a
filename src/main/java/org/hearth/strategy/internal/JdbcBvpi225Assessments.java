package org.hearth.strategy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.platform.Dates;
import org.hearth.strategy.Bvpi225Answer;
import org.hearth.strategy.Bvpi225Assessment;
import org.hearth.strategy.Bvpi225Assessments;
import org.hearth.strategy.Bvpi225Evidence;
import org.hearth.strategy.Bvpi225LockedException;
import org.hearth.strategy.Bvpi225Proposal;
import org.hearth.strategy.Bvpi225Question;
import org.hearth.strategy.Bvpi225Status;
import org.hearth.strategy.Rag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * BVPI 225 assessments in PostgreSQL: one row per revision, answers beside it. A database trigger refuses any change
 * to a reported revision, so the lock holds even against a bug here. Every change is on the audit trail (record type
 * {@code bvpi225_assessment}); reads are not, as these are partnership figures, not person data.
 */
@Service
@Transactional
class JdbcBvpi225Assessments implements Bvpi225Assessments {
    static final String RECORD_TYPE = "bvpi225_assessment";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final List<Bvpi225Evidence> evidence;

    JdbcBvpi225Assessments(JdbcClient jdbc, AuditTrail audit, List<Bvpi225Evidence> evidence) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.evidence = evidence;
    }

    static Optional<String> normalise(String period) {
        return Bvpi225Assessment.period(period);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Bvpi225Question> questions() {
        return jdbc.sql("SELECT number, text, full_question, guidance FROM bvpi225_question ORDER BY number")
                .query((rs, i) -> new Bvpi225Question(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Bvpi225Assessment> periods() {
        return load("""
                WHERE a.revision = (SELECT max(b.revision) FROM bvpi225_assessment b WHERE b.period = a.period)
                ORDER BY a.starts_on DESC, a.period DESC""");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Bvpi225Assessment> find(String period) {
        return normalise(period).flatMap(p -> load("WHERE a.period = ? ORDER BY a.revision DESC LIMIT 1", p)
                .stream().findFirst());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Bvpi225Assessment> revisions(String period) {
        return normalise(period).map(p -> load("WHERE a.period = ? ORDER BY a.revision", p)).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Bvpi225Assessment> reportedHistory() {
        return load("""
                WHERE a.status = 'REPORTED' AND a.revision = (SELECT max(b.revision) FROM bvpi225_assessment b
                                                             WHERE b.period = a.period AND b.status = 'REPORTED')
                ORDER BY a.starts_on, a.period""");
    }

    @Override
    public Bvpi225Assessment start(String period, LocalDate startsOn, LocalDate endsOn) {
        String name = normalise(period).orElseThrow(() -> new IllegalArgumentException("Not a period: " + period));
        if (startsOn == null || endsOn == null || !endsOn.isAfter(startsOn)) {
            throw new IllegalArgumentException("A period ends after it starts");
        }
        if (find(name).isPresent()) {
            throw new IllegalArgumentException("BVPI 225 for " + name + " has already been started");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO bvpi225_assessment (id, period, starts_on, ends_on, revision, status)
                VALUES (?, ?, ?, ?, 1, 'DRAFT')""").params(id, name, startsOn, endsOn).update();
        for (int q = 1; q <= Bvpi225Question.COUNT; q++) {
            jdbc.sql("INSERT INTO bvpi225_answer (assessment_id, question) VALUES (?, ?)").params(id, q).update();
        }
        audit.record(AuditAction.CREATE, RECORD_TYPE, List.of(id.toString()), "BVPI 225 " + name + " started");
        return byId(id);
    }

    @Override
    public Bvpi225Assessment answer(String period, List<Bvpi225Answer> answers) {
        Bvpi225Assessment current = draft(period);
        Map<Integer, Bvpi225Proposal> proposals = new HashMap<>();
        proposals(today()).forEach(p -> proposals.put(p.question(), p));
        for (Bvpi225Answer a : answers) {
            if (a.question() < 1 || a.question() > Bvpi225Question.COUNT) {
                throw new IllegalArgumentException("No such question: " + a.question());
            }
            Bvpi225Proposal proposal = proposals.get(a.question());
            boolean overridden = proposal.overriddenBy(a.yes());
            String evidenceText = a.evidence() == null || a.evidence().isBlank() ? null : a.evidence().trim();
            if (overridden && evidenceText == null) {
                throw new IllegalArgumentException("Answering otherwise than Hearth proposes for question "
                        + a.question() + " needs evidence");
            }
            if (evidenceText == null && proposal.hasAnswer() && a.yes() != null) {
                // accepting the proposal: its reasoning is the evidence
                evidenceText = proposal.reasoning();
            }
            jdbc.sql("""
                    UPDATE bvpi225_answer SET answer = ?, rag = ?, evidence = ?, proposed = ?, overridden = ?
                    WHERE assessment_id = ? AND question = ?""")
                    .params(a.yes(), a.rag() == null ? null : a.rag().name(), evidenceText, proposal.yes(),
                            overridden, current.id(), a.question())
                    .update();
        }
        jdbc.sql("UPDATE bvpi225_assessment SET updated_at = now() WHERE id = ?").params(current.id()).update();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, List.of(current.id().toString()),
                "BVPI 225 " + current.period() + " answers saved");
        return byId(current.id());
    }

    @Override
    public Bvpi225Assessment report(String period, LocalDate on) {
        Bvpi225Assessment current = draft(period);
        if (!current.complete()) {
            throw new IllegalArgumentException("Answer every question and give each a RAG status before reporting");
        }
        jdbc.sql("UPDATE bvpi225_assessment SET status = 'REPORTED', reported_on = ?, updated_at = now() WHERE id = ?")
                .params(on, current.id()).update();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, List.of(current.id().toString()),
                "BVPI 225 " + current.period() + " reported at " + current.score().percent() + "%");
        return byId(current.id());
    }

    @Override
    public Bvpi225Assessment correct(String period) {
        Bvpi225Assessment last = find(period).orElseThrow(() -> new java.util.NoSuchElementException(period));
        if (!last.reported()) {
            throw new IllegalStateException("BVPI 225 for " + last.period() + " is still a draft");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO bvpi225_assessment (id, period, starts_on, ends_on, revision, status)
                VALUES (?, ?, ?, ?, ?, 'DRAFT')""")
                .params(id, last.period(), last.startsOn(), last.endsOn(), last.revision() + 1).update();
        jdbc.sql("""
                INSERT INTO bvpi225_answer (assessment_id, question, answer, rag, evidence, proposed, overridden)
                SELECT ?, question, answer, rag, evidence, proposed, overridden FROM bvpi225_answer
                WHERE assessment_id = ?""").params(id, last.id()).update();
        audit.record(AuditAction.CREATE, RECORD_TYPE, List.of(id.toString()),
                "BVPI 225 " + last.period() + " correction started (revision " + (last.revision() + 1) + ")");
        return byId(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Bvpi225Proposal> proposals(LocalDate today) {
        Map<Integer, Bvpi225Proposal> proposed = new HashMap<>();
        evidence.stream().map(e -> e.propose(today)).forEach(p -> proposed.putIfAbsent(p.question(), p));
        List<Bvpi225Proposal> list = new ArrayList<>();
        for (int q = 1; q <= Bvpi225Question.COUNT; q++) {
            list.add(proposed.getOrDefault(q, Bvpi225Proposal.none(q)));
        }
        return list;
    }

    private Bvpi225Assessment draft(String period) {
        Bvpi225Assessment current = find(period).orElseThrow(() -> new java.util.NoSuchElementException(period));
        if (current.reported()) {
            throw new Bvpi225LockedException(current.period());
        }
        return current;
    }

    private Bvpi225Assessment byId(UUID id) {
        return load("WHERE a.id = ?", id).get(0);
    }

    private List<Bvpi225Assessment> load(String where, Object... params) {
        record Row(UUID id, String period, LocalDate startsOn, LocalDate endsOn, int revision, Bvpi225Status status,
                LocalDate reportedOn) {
        }
        List<Row> rows = jdbc.sql("SELECT a.id, a.period, a.starts_on, a.ends_on, a.revision, a.status, a.reported_on "
                + "FROM bvpi225_assessment a " + where).params(params)
                .query((rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getInt(5),
                        Bvpi225Status.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Bvpi225Answer>> answers = new HashMap<>();
        for (Row r : rows) {
            answers.put(r.id(), jdbc.sql("""
                    SELECT question, answer, rag, evidence, proposed, overridden FROM bvpi225_answer
                    WHERE assessment_id = ? ORDER BY question""").param(r.id())
                    .query((rs, i) -> new Bvpi225Answer(rs.getInt(1), (Boolean) rs.getObject(2),
                            Rag.parse(rs.getString(3)), rs.getString(4), (Boolean) rs.getObject(5), rs.getBoolean(6)))
                    .list());
        }
        return rows.stream().map(r -> new Bvpi225Assessment(r.id(), r.period(), r.startsOn(), r.endsOn(),
                r.revision(), r.status(), r.reportedOn(), answers.getOrDefault(r.id(), List.of()).stream()
                        .sorted(Comparator.comparingInt(Bvpi225Answer::question)).toList()))
                .toList();
    }
}
