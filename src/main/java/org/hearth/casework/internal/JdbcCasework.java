package org.hearth.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.ApiClientPrincipal;
import org.hearth.access.ApiScope;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseNote;
import org.hearth.casework.CaseService;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseServices;
import org.hearth.casework.CaseSource;
import org.hearth.casework.CaseStatus;
import org.hearth.casework.Casework;
import org.hearth.casework.ChronologyEntry;
import org.hearth.casework.ContactAttempt;
import org.hearth.casework.ContactMethod;
import org.hearth.casework.ContactOutcome;
import org.hearth.casework.Engagement;
import org.hearth.casework.Handover;
import org.hearth.casework.HandoverId;
import org.hearth.casework.NoteType;
import org.hearth.casework.RiskReview;
import org.hearth.casework.RiskStage;
import org.hearth.casework.SafetyPlan;
import org.hearth.casework.ServiceKind;
import org.hearth.casework.SupportItem;
import org.hearth.casework.SupportNeed;
import org.hearth.casework.SupportStatus;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.MaracReferrals;
import org.hearth.marac.Maracs;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.people.SafeContact;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.Referral;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.Referrals;
import org.hearth.referrals.TriageOutcome;
import org.hearth.risk.RiskAssessmentId;
import org.hearth.risk.RiskAssessments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcCasework implements Casework {

    /** Days the receiving agency of a handover may read the case while deciding whether to accept it. */
    static final int HANDOVER_READ_DAYS = 14;


    private static final Logger log = LoggerFactory.getLogger(JdbcCasework.class);
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final String CASE_BASIS = "casework-case";
    static final String HANDOVER_BASIS = "casework-handover";
    static final int MAX_TEXT = 5000;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CaseServices services;
    private final PersonAccess access;
    private final People people;
    private final Partnerships partnerships;
    private final Referrals referrals;
    private final RiskAssessments risk;
    private final MaracReferrals maracReferrals;
    private final Maracs maracs;
    private final org.hearth.orders.Orders orders;
    private final Clock clock = Clock.system(UK);

    JdbcCasework(JdbcClient jdbc, AuditTrail audit, CaseServices services, PersonAccess access, People people,
            Partnerships partnerships, Referrals referrals, RiskAssessments risk, MaracReferrals maracReferrals,
            Maracs maracs, org.hearth.orders.Orders orders) {
        this.orders = orders;
        this.jdbc = jdbc;
        this.audit = audit;
        this.services = services;
        this.access = access;
        this.people = people;
        this.partnerships = partnerships;
        this.referrals = referrals;
        this.risk = risk;
        this.maracReferrals = maracReferrals;
        this.maracs = maracs;
    }

    // ------------------------------------------------------------------------------------------- referral in

    @Override
    public Case refer(PersonId person, CaseServiceId service, String reason, CaseSource source) {
        Actor me = Roles.actor();
        if (!access.holdsGround(person)) {
            throw new AccessDeniedException("No ground on this record");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<CaseService> s = service == null ? Optional.empty() : services.find(service);
        if (s.isEmpty()) {
            errors.put("service", "Choose the service to refer to");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.put("reason", "Say why you are referring: what the person needs and the risk");
        } else if (why.length() > MAX_TEXT) {
            errors.put("reason", "The reason must be " + MAX_TEXT + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<UUID> open = openCaseOfKind(person, s.get().kind());
        if (open.isPresent()) {
            Row existing = row(open.get()).orElseThrow();
            if (mayRead(existing, me)) {
                return existing.c();
            }
            // another service's case: the referrer learns only that one is open, never its service, worker or state
            audit.recordRefusal(AuditAction.CREATE, "casework-case",
                    List.of(open.get().toString(), person.toString()), "referred again while open, by " + me.agency());
            throw InvalidInputException.of("service", "This person already has an open case with a service of this"
                    + " kind, so no second case was opened. Speak to the hub if you have more to share.");
        }
        UUID id = insert(s.get(), person, source, null, source.name(), me.displayName(), me.agency(), why);
        audit.record(AuditAction.CREATE, "casework-case", List.of(id.toString(), person.toString()),
                "referred to " + s.get().kind());
        return load(id).orElseThrow();
    }

    static final String TRIAGE_READER = "Casework (the hub's triage decision)";

    @Override
    public Optional<Case> fromTriage(ReferralId referral, PersonId victim, ServiceKind kind) {
        Optional<UUID> existing = bySource(CaseSource.TRIAGE, referral.value(), kind);
        if (existing.isPresent()) {
            return load(existing.get());
        }
        TriageOutcome outcome = kind == ServiceKind.OUTREACH ? TriageOutcome.OUTREACH : TriageOutcome.REFER_TO_IDVA;
        // heard after the decision was saved, without a signed-in user: the hub's decision is the ground
        Referral ref = referrals.decided(referral, outcome, TRIAGE_READER).orElse(null);
        if (ref == null) {
            // the referral records another of the hub's outcomes as its own: the event's victim is enough
            return placeFromEvent(victim, kind, List.of(), CaseSource.TRIAGE, referral.value(), "The hub", null,
                    "The hub's triage decision: " + outcome.label());
        }
        // the victim's area (the referral's) decides the service, not the referring agency's (the police have none)
        AreaId area = ref.area() != null ? ref.area()
                : partnerships.agency(ref.referringAgency()).map(Agency::area).orElse(null);
        return placeFromEvent(ref.victim(), kind, area == null ? List.of() : List.of(area), CaseSource.TRIAGE,
                referral.value(), ref.triagedBy() == null ? "The hub" : ref.triagedBy(), ref.referringAgency(),
                "The hub's triage decision: " + outcome.label()
                        + (ref.triageReason() == null ? "" : ". " + ref.triageReason()));
    }

    @Override
    public Optional<Case> fromMarac(MaracReferralId referral, PersonId victim, MaracId marac) {
        Optional<UUID> existing = bySource(CaseSource.MARAC, referral.value(), ServiceKind.IDVA);
        if (existing.isPresent()) {
            return load(existing.get());
        }
        List<AreaId> areas = marac == null ? List.of()
                : maracs.find(marac).map(org.hearth.marac.Marac::areas).orElse(List.of());
        return placeFromEvent(victim, ServiceKind.IDVA, areas, CaseSource.MARAC, referral.value(), "MARAC", null,
                "Referred to MARAC: every MARAC case is offered an IDVA");
    }

    private Optional<Case> placeFromEvent(PersonId person, ServiceKind kind, List<AreaId> areas, CaseSource source,
            UUID sourceId, String by, AgencyId agency, String reason) {
        Optional<UUID> open = openCaseOfKind(person, kind);
        if (open.isPresent()) {
            return load(open.get());
        }
        // the service of that kind covering the area; else one covering the whole partnership; else any
        List<CaseService> ofKind = services.all().stream().filter(s -> s.kind() == kind).toList();
        Optional<CaseService> service = ofKind.stream().filter(s -> s.area() != null && areas.contains(s.area()))
                .findFirst()
                .or(() -> ofKind.stream().filter(s -> s.area() == null).findFirst())
                .or(() -> ofKind.stream().findFirst());
        if (service.isEmpty()) {
            log.warn("No {} service to place a case from {} {}", kind, source, sourceId);
            return Optional.empty();
        }
        UUID id = insert(service.get(), person, source, sourceId, kind.name(), by, agency, reason);
        if (id == null) {
            return bySource(source, sourceId, kind).flatMap(this::load);
        }
        audit.recordFor(TRIAGE_READER, null, AuditAction.CREATE, "casework-case",
                List.of(id.toString(), person.toString()), "from " + source + " " + sourceId);
        return load(id);
    }

    private Optional<UUID> bySource(CaseSource source, UUID sourceId, ServiceKind kind) {
        return jdbc.sql("SELECT id FROM casework_case WHERE source = ? AND source_id = ? AND source_kind = ?")
                .params(source.name(), sourceId, kind.name()).query(UUID.class).optional();
    }

    Optional<UUID> openCaseOfKind(PersonId person, ServiceKind kind) {
        return jdbc.sql("""
                SELECT c.id FROM casework_case c JOIN casework_service s ON s.id = c.service_id
                WHERE c.person_id = ? AND s.kind = ? AND c.status <> 'CLOSED' ORDER BY c.created_at LIMIT 1""")
                .params(person.value(), kind.name()).query(UUID.class).optional();
    }

    /** Writes the case; null when the same source made one meanwhile (a redelivered event). */
    private UUID insert(CaseService service, PersonId person, CaseSource source, UUID sourceId, String sourceKind,
            String by, AgencyId agency, String reason) {
        UUID id = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        long number = jdbc.sql("SELECT nextval('casework_case_number')").query(Long.class).single();
        String reference = "CW-" + today.getYear() + "-" + String.format("%05d", number);
        int rows = jdbc.sql("""
                INSERT INTO casework_case (id, reference, service_id, person_id, source, source_id, source_kind,
                    referred_on, referred_by, referring_agency_id, reason, first_contact_due)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(id, reference, service.id().value(), person.value(), source.name(), sourceId, sourceKind,
                        today, by, agency == null ? null : agency.value(), reason,
                        services.firstContactDue(service.id(), today)).update();
        return rows == 0 ? null : id;
    }

    // ------------------------------------------------------------------------------------------- reading

    /** The case's row with what access turns on. */
    record Row(Case c, AgencyId agency) {
    }

    private static final String SELECT = """
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

    private Optional<Case> load(UUID id) {
        return row(id).map(Row::c);
    }

    Optional<Row> row(UUID id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(JdbcCasework::map).optional();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        UUID worker = rs.getObject("worker_id", UUID.class);
        UUID h = rs.getObject("h_id", UUID.class);
        CaseId caseId = new CaseId(rs.getObject("id", UUID.class));
        Handover pending = null;
        if (h != null) {
            UUID fromWorker = rs.getObject("from_worker_id", UUID.class);
            UUID toWorker = rs.getObject("to_worker_id", UUID.class);
            pending = new Handover(new HandoverId(h), caseId,
                    new CaseServiceId(rs.getObject("from_service_id", UUID.class)),
                    fromWorker == null ? null : new StaffUserId(fromWorker),
                    new CaseServiceId(rs.getObject("to_service_id", UUID.class)), rs.getString("to_service_name"),
                    toWorker == null ? null : new StaffUserId(toWorker), rs.getString("to_worker_name"),
                    rs.getString("h_note"), instant(rs, "h_requested_at"), null);
        }
        String engagement = rs.getString("engagement");
        Case c = new Case(caseId, rs.getString("reference"),
                new CaseServiceId(rs.getObject("service_id", UUID.class)), rs.getString("service_name"),
                ServiceKind.valueOf(rs.getString("kind")), new PersonId(rs.getObject("person_id", UUID.class)),
                CaseSource.valueOf(rs.getString("source")), rs.getObject("referred_on", LocalDate.class),
                rs.getString("referred_by"), rs.getString("reason"), CaseStatus.valueOf(rs.getString("status")),
                worker == null ? null : new StaffUserId(worker), rs.getString("worker_name"),
                instant(rs, "allocated_at"), rs.getObject("first_contact_due", LocalDate.class),
                instant(rs, "first_attempt_at"), instant(rs, "first_contact_at"),
                engagement == null ? null : Engagement.valueOf(engagement), pending,
                rs.getObject("closed_on", LocalDate.class), rs.getString("closure_label"));
        return new Row(c, new AgencyId(rs.getObject("service_agency", UUID.class)));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    boolean managerOf(CaseServiceId service, UUID user) {
        return jdbc.sql("SELECT count(*) FROM casework_worker WHERE service_id = ? AND user_id = ? AND manager")
                .params(service.value(), user).query(Long.class).single() > 0;
    }

    /** The case's worker, its service's managers, the receiving side of a waiting handover; an API client of its agency. */
    private boolean mayRead(Row r, Actor me) {
        if (me.apiClient()) {
            return me instanceof ApiClientPrincipal p && p.scopes().contains(ApiScope.CASEWORK_READ)
                    && me.agency().equals(r.agency());
        }
        if (!Roles.casework()) {
            return false;
        }
        return mayWork(r, me) || r.c().pendingHandover() != null
                && (me.actorId().equals(id(r.c().pendingHandover().toWorker()))
                        || managerOf(r.c().pendingHandover().toService(), me.actorId()));
    }

    boolean mayWork(Row r, Actor me) {
        return !me.apiClient() && Roles.casework()
                && (me.actorId().equals(id(r.c().worker())) || managerOf(r.c().service(), me.actorId()));
    }

    private static UUID id(StaffUserId user) {
        return user == null ? null : user.value();
    }

    /** The case for reading, audited with the person's id; refused (and the refusal audited) otherwise. */
    Row readable(CaseId id, String what) {
        Actor me = Roles.actor();
        Row r = row(id.value()).orElseThrow(() -> new java.util.NoSuchElementException("No such case"));
        if (!mayRead(r, me)) {
            throw new AccessDeniedException("Not this case's worker or service");
        }
        audit.record(AuditAction.READ, "person", List.of(r.c().person().toString(), id.toString()), "casework: " + what);
        return r;
    }

    /** The case for writing (its worker or a manager of its service; not closed). */
    Row workable(CaseId id) {
        Actor me = Roles.actor();
        Row r = row(id.value()).orElseThrow(() -> new java.util.NoSuchElementException("No such case"));
        if (!mayWork(r, me)) {
            throw new AccessDeniedException("Not this case's worker or a manager of its service");
        }
        if (r.c().status() == CaseStatus.CLOSED) {
            throw InvalidInputException.of("case", "The case is closed");
        }
        return r;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Case> find(CaseId id) {
        if (row(id.value()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(readable(id, "case").c());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Case> myCases() {
        Actor me = Roles.staff();
        List<Case> cases = jdbc.sql(SELECT + """
                 WHERE c.worker_id = ? AND c.status = 'OPEN'
                ORDER BY c.first_contact_at IS NOT NULL, c.first_contact_due, c.reference""")
                .param(me.actorId()).query(JdbcCasework::map).list().stream().map(Row::c).toList();
        auditList(cases, "casework: my cases");
        return cases;
    }

    private void auditList(List<Case> cases, String reason) {
        if (!cases.isEmpty()) {
            audit.record(AuditAction.READ, "person", cases.stream().map(c -> c.person().toString()).toList(), reason);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Case> agencyCases(AgencyId agency, StaffUserId worker) {
        Actor me = Roles.actor();
        if (!me.agency().equals(agency)) {
            throw new AccessDeniedException("Another agency's cases");
        }
        if (me.apiClient() && !(me instanceof ApiClientPrincipal p && p.scopes().contains(ApiScope.CASEWORK_READ))) {
            throw new AccessDeniedException("Needs scope casework:read");
        }
        List<Case> cases = jdbc.sql(SELECT + """
                 WHERE s.agency_id = :agency AND (CAST(:worker AS uuid) IS NULL OR c.worker_id = :worker)
                ORDER BY c.created_at DESC LIMIT 500""").param("agency", agency.value())
                .param("worker", id(worker)).query(JdbcCasework::map).list().stream().map(Row::c).toList();
        auditList(cases, "casework: the agency's cases");
        return cases;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Case> queue(CaseServiceId service) {
        Actor me = Roles.staff();
        if (!managerOf(service, me.actorId())) {
            throw new AccessDeniedException("For the service's managers");
        }
        List<Case> cases = jdbc.sql(SELECT + """
                 WHERE c.service_id = ? AND c.status = 'AWAITING_ALLOCATION' ORDER BY c.referred_on, c.reference""")
                .param(service.value()).query(JdbcCasework::map).list().stream().map(Row::c).toList();
        auditList(cases, "casework: allocation queue");
        return cases;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayWork(CaseId id) {
        Actor me = Actor.current().orElse(null);
        return me != null && row(id.value()).map(r -> mayWork(r, me)).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean manages(CaseServiceId service) {
        Actor me = Actor.current().orElse(null);
        return me != null && !me.apiClient() && Roles.casework() && managerOf(service, me.actorId());
    }

    // ------------------------------------------------------------------------------------------- allocation

    @Override
    public Case allocate(CaseId id, StaffUserId worker) {
        Actor me = Roles.staff();
        Row r = row(id.value()).orElseThrow(() -> new java.util.NoSuchElementException("No such case"));
        if (!Roles.casework() || !managerOf(r.c().service(), me.actorId())) {
            throw new AccessDeniedException("For the service's managers");
        }
        if (r.c().status() != CaseStatus.AWAITING_ALLOCATION) {
            throw InvalidInputException.of("worker", "The case is not waiting for allocation: hand it over instead");
        }
        CaseService service = services.find(r.c().service()).orElseThrow();
        if (worker == null) {
            throw InvalidInputException.of("worker", "Choose a worker of " + service.name());
        }
        if (!service.hasWorker(worker)) {
            throw InvalidInputException.of("worker", "That member of staff is not a worker of " + service.name()
                    + ": allocate to one of its workers");
        }
        jdbc.sql("UPDATE casework_case SET status = 'OPEN', worker_id = ?, allocated_at = now() WHERE id = ?")
                .params(worker.value(), id.value()).update();
        grantAllocation(r.c(), worker, service.agency());
        audit.record(AuditAction.UPDATE, "casework-case", List.of(id.toString(), r.c().person().toString()),
                "allocated to " + worker);
        return load(id.value()).orElseThrow();
    }

    /** Need-to-know for the case's worker (with safe contact details) and their agency, as lasting grants. */
    void grantAllocation(Case c, StaffUserId worker, AgencyId agency) {
        GrantBasis basis = GrantBasis.of(CASE_BASIS, c.id());
        access.grant(c.person(), GrantHolder.user(worker), AccessGround.ALLOCATED, AccessScope.SAFE_CONTACT, null,
                basis);
        access.grant(c.person(), GrantHolder.agency(agency), AccessGround.ALLOCATED, AccessScope.RECORD, null, basis);
    }

    @Override
    public Handover handover(CaseId id, StaffUserId toWorker, AgencyId toAgency, String note) {
        Actor me = Roles.staff();
        Row r = workable(id);
        Case c = r.c();
        CaseService from = services.find(c.service()).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        CaseService to = null;
        if ((toWorker == null) == (toAgency == null)) {
            errors.put("toWorker", "Choose a colleague, or an agency to hand the case over to (not both)");
        } else if (toWorker != null) {
            if (!from.hasWorker(toWorker)) {
                errors.put("toWorker", "That member of staff is not a worker of " + from.name()
                        + ": choose a colleague in the service, or hand over to another agency's service");
            } else if (toWorker.equals(c.worker())) {
                errors.put("toWorker", "The case is already theirs: choose another colleague");
            } else {
                to = from;
            }
        } else {
            Optional<Agency> agency = partnerships.agency(toAgency);
            List<CaseService> candidates = services.all().stream()
                    .filter(s -> s.agency().equals(toAgency) && s.kind() == c.kind() && !s.id().equals(c.service()))
                    .toList();
            if (agency.isEmpty()) {
                errors.put("toAgency", "Choose one of the agencies");
            } else if (candidates.isEmpty()) {
                errors.put("toAgency", agency.get().name() + " has no " + c.kind().label().toLowerCase(java.util.Locale.UK)
                        + " to take the case: choose an agency that runs one");
            } else {
                to = candidates.get(0);
            }
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            errors.put("note", "Write a handover note: the risk, the plan and what the new worker must do first");
        } else if (text.length() > MAX_TEXT) {
            errors.put("note", "The note must be " + MAX_TEXT + " characters or fewer");
        }
        if (c.pendingHandover() != null) {
            errors.put("toWorker", "A handover of this case is already waiting to be accepted");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID h = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casework_handover (id, case_id, from_service_id, from_worker_id, to_service_id,
                    to_worker_id, note, requested_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(h, id.value(), c.service().value(), id(c.worker()), to.id().value(), id(toWorker), text,
                        me.actorId()).update();
        if (!to.agency().equals(from.agency())) {
            // the receiving service reads the case to decide, on the handover's basis, for a limited time: a grant
            // that expires is not a lasting ground, so no one there can allocate the person to themselves (and see
            // the confidential address) before the handover is accepted; acceptance grants what the work needs
            access.grant(c.person(), GrantHolder.agency(to.agency()), AccessGround.HANDOVER, AccessScope.RECORD,
                    java.time.Instant.now().plus(java.time.Duration.ofDays(HANDOVER_READ_DAYS)),
                    GrantBasis.of(HANDOVER_BASIS, h));
        }
        audit.record(AuditAction.CREATE, "casework-handover", List.of(h.toString(), id.toString(),
                c.person().toString()), "to service " + to.id() + (toWorker == null ? "" : ", worker " + toWorker));
        return load(id.value()).orElseThrow().pendingHandover();
    }

    @Override
    public Case acceptHandover(HandoverId handover) {
        Actor me = Roles.staff();
        record Pending(UUID caseId, UUID toService, UUID toWorker, UUID fromWorker, UUID fromService) {
        }
        Pending p = jdbc.sql("""
                SELECT case_id, to_service_id, to_worker_id, from_worker_id, from_service_id FROM casework_handover
                WHERE id = ? AND accepted_at IS NULL""").param(handover.value())
                .query((rs, n) -> new Pending(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getObject(5, UUID.class)))
                .optional().orElseThrow(() -> new java.util.NoSuchElementException("No such handover waiting"));
        CaseServiceId toService = new CaseServiceId(p.toService());
        if (!Roles.casework() || !(me.actorId().equals(p.toWorker()) || managerOf(toService, me.actorId()))) {
            throw new AccessDeniedException("For the receiving worker or the receiving service's managers");
        }
        Case c = load(p.caseId()).orElseThrow();
        CaseService from = services.find(new CaseServiceId(p.fromService())).orElseThrow();
        CaseService to = services.find(toService).orElseThrow();
        jdbc.sql("""
                UPDATE casework_case SET service_id = ?, worker_id = ?, status = ?, allocated_at = ?
                WHERE id = ?""").params(p.toService(), p.toWorker(),
                p.toWorker() == null ? "AWAITING_ALLOCATION" : "OPEN",
                p.toWorker() == null ? null : Timestamp.from(Instant.now()), p.caseId()).update();
        jdbc.sql("UPDATE casework_handover SET accepted_by = ?, accepted_at = now() WHERE id = ?")
                .params(me.actorId(), handover.value()).update();
        boolean agencyChanges = !to.agency().equals(from.agency());
        // the new holders first, then the old ones end
        if (p.toWorker() != null) {
            grantAllocation(c, new StaffUserId(p.toWorker()), to.agency());
        } else if (agencyChanges) {
            access.grant(c.person(), GrantHolder.agency(to.agency()), AccessGround.ALLOCATED, AccessScope.RECORD, null,
                    GrantBasis.of(CASE_BASIS, c.id()));
        }
        for (AccessGrant g : access.currentGrants(c.person())) {
            if (g.basis() == null) {
                continue;
            }
            boolean caseGrant = g.basis().kind().equals(CASE_BASIS) && g.basis().id().equals(c.id().toString());
            boolean handoverGrant = g.basis().kind().equals(HANDOVER_BASIS) && g.basis().id().equals(handover.toString());
            boolean oldWorker = p.fromWorker() != null && g.holder().user() != null
                    && g.holder().user().value().equals(p.fromWorker());
            boolean oldAgency = agencyChanges && g.holder().agency() != null && g.holder().agency().equals(from.agency());
            if (handoverGrant || caseGrant && (oldWorker || oldAgency)) {
                access.end(g.id());
            }
        }
        audit.record(AuditAction.UPDATE, "casework-handover", List.of(handover.toString(), c.id().toString(),
                c.person().toString()), "accepted");
        return load(p.caseId()).orElseThrow();
    }

    // ------------------------------------------------------------------------------------------- contact

    @Override
    public ContactAttempt recordContact(CaseId id, Instant attemptedAt, ContactMethod method, ContactOutcome outcome,
            String notes) {
        Actor me = Roles.staff();
        Row r = workable(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (attemptedAt == null) {
            errors.put("attemptedOn", "Enter the date of the attempt");
        } else if (attemptedAt.isAfter(Instant.now().plus(Duration.ofMinutes(5)))) {
            errors.put("attemptedOn", "The attempt must be today or in the past: record attempts once made");
        } else if (attemptedAt.atZone(UK).toLocalDate().isBefore(r.c().referredOn())) {
            errors.put("attemptedOn", "The attempt cannot be before the referral on " + r.c().referredOn());
        }
        if (method == null) {
            errors.put("method", "Choose how you tried to make contact");
        }
        if (outcome == null) {
            errors.put("outcome", "Choose what came of it");
        }
        if (notes != null && notes.length() > MAX_TEXT) {
            errors.put("notes", "The notes must be " + MAX_TEXT + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        SafeContact rules = people.record(r.c().person()).map(x -> x.safeContact()).orElse(null);
        boolean unsafe = method.unsafeUnder(rules);
        UUID contact = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casework_contact (id, case_id, attempted_at, method, outcome, notes, unsafe_channel,
                    recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(contact, id.value(), Timestamp.from(attemptedAt), method.name(), outcome.name(),
                        notes == null || notes.isBlank() ? null : notes.strip(), unsafe, me.actorId()).update();
        jdbc.sql("""
                UPDATE casework_case SET first_attempt_at = LEAST(COALESCE(first_attempt_at, :at), :at),
                    first_contact_at = CASE WHEN :spoke THEN LEAST(COALESCE(first_contact_at, :at), :at)
                        ELSE first_contact_at END WHERE id = :id""")
                .param("at", Timestamp.from(attemptedAt)).param("spoke", outcome == ContactOutcome.SPOKE)
                .param("id", id.value()).update();
        audit.record(AuditAction.CREATE, "casework-contact", List.of(contact.toString(), id.toString(),
                r.c().person().toString()), method + " " + outcome + (unsafe ? " ON A CHANNEL MARKED UNSAFE: escalated" : ""));
        if (unsafe) {
            log.warn("Contact attempt {} on case {} used a channel marked unsafe: escalated to the service's managers",
                    contact, id);
        }
        return contacts(id, false).stream().filter(x -> x.id().equals(contact)).findFirst().orElseThrow();
    }

    @Override
    public void acknowledge(CaseId id, UUID contact) {
        Actor me = Roles.staff();
        Row r = row(id.value()).orElseThrow(() -> new java.util.NoSuchElementException("No such case"));
        if (!Roles.casework() || !managerOf(r.c().service(), me.actorId())) {
            throw new AccessDeniedException("For the service's managers");
        }
        int n = jdbc.sql("""
                UPDATE casework_contact SET acknowledged_by = ?, acknowledged_at = now()
                WHERE id = ? AND case_id = ? AND unsafe_channel AND acknowledged_at IS NULL""")
                .params(me.actorId(), contact, id.value()).update();
        if (n == 0) {
            throw new java.util.NoSuchElementException("No such escalation waiting");
        }
        audit.record(AuditAction.UPDATE, "casework-contact", List.of(contact.toString(), id.toString(),
                r.c().person().toString()), "unsafe channel acknowledged");
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContactAttempt> contacts(CaseId id) {
        return contacts(id, true);
    }

    private List<ContactAttempt> contacts(CaseId id, boolean audited) {
        if (audited) {
            readable(id, "contacts");
        }
        return jdbc.sql("""
                SELECT k.*, u.display_name FROM casework_contact k LEFT JOIN staff_user u ON u.id = k.recorded_by
                WHERE k.case_id = ? ORDER BY k.attempted_at DESC, k.recorded_at DESC""").param(id.value())
                .query((rs, n) -> new ContactAttempt(rs.getObject("id", UUID.class), id, instant(rs, "attempted_at"),
                        ContactMethod.valueOf(rs.getString("method")), ContactOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("notes"), rs.getBoolean("unsafe_channel"), instant(rs, "acknowledged_at"),
                        rs.getString("display_name"))).list();
    }

    @Override
    public void setEngagement(CaseId id, Engagement engagement) {
        Row r = workable(id);
        if (engagement == null) {
            throw InvalidInputException.of("engagement", "Choose whether the person is engaging");
        }
        jdbc.sql("UPDATE casework_case SET engagement = ? WHERE id = ?").params(engagement.name(), id.value()).update();
        audit.record(AuditAction.UPDATE, "casework-case", List.of(id.toString(), r.c().person().toString()),
                "engagement " + engagement);
    }

    // ------------------------------------------------------------------------------------------- notes

    @Override
    public CaseNote addNote(CaseId id, NoteType type, LocalDate on, String text) {
        Actor me = Roles.staff();
        Row r = workable(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (type == null) {
            errors.put("type", "Choose the type of note");
        }
        if (on == null) {
            errors.put("notedOn", "Enter the date the note is about");
        } else if (on.isAfter(LocalDate.now(clock))) {
            errors.put("notedOn", "The date must be today or in the past");
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            errors.put("text", "Write the note");
        } else if (t.length() > MAX_TEXT) {
            errors.put("text", "The note must be " + MAX_TEXT + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID note = UUID.randomUUID();
        jdbc.sql("INSERT INTO casework_note (id, case_id, type, noted_on, text, recorded_by) VALUES (?, ?, ?, ?, ?, ?)")
                .params(note, id.value(), type.name(), on, t, me.actorId()).update();
        audit.record(AuditAction.CREATE, "casework-note", List.of(note.toString(), id.toString(),
                r.c().person().toString()), type.name());
        return notes(id, false).stream().filter(n -> n.id().equals(note)).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseNote> notes(CaseId id) {
        return notes(id, true);
    }

    private List<CaseNote> notes(CaseId id, boolean audited) {
        if (audited) {
            readable(id, "notes");
        }
        return jdbc.sql("""
                SELECT n.*, u.display_name FROM casework_note n LEFT JOIN staff_user u ON u.id = n.recorded_by
                WHERE n.case_id = ? ORDER BY n.noted_on DESC, n.recorded_at DESC""").param(id.value())
                .query((rs, n) -> new CaseNote(rs.getObject("id", UUID.class), id, NoteType.valueOf(rs.getString("type")),
                        rs.getObject("noted_on", LocalDate.class), rs.getString("text"), rs.getString("display_name"),
                        instant(rs, "recorded_at"))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChronologyEntry> chronology(CaseId id) {
        Case c = readable(id, "chronology").c();
        List<ChronologyEntry> out = new ArrayList<>();
        out.add(new ChronologyEntry(c.referredOn(), "Case", "Referred to " + c.serviceName() + " by " + c.referredBy()
                + " (" + c.source().label() + ")" + (c.reason() == null ? "" : ": " + c.reason())));
        jdbc.sql("""
                SELECT h.requested_at, h.accepted_at, h.note, fs.name AS from_name, ts.name AS to_name,
                    tu.display_name AS to_worker FROM casework_handover h
                JOIN casework_service fs ON fs.id = h.from_service_id JOIN casework_service ts ON ts.id = h.to_service_id
                LEFT JOIN staff_user tu ON tu.id = h.to_worker_id WHERE h.case_id = ?""").param(id.value())
                .query((rs, n) -> {
                    String to = rs.getString("to_worker") != null ? rs.getString("to_worker") : rs.getString("to_name");
                    out.add(new ChronologyEntry(day(instant(rs, "requested_at")), "Handover",
                            "Handover to " + to + " requested: " + rs.getString("note")));
                    Instant accepted = instant(rs, "accepted_at");
                    if (accepted != null) {
                        out.add(new ChronologyEntry(day(accepted), "Handover", "Handover to " + to + " accepted"));
                    }
                    return null;
                }).list();
        if (c.allocatedAt() != null) {
            out.add(new ChronologyEntry(day(c.allocatedAt()), "Case", "Allocated to " + c.workerName()));
        }
        for (ContactAttempt a : contacts(id, false)) {
            out.add(new ChronologyEntry(day(a.attemptedAt()), "Contact attempt", a.method().label() + ": "
                    + a.outcome().label() + (a.unsafeChannel() ? " (on a channel marked unsafe)" : "")
                    + (a.notes() == null ? "" : ". " + a.notes())));
        }
        for (CaseNote n : notes(id, false)) {
            out.add(new ChronologyEntry(n.notedOn(), "Note: " + n.type().label(), n.text()));
        }
        for (SafetyPlan p : plans(id)) {
            out.add(new ChronologyEntry(day(p.recordedAt()), "Safety plan", "Version " + p.version() + " written by "
                    + p.recordedBy()));
        }
        jdbc.sql("""
                SELECT o.stage, o.recorded_on, o.risk FROM casework_outcome o WHERE o.case_id = ?""")
                .param(id.value()).query((rs, n) -> out.add(new ChronologyEntry(rs.getObject(2, LocalDate.class),
                        "Outcomes", org.hearth.casework.OutcomeStage.valueOf(rs.getString(1)).label()
                                + " outcomes recorded; risk " + org.hearth.casework.RiskLevel.valueOf(rs.getString(3))
                                .label().toLowerCase(java.util.Locale.UK)))).list();
        jdbc.sql("""
                SELECT k.closed_on, r.label, k.note, k.reopened_at, k.reopen_reason FROM casework_closure k
                JOIN casework_closure_reason r ON r.code = k.reason WHERE k.case_id = ?""")
                .param(id.value()).query((rs, n) -> {
                    out.add(new ChronologyEntry(rs.getObject(1, LocalDate.class), "Case", "Closed: " + rs.getString(2)
                            + (rs.getString(3) == null ? "" : ". " + rs.getString(3))));
                    Instant reopened = instant(rs, "reopened_at");
                    if (reopened != null) {
                        out.add(new ChronologyEntry(day(reopened), "Case", "Reopened: " + rs.getString(5)));
                    }
                    return null;
                }).list();
        jdbc.sql("""
                SELECT kind, event_on, event_time, court, details, attendance FROM casework_court_event
                WHERE case_id = ?""").param(id.value()).query((rs, n) -> {
                    String court = rs.getString("court");
                    String details = rs.getString("details");
                    String attendance = rs.getString("attendance");
                    java.sql.Time time = rs.getTime("event_time");
                    return out.add(new ChronologyEntry(rs.getObject("event_on", LocalDate.class), "Court",
                            org.hearth.casework.CourtEventKind.valueOf(rs.getString("kind")).label()
                                    + (time == null ? "" : " at " + time.toLocalTime())
                                    + (court == null ? "" : ", " + court) + (details == null ? "" : ": " + details)
                                    + (attendance == null ? "" : " (victim: " + org.hearth.casework.Attendance
                                            .valueOf(attendance).label().toLowerCase(java.util.Locale.UK) + ")")));
                }).list();
        jdbc.sql("""
                SELECT measure, status, requested_on, decided_on FROM casework_special_measure WHERE case_id = ?""")
                .param(id.value()).query((rs, n) -> {
                    String measure = org.hearth.casework.SpecialMeasure.valueOf(rs.getString(1)).label();
                    out.add(new ChronologyEntry(rs.getObject(3, LocalDate.class), "Court",
                            "Special measure requested: " + measure));
                    LocalDate decided = rs.getObject(4, LocalDate.class);
                    if (decided != null) {
                        out.add(new ChronologyEntry(decided, "Court", "Special measure "
                                + org.hearth.casework.MeasureStatus.valueOf(rs.getString(2)).label()
                                        .toLowerCase(java.util.Locale.UK) + ": " + measure));
                    }
                    return null;
                }).list();
        // protective orders, only for a reader holding a real ground on the person (the orders module's rule)
        if (access.holdsGround(c.person())) {
            for (org.hearth.orders.ProtectiveOrder o : orders.forPerson(c.person())) {
                LocalDate made = day(o.madeAt());
                boolean isProtected = o.protectedPersons().stream().anyMatch(p -> p.id().equals(c.person()));
                out.add(new ChronologyEntry(made, "Protective order", o.reference() + ": " + o.type().shortName()
                        + (isProtected ? " protecting the person" : " against the person") + ", from "
                        + org.hearth.platform.Dates.DAY.format(o.startsOn())
                        + (o.endsOn() == null ? "" : " to " + org.hearth.platform.Dates.DAY.format(o.endsOn()))));
                for (org.hearth.orders.Breach b : o.breaches()) {
                    out.add(new ChronologyEntry(b.occurredOn(), "Protective order", "Breach of " + o.reference()
                            + (b.policeResponse() == null ? "" : ": " + b.policeResponse().label())));
                }
            }
        }
        // the person's records in other modules, only for a reader who may read the person's record
        if (access.mayView(c.person())) {
            for (ReferralId rid : referrals.forVictim(c.person())) {
                referrals.find(rid).ifPresent(ref -> out.add(new ChronologyEntry(ref.receivedOn(), "Referral",
                        ref.reference() + " received" + (ref.triaged() ? "; hub decision: " + ref.triageOutcome().label()
                                : ""))));
            }
            risk.history(c.person()).forEach(a -> out.add(new ChronologyEntry(a.assessedOn(), "Risk assessment",
                    a.questionnaireTitle() + ": score " + a.score() + ", graded " + a.finalGrade().label())));
            maracReferrals.forVictim(c.person()).forEach(m -> out.add(new ChronologyEntry(m.referredOn(),
                    "MARAC", "Referred to MARAC: " + m.reference() + (m.repeat() ? " (a repeat)" : ""))));
        }
        out.sort(Comparator.comparing(ChronologyEntry::on));
        return out;
    }

    private static LocalDate day(Instant at) {
        return at.atZone(UK).toLocalDate();
    }

    // ------------------------------------------------------------------------------------------- plans

    @Override
    public SafetyPlan saveSafetyPlan(CaseId id, SafetyPlan.Sections s) {
        Actor me = Roles.staff();
        Row r = workable(id);
        List<String> all = java.util.Arrays.asList(s.safeContacts(), s.escapePlan(), s.documentsAndBag(), s.codeWord(),
                s.children(), s.technology(), s.atHome(), s.atWork());
        List<String> fields = List.of("safeContacts", "escapePlan", "documentsAndBag", "codeWord", "children",
                "technology", "atHome", "atWork");
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) != null && all.get(i).length() > MAX_TEXT) {
                errors.put(fields.get(i), "Each section must be " + MAX_TEXT + " characters or fewer");
            }
        }
        if (all.stream().allMatch(x -> x == null || x.isBlank())) {
            errors.put("safeContacts", "Write at least one section of the safety plan");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int version = jdbc.sql("SELECT COALESCE(max(version), 0) + 1 FROM casework_safety_plan WHERE case_id = ?")
                .param(id.value()).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO casework_safety_plan (case_id, version, safe_contacts, escape_plan, documents_and_bag,
                    code_word, children, technology, at_home, at_work, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), version, blank(s.safeContacts()), blank(s.escapePlan()), blank(s.documentsAndBag()),
                        blank(s.codeWord()), blank(s.children()), blank(s.technology()), blank(s.atHome()),
                        blank(s.atWork()), me.actorId()).update();
        audit.record(AuditAction.CREATE, "casework-safety-plan", List.of(id.toString(), r.c().person().toString()),
                "version " + version);
        return plans(id).get(0);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SafetyPlan> safetyPlans(CaseId id) {
        readable(id, "safety plan");
        return plans(id);
    }

    private List<SafetyPlan> plans(CaseId id) {
        return jdbc.sql("""
                SELECT p.*, u.display_name FROM casework_safety_plan p LEFT JOIN staff_user u ON u.id = p.recorded_by
                WHERE p.case_id = ? ORDER BY p.version DESC""").param(id.value())
                .query((rs, n) -> new SafetyPlan(rs.getInt("version"), rs.getString("safe_contacts"),
                        rs.getString("escape_plan"), rs.getString("documents_and_bag"), rs.getString("code_word"),
                        rs.getString("children"), rs.getString("technology"), rs.getString("at_home"),
                        rs.getString("at_work"), rs.getString("display_name"), instant(rs, "recorded_at"))).list();
    }

    @Override
    public SupportItem addSupport(CaseId id, SupportNeed need, String intervention) {
        Actor me = Roles.staff();
        Row r = workable(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (need == null) {
            errors.put("need", "Choose the need");
        }
        String t = intervention == null ? "" : intervention.strip();
        if (t.isEmpty()) {
            errors.put("intervention", "Say what will be done");
        } else if (t.length() > MAX_TEXT) {
            errors.put("intervention", "The intervention must be " + MAX_TEXT + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID item = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casework_support_item (id, case_id, need, intervention, status, updated_by)
                VALUES (?, ?, ?, ?, 'PLANNED', ?)""").params(item, id.value(), need.name(), t, me.actorId()).update();
        audit.record(AuditAction.CREATE, "casework-support", List.of(item.toString(), id.toString(),
                r.c().person().toString()), need.name());
        return support(id).stream().filter(x -> x.id().equals(item)).findFirst().orElseThrow();
    }

    @Override
    public SupportItem updateSupport(CaseId id, UUID item, SupportStatus status, String outcome) {
        Actor me = Roles.staff();
        Row r = workable(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (status == null) {
            errors.put("status", "Choose the status");
        }
        String o = outcome == null ? "" : outcome.strip();
        if ((status == SupportStatus.DONE || status == SupportStatus.STOPPED) && o.isEmpty()) {
            errors.put("outcome", "Say what came of it: an intervention done or stopped needs its outcome");
        } else if (o.length() > MAX_TEXT) {
            errors.put("outcome", "The outcome must be " + MAX_TEXT + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int n = jdbc.sql("""
                UPDATE casework_support_item SET status = ?, outcome = ?, updated_by = ?, updated_at = now()
                WHERE id = ? AND case_id = ?""").params(status.name(), o.isEmpty() ? null : o, me.actorId(), item,
                id.value()).update();
        if (n == 0) {
            throw new java.util.NoSuchElementException("No such intervention");
        }
        audit.record(AuditAction.UPDATE, "casework-support", List.of(item.toString(), id.toString(),
                r.c().person().toString()), status.name());
        return support(id).stream().filter(x -> x.id().equals(item)).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SupportItem> supportPlan(CaseId id) {
        readable(id, "support plan");
        return support(id);
    }

    private List<SupportItem> support(CaseId id) {
        return jdbc.sql("SELECT * FROM casework_support_item WHERE case_id = ? ORDER BY need, updated_at")
                .param(id.value())
                .query((rs, n) -> new SupportItem(rs.getObject("id", UUID.class), id,
                        SupportNeed.valueOf(rs.getString("need")), rs.getString("intervention"),
                        SupportStatus.valueOf(rs.getString("status")), rs.getString("outcome"),
                        instant(rs, "updated_at"))).list();
    }

    // ------------------------------------------------------------------------------------------- risk reviews

    @Override
    public RiskReview requestRiskReview(CaseId id, RiskStage stage) {
        Actor me = Roles.staff();
        Row r = workable(id);
        if (stage == null) {
            throw InvalidInputException.of("stage", "Choose why the risk is reviewed: intake, escalation or exit");
        }
        UUID review = UUID.randomUUID();
        jdbc.sql("INSERT INTO casework_risk_review (id, case_id, stage, requested_by) VALUES (?, ?, ?, ?)")
                .params(review, id.value(), stage.name(), me.actorId()).update();
        audit.record(AuditAction.CREATE, "casework-risk-review", List.of(review.toString(), id.toString(),
                r.c().person().toString()), stage.name());
        return reviews(id).stream().filter(x -> x.id().equals(review)).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RiskReview> riskReviews(CaseId id) {
        readable(id, "risk reviews");
        return reviews(id);
    }

    private List<RiskReview> reviews(CaseId id) {
        return jdbc.sql("SELECT * FROM casework_risk_review WHERE case_id = ? ORDER BY requested_at").param(id.value())
                .query((rs, n) -> {
                    UUID a = rs.getObject("assessment_id", UUID.class);
                    return new RiskReview(rs.getObject("id", UUID.class), id, RiskStage.valueOf(rs.getString("stage")),
                            instant(rs, "requested_at"), a == null ? null : new RiskAssessmentId(a));
                }).list();
    }

    /** Links an assessment risk recorded to the oldest review waiting for one on the person's open cases (once). */
    public void linkAssessment(RiskAssessmentId assessment, PersonId person) {
        jdbc.sql("""
                UPDATE casework_risk_review SET assessment_id = :a, linked_at = now()
                WHERE id = (SELECT r.id FROM casework_risk_review r JOIN casework_case c ON c.id = r.case_id
                            WHERE c.person_id = :p AND c.status <> 'CLOSED' AND r.assessment_id IS NULL
                            ORDER BY r.requested_at LIMIT 1)
                  AND NOT EXISTS (SELECT 1 FROM casework_risk_review WHERE assessment_id = :a)""")
                .param("a", assessment.value()).param("p", person.value()).update();
    }
}
