package org.hearth.casework.internal;

import org.hearth.platform.DateRules;
import org.hearth.platform.Dates;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.casework.Attendance;
import org.hearth.casework.CaseId;
import org.hearth.casework.CourtDate;
import org.hearth.casework.CourtEvent;
import org.hearth.casework.CourtEventKind;
import org.hearth.casework.CourtSupport;
import org.hearth.casework.MeasureStatus;
import org.hearth.casework.SpecialMeasure;
import org.hearth.casework.SpecialMeasureRequest;
import org.hearth.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcCourtSupport implements CourtSupport {

    static final int MAX_COURT = 200;
    /** How far ahead a court date may be entered. */
    static final int YEARS_AHEAD = 3;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final JdbcCasework cases;

    JdbcCourtSupport(JdbcClient jdbc, AuditTrail audit, JdbcCasework cases) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.cases = cases;
    }

    private static LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    @Override
    public CourtEvent add(CaseId id, CourtEventKind kind, LocalDate on, LocalTime time, String court, String details,
            Attendance attendance) {
        Actor me = Roles.staff();
        CaseRow r = cases.workable(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "Choose the milestone: charge, first hearing, trial, verdict, sentence or another hearing");
        }
        if (on == null) {
            errors.put("eventOn", "Enter the date");
        } else if (on.isAfter(today().plusYears(YEARS_AHEAD))) {
            errors.put("eventOn", "The date must be within " + YEARS_AHEAD + " years");
        } else if (on.isBefore(r.c().referredOn().minusYears(5))) {
            errors.put("eventOn", "The date must be at most 5 years before the referral");
        }
        String where = court == null ? "" : court.strip();
        if (where.isEmpty() && kind != null && kind != CourtEventKind.CHARGE) {
            errors.put("court", "Enter the court, for example Northfield Magistrates' Court");
        } else if (where.length() > MAX_COURT) {
            errors.put("court", "The court must be " + MAX_COURT + " characters or fewer");
        }
        String text = details == null ? "" : details.strip();
        if (text.length() > JdbcCasework.MAX_TEXT) {
            errors.put("details", "The details must be " + JdbcCasework.MAX_TEXT + " characters or fewer");
        } else if (text.isEmpty() && (kind == CourtEventKind.VERDICT || kind == CourtEventKind.SENTENCE
                || kind == CourtEventKind.CHARGE)) {
            errors.put("details", kind == CourtEventKind.CHARGE ? "Say what the charge is"
                    : "Say what the " + kind.label().toLowerCase(java.util.Locale.UK) + " was");
        }
        if (attendance != null && on != null && on.isAfter(today())) {
            errors.put("attendance", "Record attendance once the day has come");
        }
        InvalidInputException.refuseIfAny(errors);
        UUID event = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casework_court_event (id, case_id, kind, event_on, event_time, court, details, attendance,
                    recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event, id.value(), kind.name(), on, time == null ? null : Time.valueOf(time),
                        where.isEmpty() ? null : where, text.isEmpty() ? null : text,
                        attendance == null ? null : attendance.name(), me.actorId()).update();
        audit.record(AuditAction.CREATE, "casework-court", List.of(event.toString(), id.toString(),
                r.c().person().toString()), kind.name());
        return list(id).stream().filter(e -> e.id().equals(event)).findFirst().orElseThrow();
    }

    @Override
    public CourtEvent attendance(CaseId id, UUID event, Attendance attendance) {
        CaseRow r = cases.workable(id);
        LocalDate on = jdbc.sql("SELECT event_on FROM casework_court_event WHERE id = ? AND case_id = ?")
                .params(event, id.value()).query(LocalDate.class).optional()
                .orElseThrow(() -> new NoSuchElementException("No such court date"));
        if (attendance == null) {
            throw InvalidInputException.of("attendance", "Choose whether the person attended");
        }
        if (on.isAfter(today())) {
            throw InvalidInputException.of("attendance", "Record attendance once the day has come");
        }
        jdbc.sql("UPDATE casework_court_event SET attendance = ? WHERE id = ?").params(attendance.name(), event)
                .update();
        audit.record(AuditAction.UPDATE, "casework-court", List.of(event.toString(), id.toString(),
                r.c().person().toString()), "attendance " + attendance);
        return list(id).stream().filter(e -> e.id().equals(event)).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CourtEvent> events(CaseId id) {
        cases.readable(id, "court");
        return list(id);
    }

    private List<CourtEvent> list(CaseId id) {
        return jdbc.sql("""
                SELECT e.*, u.display_name FROM casework_court_event e LEFT JOIN staff_user u ON u.id = e.recorded_by
                WHERE e.case_id = ? ORDER BY e.event_on, e.event_time NULLS FIRST, e.recorded_at""").param(id.value())
                .query((rs, n) -> {
                    Time t = rs.getTime("event_time");
                    String a = rs.getString("attendance");
                    return new CourtEvent(rs.getObject("id", UUID.class), id,
                            CourtEventKind.valueOf(rs.getString("kind")), rs.getObject("event_on", LocalDate.class),
                            t == null ? null : t.toLocalTime(), rs.getString("court"), rs.getString("details"),
                            a == null ? null : Attendance.valueOf(a), rs.getString("display_name"));
                }).list();
    }

    @Override
    public SpecialMeasureRequest measure(CaseId id, SpecialMeasure measure, MeasureStatus status,
            LocalDate requestedOn, LocalDate decidedOn) {
        Actor me = Roles.staff();
        CaseRow r = cases.workable(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (measure == null) {
            errors.put("measure", "Choose the special measure");
        }
        if (status == null) {
            errors.put("status", "Choose whether it is requested, granted or refused");
        }
        DateRules.past(errors, "requestedOn", requestedOn, today(), "Enter the date it was requested",
                "The date it was requested must be today or in the past");
        if (status != null && status != MeasureStatus.REQUESTED) {
            if (DateRules.past(errors, "decidedOn", decidedOn, today(), "Enter the date the court decided",
                    "The date the court decided must be today or in the past")
                    && requestedOn != null && decidedOn.isBefore(requestedOn)) {
                errors.put("decidedOn", "The court cannot decide before the request");
            }
        } else if (decidedOn != null) {
            errors.put("decidedOn", "Leave the decision date blank while the measure is only requested");
        }
        InvalidInputException.refuseIfAny(errors);
        jdbc.sql("""
                INSERT INTO casework_special_measure (id, case_id, measure, status, requested_on, decided_on,
                    recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_id, measure) DO UPDATE SET status = EXCLUDED.status,
                    requested_on = EXCLUDED.requested_on, decided_on = EXCLUDED.decided_on,
                    recorded_by = EXCLUDED.recorded_by, recorded_at = now()""")
                .params(UUID.randomUUID(), id.value(), measure.name(), status.name(), requestedOn, decidedOn,
                        me.actorId()).update();
        audit.record(AuditAction.UPDATE, "casework-court", List.of(id.toString(), r.c().person().toString()),
                "special measure " + measure + " " + status);
        return measureList(id).stream().filter(m -> m.measure() == measure).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SpecialMeasureRequest> measures(CaseId id) {
        cases.readable(id, "special measures");
        return measureList(id);
    }

    private List<SpecialMeasureRequest> measureList(CaseId id) {
        return jdbc.sql("SELECT * FROM casework_special_measure WHERE case_id = ? ORDER BY requested_on, measure")
                .param(id.value())
                .query((rs, n) -> new SpecialMeasureRequest(rs.getObject("id", UUID.class), id,
                        SpecialMeasure.valueOf(rs.getString("measure")), MeasureStatus.valueOf(rs.getString("status")),
                        rs.getObject("requested_on", LocalDate.class), rs.getObject("decided_on", LocalDate.class)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CourtDate> calendar(LocalDate from, LocalDate to) {
        Actor me = Roles.staff();
        record Row(CourtDate date, UUID person) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT c.id, c.reference, c.person_id, e.kind, e.event_on, e.event_time, e.court
                FROM casework_court_event e JOIN casework_case c ON c.id = e.case_id
                WHERE c.worker_id = ? AND c.status = 'OPEN' AND e.event_on BETWEEN ? AND ? AND e.kind <> 'CHARGE'
                ORDER BY e.event_on, e.event_time NULLS FIRST, c.reference""").params(me.actorId(), from, to)
                .query((rs, n) -> {
                    Time t = rs.getTime("event_time");
                    return new Row(new CourtDate(new CaseId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                            CourtEventKind.valueOf(rs.getString("kind")), rs.getObject("event_on", LocalDate.class),
                            t == null ? null : t.toLocalTime(), rs.getString("court")),
                            rs.getObject("person_id", UUID.class));
                }).list();
        if (!rows.isEmpty()) {
            audit.record(AuditAction.READ, "person", rows.stream().map(x -> x.person().toString()).distinct().toList(),
                    "casework: court calendar");
        }
        return rows.stream().map(Row::date).toList();
    }
}
