package org.hearth.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseSource;
import org.hearth.casework.CaseStatus;
import org.hearth.casework.Engagement;
import org.hearth.casework.Handover;
import org.hearth.casework.HandoverId;
import org.hearth.casework.ServiceKind;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;

/** A case with what access turns on: the agency running its service. Read by {@link CaseStore}. */
record CaseRow(Case c, AgencyId agency) {

    /** The case, its service and worker, and a handover waiting to be accepted; filter with {@code WHERE}. */
    static final String SELECT = """
            SELECT c.*, s.name AS service_name, s.kind, s.agency_id AS service_agency, u.display_name AS worker_name,
                cr.label AS closure_label,
                h.id AS h_id, h.from_service_id, h.from_worker_id, h.to_service_id, ts.name AS to_service_name,
                h.to_worker_id, tu.display_name AS to_worker_name, h.note AS h_note, h.requested_at AS h_requested_at
            FROM casework_case c JOIN casework_service s ON s.id = c.service_id
            LEFT JOIN staff_user u ON u.id = c.worker_id
            LEFT JOIN casework_closure_reason cr ON cr.code = c.closure_reason
            LEFT JOIN casework_handover h ON h.case_id = c.id AND h.accepted_at IS NULL
            LEFT JOIN casework_service ts ON ts.id = h.to_service_id
            LEFT JOIN staff_user tu ON tu.id = h.to_worker_id
            """;

    static CaseRow map(ResultSet rs, int n) throws SQLException {
        UUID worker = rs.getObject("worker_id", UUID.class);
        UUID h = rs.getObject("h_id", UUID.class);
        CaseId caseId = new CaseId(rs.getObject("id", UUID.class));
        Handover pending = null;
        if (h != null) {
            UUID fromWorker = rs.getObject("from_worker_id", UUID.class);
            UUID toWorker = rs.getObject("to_worker_id", UUID.class);
            pending = new Handover(new HandoverId(h), caseId,
                    new CaseServiceId(rs.getObject("from_service_id", UUID.class)), user(fromWorker),
                    new CaseServiceId(rs.getObject("to_service_id", UUID.class)), rs.getString("to_service_name"),
                    user(toWorker), rs.getString("to_worker_name"), rs.getString("h_note"),
                    instant(rs, "h_requested_at"), null);
        }
        String engagement = rs.getString("engagement");
        Case c = new Case(caseId, rs.getString("reference"),
                new CaseServiceId(rs.getObject("service_id", UUID.class)), rs.getString("service_name"),
                ServiceKind.valueOf(rs.getString("kind")), new PersonId(rs.getObject("person_id", UUID.class)),
                CaseSource.valueOf(rs.getString("source")), rs.getObject("referred_on", LocalDate.class),
                rs.getString("referred_by"), rs.getString("reason"), CaseStatus.valueOf(rs.getString("status")),
                user(worker), rs.getString("worker_name"),
                instant(rs, "allocated_at"), rs.getObject("first_contact_due", LocalDate.class),
                instant(rs, "first_attempt_at"), instant(rs, "first_contact_at"),
                engagement == null ? null : Engagement.valueOf(engagement), pending,
                rs.getObject("closed_on", LocalDate.class), rs.getString("closure_label"));
        return new CaseRow(c, new AgencyId(rs.getObject("service_agency", UUID.class)));
    }

    private static StaffUserId user(UUID id) {
        return id == null ? null : new StaffUserId(id);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
