package org.hearth.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.StaffUserId;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseNote;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseSource;
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
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.referrals.ReferralId;
import org.hearth.risk.RiskAssessmentId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The casework service: each step asks {@link CaseAccessRules} who may act, {@link CaseInputRules} and
 * {@link HandoverRules} what is refused, writes through {@link CaseStore}, grants through {@code PersonAccess} and
 * audits through {@link CaseworkAudit}; the chronology is worded by {@link CaseChronology}.
 */
@Service
@Transactional
class JdbcCasework implements Casework {
    static final String CASE_BASIS = "casework-case";
    static final String HANDOVER_BASIS = "casework-handover";
    static final int MAX_TEXT = CaseInputRules.MAX_TEXT;
    static final String TRIAGE_READER = "Casework (the hub's triage decision)";

    private final CaseStore store;
    private final CaseGate gate;
    private final CaseIntake intake;
    private final CaseHandovers handovers;
    private final CaseworkAudit audit;
    private final CaseChronology chronology;
    private final PersonAccess access;
    private final CaseEntries entries;

    JdbcCasework(CaseStore store, CaseGate gate, CaseIntake intake, CaseHandovers handovers, CaseworkAudit audit,
            CaseChronology chronology, PersonAccess access, CaseEntries entries) {
        this.store = store;
        this.gate = gate;
        this.intake = intake;
        this.handovers = handovers;
        this.audit = audit;
        this.chronology = chronology;
        this.access = access;
        this.entries = entries;
    }

    // ------------------------------------------------------------------------------------------- referral in

    @Override
    public Case refer(PersonId person, CaseServiceId service, String reason, CaseSource source) {
        return intake.refer(person, service, reason, source);
    }

    @Override
    public Optional<Case> fromTriage(ReferralId referral, PersonId victim, ServiceKind kind) {
        return intake.fromTriage(referral, victim, kind);
    }

    @Override
    public Optional<Case> fromMarac(MaracReferralId referral, PersonId victim, MaracId marac) {
        return intake.fromMarac(referral, victim, marac);
    }

    // ------------------------------------------------------------------------------------------- reading

    /** The case's row, whoever asks (for the module's own services, which check access themselves). */
    Optional<CaseRow> row(UUID id) {
        return store.row(id);
    }

    boolean managerOf(CaseServiceId service, UUID user) {
        return store.managerOf(service, user);
    }

    Optional<UUID> openCaseOfKind(PersonId person, ServiceKind kind) {
        return store.openCaseOfKind(person, kind);
    }

    /** The case for reading, audited with the person's id; refused otherwise ({@link CaseGate#readable}). */
    CaseRow readable(CaseId id, String what) {
        return gate.readable(id, what);
    }

    /** The case for writing (its worker or a manager of its service; not closed). */
    CaseRow workable(CaseId id) {
        return gate.workable(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Case> find(CaseId id) {
        if (store.row(id.value()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(readable(id, "case").c());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Case> myCases() {
        List<Case> cases = store.openCasesOf(Roles.staff().actorId());
        audit.listed(cases, "my cases");
        return cases;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Case> agencyCases(AgencyId agency, StaffUserId worker) {
        CaseAccessRules.requireAgencyCases(agency, Roles.actor());
        List<Case> cases = store.agencyCases(agency, CaseAccessRules.id(worker));
        audit.listed(cases, "the agency's cases");
        return cases;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Case> queue(CaseServiceId service) {
        if (!store.managerOf(service, Roles.staff().actorId())) {
            throw new AccessDeniedException("For the service's managers");
        }
        List<Case> cases = store.queue(service);
        audit.listed(cases, "allocation queue");
        return cases;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayWork(CaseId id) {
        Actor me = Actor.current().orElse(null);
        return me != null && store.row(id.value()).map(r -> CaseAccessRules.mayWork(r, me, store::managerOf))
                .orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean manages(CaseServiceId service) {
        Actor me = Actor.current().orElse(null);
        return me != null && CaseAccessRules.manages(service, me, store::managerOf);
    }

    // ------------------------------------------------------------------------------------------- allocation

    @Override
    public Case allocate(CaseId id, StaffUserId worker) {
        return handovers.allocate(id, worker);
    }

    /** Need-to-know for the case's worker (with safe contact details) and their agency, as lasting grants. */
    void grantAllocation(Case c, StaffUserId worker, AgencyId agency) {
        handovers.grantAllocation(c, worker, agency);
    }

    @Override
    public Handover handover(CaseId id, StaffUserId toWorker, CaseServiceId toService, AgencyId toAgency,
            String note) {
        return handovers.handover(id, toWorker, toService, toAgency, note);
    }

    @Override
    public Case acceptHandover(HandoverId handover) {
        return handovers.acceptHandover(handover);
    }

    // ------------------------------------------------------------------------------------------- contact

    @Override
    public ContactAttempt recordContact(CaseId id, Instant attemptedAt, ContactMethod method, ContactOutcome outcome,
            String notes) {
        return entries.recordContact(id, attemptedAt, method, outcome, notes);
    }

    @Override
    public void acknowledge(CaseId id, UUID contact) {
        entries.acknowledge(id, contact);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContactAttempt> contacts(CaseId id) {
        readable(id, "contacts");
        return store.contacts(id);
    }

    @Override
    public void setEngagement(CaseId id, Engagement engagement) {
        entries.setEngagement(id, engagement);
    }

    // ------------------------------------------------------------------------------------------- notes

    @Override
    public CaseNote addNote(CaseId id, NoteType type, LocalDate on, String text) {
        return entries.addNote(id, type, on, text);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseNote> notes(CaseId id) {
        readable(id, "notes");
        return store.notes(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChronologyEntry> chronology(CaseId id) {
        Case c = readable(id, "chronology").c();
        // protective orders only for a reader holding a real ground on the person (the orders module's rule); the
        // person's records in other modules only for a reader who may read the person's record
        return chronology.of(c, new CaseChronology.Reach(access.holdsGround(c.person()), access.mayView(c.person())));
    }

    // ------------------------------------------------------------------------------------------- plans

    @Override
    public SafetyPlan saveSafetyPlan(CaseId id, SafetyPlan.Sections s) {
        return entries.saveSafetyPlan(id, s);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SafetyPlan> safetyPlans(CaseId id) {
        readable(id, "safety plan");
        return store.plans(id);
    }

    @Override
    public SupportItem addSupport(CaseId id, SupportNeed need, String intervention) {
        return entries.addSupport(id, need, intervention);
    }

    @Override
    public SupportItem updateSupport(CaseId id, UUID item, SupportStatus status, String outcome) {
        return entries.updateSupport(id, item, status, outcome);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SupportItem> supportPlan(CaseId id) {
        readable(id, "support plan");
        return store.support(id);
    }

    // ------------------------------------------------------------------------------------------- risk reviews

    @Override
    public RiskReview requestRiskReview(CaseId id, RiskStage stage) {
        return entries.requestRiskReview(id, stage);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RiskReview> riskReviews(CaseId id) {
        readable(id, "risk reviews");
        return store.reviews(id);
    }

    /** Links an assessment risk recorded to the oldest review waiting for one on the person's open cases (once). */
    public void linkAssessment(RiskAssessmentId assessment, PersonId person) {
        store.linkAssessment(assessment, person);
    }
}
