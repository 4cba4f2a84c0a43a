package org.hearth.workforce.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.platform.Dates;
import org.hearth.workforce.Attendance;
import org.hearth.workforce.Training;
import org.hearth.workforce.TrainingAudience;
import org.hearth.workforce.TrainingSession;
import org.hearth.workforce.TrainingSessionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcTraining implements Training {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    JdbcTraining(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public TrainingSession record(String title, LocalDate deliveredOn, String provider, List<Attendance> attendance) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A session needs a title");
        }
        if (deliveredOn == null || deliveredOn.isAfter(today())) {
            throw new IllegalArgumentException("A session is recorded once it has been delivered");
        }
        List<Attendance> attended = attendance.stream().filter(a -> a.total() > 0).toList();
        if (attended.isEmpty()) {
            throw new IllegalArgumentException("Nobody attended");
        }
        if (attended.stream().map(Attendance::audience).distinct().count() != attended.size()) {
            throw new IllegalArgumentException("Each group once");
        }
        TrainingSessionId id = TrainingSessionId.random();
        jdbc.sql("INSERT INTO training_session (id, title, delivered_on, provider, recorded_by) VALUES (?, ?, ?, ?, ?)")
                .params(id.value(), title.trim(), deliveredOn, provider == null || provider.isBlank() ? null
                        : provider.trim(), Actor.current().map(Actor::actorId).orElse(null))
                .update();
        for (Attendance a : attended) {
            jdbc.sql("INSERT INTO training_attendance (session_id, audience, front_line, managerial) VALUES (?, ?, ?, ?)")
                    .params(id.value(), a.audience().name(), a.frontLine(), a.managerial()).update();
        }
        audit.record(AuditAction.CREATE, "training_session", id);
        return find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TrainingSession> find(TrainingSessionId id) {
        return load("WHERE s.id = ?", id.value()).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrainingSession> between(LocalDate from, LocalDate to) {
        return load("WHERE s.delivered_on BETWEEN ? AND ?", from, to);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    private List<TrainingSession> load(String where, Object... params) {
        record Row(UUID id, String title, LocalDate on, String provider, String audience, int frontLine,
                int managerial) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT s.id, s.title, s.delivered_on, s.provider, a.audience, a.front_line, a.managerial
                FROM training_session s JOIN training_attendance a ON a.session_id = s.id
                """ + where + " ORDER BY s.delivered_on DESC, s.recorded_at DESC, s.id, a.audience")
                .params(params)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7)))
                .list();
        Map<UUID, List<Row>> bySession = new LinkedHashMap<>();
        rows.forEach(r -> bySession.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        return bySession.values().stream().map(group -> {
            Row first = group.get(0);
            List<Attendance> attendance = group.stream()
                    .map(r -> new Attendance(TrainingAudience.valueOf(r.audience()), r.frontLine(), r.managerial()))
                    .sorted(java.util.Comparator.comparing(Attendance::audience)).toList();
            return new TrainingSession(new TrainingSessionId(first.id()), first.title(), first.on(), first.provider(),
                    attendance);
        }).toList();
    }
}
