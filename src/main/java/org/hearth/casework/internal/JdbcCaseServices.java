package org.hearth.casework.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.calendar.WorkingDays;
import org.hearth.casework.CaseService;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseServices;
import org.hearth.casework.Caseload;
import org.hearth.casework.ServiceKind;
import org.hearth.casework.Worker;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcCaseServices implements CaseServices {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Partnerships partnerships;
    private final StaffUsers users;
    private final WorkingDays workingDays;

    JdbcCaseServices(JdbcClient jdbc, AuditTrail audit, Partnerships partnerships, StaffUsers users,
            WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.partnerships = partnerships;
        this.users = users;
        this.workingDays = workingDays;
    }

    @Override
    public CaseService create(AgencyId agency, AreaId area, ServiceKind kind, String name, int firstContactDays,
            int fullTimeLow, int fullTimeHigh) {
        if (!Roles.admin()) {
            throw new AccessDeniedException("For system administrators");
        }
        String n = ServiceRules.service(agency, a -> partnerships.agency(a).isPresent(), kind, name,
                x -> jdbc.sql("SELECT count(*) FROM casework_service WHERE lower(name) = lower(:name)")
                        .param("name", x).query(Long.class).single() > 0,
                firstContactDays, fullTimeLow, fullTimeHigh, area, x -> partnerships.area(x).isPresent());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casework_service (id, agency_id, area_id, kind, name, first_contact_days, full_time_low,
                    full_time_high) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, agency.value(), area == null ? null : area.value(), kind.name(), n, firstContactDays,
                        fullTimeLow, fullTimeHigh).update();
        audit.record(AuditAction.CREATE, "casework-service", List.of(id.toString()), kind.name());
        return find(new CaseServiceId(id)).orElseThrow();
    }

    @Override
    public void setWorker(CaseServiceId service, StaffUserId user, BigDecimal fte, boolean manager) {
        CaseService s = find(service).orElseThrow(() -> new java.util.NoSuchElementException("No such service"));
        if (!ServiceRules.mayStaff(s, Roles.staff())) {
            throw new AccessDeniedException("For the service's managers and system administrators");
        }
        ServiceRules.worker(user == null ? Optional.empty() : users.find(user), s, fte);
        jdbc.sql("""
                INSERT INTO casework_worker (service_id, user_id, fte, manager) VALUES (?, ?, ?, ?)
                ON CONFLICT (service_id, user_id) DO UPDATE SET fte = EXCLUDED.fte, manager = EXCLUDED.manager""")
                .params(service.value(), user.value(), fte, manager).update();
        audit.record(AuditAction.UPDATE, "casework-service", List.of(service.toString(), user.toString()),
                "worker " + fte + (manager ? " (manager)" : ""));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseService> all() {
        return jdbc.sql(SELECT + " ORDER BY s.name").query(this::row).list();
    }

    static final String SELECT = """
            SELECT s.*, a.name AS agency_name FROM casework_service s JOIN agency a ON a.id = s.agency_id""";

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseService> find(CaseServiceId id) {
        return jdbc.sql(SELECT + " WHERE s.id = ?").param(id.value()).query(this::row).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseService> mine() {
        UUID me = Roles.actor().actorId();
        return jdbc.sql(SELECT + " WHERE s.id IN (SELECT service_id FROM casework_worker WHERE user_id = ?) ORDER BY s.name")
                .param(me).query(this::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Caseload> caseload(CaseServiceId service) {
        CaseService s = find(service).orElseThrow(() -> new java.util.NoSuchElementException("No such service"));
        if (!ServiceRules.mayStaff(s, Roles.staff())) {
            throw new AccessDeniedException("For the service's managers");
        }
        // a worker's open cases in any service: a worker in two services carries one caseload
        Map<UUID, Integer> open = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT c.worker_id, count(*) FROM casework_case c
                WHERE c.status = 'OPEN' AND c.worker_id IN (SELECT user_id FROM casework_worker WHERE service_id = ?)
                GROUP BY c.worker_id""").param(service.value())
                .query((rs, n) -> open.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
        return s.workers().stream()
                .map(w -> Caseload.of(w, open.getOrDefault(w.user().value(), 0), s.fullTimeLow(), s.fullTimeHigh()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDate firstContactDue(CaseServiceId service, LocalDate referredOn) {
        int days = jdbc.sql("SELECT first_contact_days FROM casework_service WHERE id = ?").param(service.value())
                .query(Integer.class).single();
        return workingDays.addWorkingDays(referredOn, days);
    }

    private CaseService row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID area = rs.getObject("area_id", UUID.class);
        List<Worker> workers = jdbc.sql("""
                SELECT w.user_id, u.display_name, w.fte, w.manager FROM casework_worker w
                JOIN staff_user u ON u.id = w.user_id WHERE w.service_id = ? ORDER BY u.display_name""").param(id)
                .query((r, i) -> new Worker(new StaffUserId(r.getObject(1, UUID.class)), r.getString(2),
                        r.getBigDecimal(3), r.getBoolean(4))).list();
        return new CaseService(new CaseServiceId(id), new AgencyId(rs.getObject("agency_id", UUID.class)),
                rs.getString("agency_name"), area == null ? null : new AreaId(area),
                ServiceKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getInt("first_contact_days"),
                rs.getInt("full_time_low"), rs.getInt("full_time_high"), workers);
    }
}
