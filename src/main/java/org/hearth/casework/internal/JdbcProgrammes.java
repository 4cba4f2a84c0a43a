package org.hearth.casework.internal;

import org.hearth.platform.Dates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.casework.CaseId;
import org.hearth.casework.PartnerNotice;
import org.hearth.casework.Programme;
import org.hearth.casework.ProgrammeAttendance;
import org.hearth.casework.ProgrammeEndReason;
import org.hearth.casework.ProgrammeId;
import org.hearth.casework.ProgrammeReferral;
import org.hearth.casework.ProgrammeReferralId;
import org.hearth.casework.Programmes;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Perpetrator programmes: see {@link Programmes}. Each call in one transaction: who may call (the programme's staff
 * are the casework roles of its provider agency; the partner's worker reads only the notices, through
 * {@link JdbcCasework#readable}), the need-to-know grant, and the audit. The rules are {@link ProgrammeRules} (no
 * database), the SQL {@link ProgrammeStore}.
 */
@Service
@Transactional
class JdbcProgrammes implements Programmes {

    static final String BASIS = "casework-programme";

    private final ProgrammeStore store;
    private final AuditTrail audit;
    private final PersonAccess access;
    private final Partnerships partnerships;
    private final StaffUsers users;
    private final JdbcCasework casework;
    private final Clock clock = Clock.system(Dates.UK);

    JdbcProgrammes(ProgrammeStore store, AuditTrail audit, PersonAccess access, Partnerships partnerships,
            StaffUsers users, JdbcCasework casework) {
        this.store = store;
        this.audit = audit;
        this.access = access;
        this.partnerships = partnerships;
        this.users = users;
        this.casework = casework;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The programme with its provider's name (from the partnership module). */
    private Programme named(Programme p) {
        String agency = partnerships.agency(p.agency()).map(a -> a.name()).orElse("Unknown agency");
        return new Programme(p.id(), p.agency(), agency, p.name(), p.courtMandated(), p.places(), p.inProgramme(),
                p.waiting(), p.medianWaitDays());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Programme> all() {
        Roles.actor();
        return store.programmes(today().minusYears(1)).stream().map(this::named).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Programme> find(ProgrammeId id) {
        Roles.actor();
        return store.programme(id, today().minusYears(1)).map(this::named);
    }

    @Override
    public Programme create(AgencyId provider, String name, boolean courtMandated, Integer places) {
        if (!Roles.admin()) {
            throw new AccessDeniedException("Programmes are set up by system administrators");
        }
        String n = ProgrammeRules.strip(name);
        Map<String, String> errors = ProgrammeRules.programmeErrors(
                provider != null && partnerships.agency(provider).isPresent(), n,
                !n.isEmpty() && n.length() <= ProgrammeRules.MAX_NAME && store.nameTaken(n), places);
        InvalidInputException.refuseIfAny(errors);
        UUID id = UUID.randomUUID();
        store.addProgramme(id, provider, n, courtMandated, places);
        audit.record(AuditAction.CREATE, "perpetrator-programme", List.of(id.toString()), "programme added");
        return find(new ProgrammeId(id)).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean staffOf(ProgrammeId id) {
        Actor me = Actor.current().orElse(null);
        if (me == null || me.apiClient() || !Roles.casework()) {
            return false;
        }
        return store.runBy(id, me.agency());
    }

    private void mustBeStaff(ProgrammeId id) {
        if (!staffOf(id)) {
            throw new AccessDeniedException("Not the programme's staff");
        }
    }

    @Override
    public ProgrammeReferral refer(PersonId perpetrator, ProgrammeId programme, PersonId partner, String reason) {
        Actor me = Roles.staff();
        if (!Roles.casework() || perpetrator == null || !access.holdsGround(perpetrator)) {
            throw new AccessDeniedException("No ground on this record");
        }
        Optional<Programme> p = programme == null ? Optional.empty() : find(programme);
        String why = ProgrammeRules.strip(reason);
        Map<String, String> errors = ProgrammeRules.referralErrors(p,
                p.isPresent() && store.openReferral(programme, perpetrator), perpetrator, partner,
                partner != null && access.holdsGround(partner), why);
        InvalidInputException.refuseIfAny(errors);
        UUID partnerCase = partner == null ? null : store.openCase(partner).orElse(null);
        UUID id = UUID.randomUUID();
        LocalDate today = today();
        String reference = "PP-" + today.getYear() + "-" + String.format("%05d", store.nextNumber());
        UUID grant = access.grant(perpetrator, GrantHolder.agency(p.get().agency()), AccessGround.ALLOCATED,
                AccessScope.RECORD, null, GrantBasis.of(BASIS, id)).id();
        store.addReferral(id, reference, programme, perpetrator, partner, partnerCase, today, me.actorId(), why, grant);
        List<String> ids = new ArrayList<>(List.of(perpetrator.toString()));
        if (partner != null) {
            ids.add(partner.toString());
        }
        ids.add(id.toString());
        audit.record(AuditAction.CREATE, "person", ids, "casework: referral to a perpetrator programme "
                + reference + (partnerCase == null ? "" : ", partner's worker linked"));
        return load(id).orElseThrow();
    }

    /** The referral with its sessions, each named by who recorded it (from the access module). */
    private Optional<ProgrammeReferral> load(UUID id) {
        return store.referral(id).map(this::withSessions);
    }

    private ProgrammeReferral withSessions(ProgrammeReferral r) {
        Map<UUID, String> names = new HashMap<>();
        List<ProgrammeReferral.Session> sessions = store.sessions(r.id()).stream()
                .map(s -> new ProgrammeReferral.Session(s.on(), s.attendance(), s.note(),
                        names.computeIfAbsent(s.recordedBy(), u -> users.find(new StaffUserId(u))
                                .map(StaffUser::displayName).orElse("Unknown"))))
                .toList();
        return new ProgrammeReferral(r.id(), r.reference(), r.programme(), r.programmeName(), r.person(),
                r.referredOn(), r.reason(), r.status(), r.assessedOn(), r.startedOn(), r.endedOn(), r.endReason(),
                r.partnerLinked(), sessions);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProgrammeReferral> referrals(ProgrammeId programme) {
        mustBeStaff(programme);
        List<ProgrammeReferral> list = store.referrals(programme);
        if (!list.isEmpty()) {
            audit.record(AuditAction.READ, "person", list.stream().map(r -> r.person().toString()).distinct().toList(),
                    "casework: perpetrator programme referrals");
        }
        return list;
    }

    /** The referral for its programme's staff; 404 for none, 403 for anyone else. */
    private ProgrammeReferral staffReferral(ProgrammeReferralId id) {
        ProgrammeReferral r = load(id.value()).orElseThrow(() -> new NoSuchElementException("No such referral"));
        mustBeStaff(r.programme());
        return r;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProgrammeReferral> referral(ProgrammeReferralId id) {
        if (store.referral(id.value()).isEmpty()) {
            return Optional.empty();
        }
        ProgrammeReferral r = staffReferral(id);
        audit.record(AuditAction.READ, "person", List.of(r.person().toString(), id.toString()),
                "casework: perpetrator programme referral");
        return Optional.of(r);
    }


    @Override
    public ProgrammeReferral assess(ProgrammeReferralId id, Boolean suitable, LocalDate on) {
        ProgrammeReferral r = staffReferral(id);
        InvalidInputException.refuseIfAny(ProgrammeRules.assessErrors(r, suitable, on, today()));
        store.assessed(id, suitable, on);
        if (!suitable) {
            endGrant(id);
        }
        audit.record(AuditAction.UPDATE, "person", List.of(r.person().toString(), id.toString()),
                "casework: programme assessment " + (suitable ? "suitable" : "not suitable"));
        return load(id.value()).orElseThrow();
    }

    @Override
    public ProgrammeReferral start(ProgrammeReferralId id, LocalDate on) {
        ProgrammeReferral r = staffReferral(id);
        InvalidInputException.refuseIfAny(
                ProgrammeRules.startErrors(r, find(r.programme()).orElseThrow(), on, today()));
        store.started(id, on);
        store.notice(id, PartnerNotice.Kind.STARTED, on, null);
        audit.record(AuditAction.UPDATE, "person", List.of(r.person().toString(), id.toString()),
                "casework: programme started");
        return load(id.value()).orElseThrow();
    }

    @Override
    public ProgrammeReferral recordSession(ProgrammeReferralId id, LocalDate on, ProgrammeAttendance attendance,
            String note) {
        ProgrammeReferral r = staffReferral(id);
        String text = ProgrammeRules.strip(note);
        InvalidInputException.refuseIfAny(ProgrammeRules.sessionErrors(r, on, attendance, text, today()));
        store.addSession(id, on, attendance, text.isEmpty() ? null : text, Roles.staff().actorId());
        if (attendance == ProgrammeAttendance.MISSED) {
            store.notice(id, PartnerNotice.Kind.MISSED, on, null);
        }
        audit.record(AuditAction.UPDATE, "person", List.of(r.person().toString(), id.toString()),
                "casework: programme session " + attendance);
        return load(id.value()).orElseThrow();
    }

    @Override
    public ProgrammeReferral end(ProgrammeReferralId id, LocalDate on, ProgrammeEndReason reason) {
        ProgrammeReferral r = staffReferral(id);
        InvalidInputException.refuseIfAny(ProgrammeRules.endErrors(r, on, reason, today()));
        store.ended(id, on, reason);
        store.notice(id, reason == ProgrammeEndReason.COMPLETED ? PartnerNotice.Kind.COMPLETED
                : PartnerNotice.Kind.ENDED, on, null);
        endGrant(id);
        audit.record(AuditAction.UPDATE, "person", List.of(r.person().toString(), id.toString()),
                "casework: programme ended " + reason);
        return load(id.value()).orElseThrow();
    }

    @Override
    public void tellPartnerWorker(ProgrammeReferralId id, String risk) {
        ProgrammeReferral r = staffReferral(id);
        String text = ProgrammeRules.strip(risk);
        ProgrammeRules.checkRiskNotice(r, text);
        store.notice(id, PartnerNotice.Kind.RISK, today(), text);
        audit.record(AuditAction.UPDATE, "person", List.of(r.person().toString(), id.toString()),
                "casework: programme risk told to the partner's worker");
    }

    private void endGrant(ProgrammeReferralId id) {
        store.grant(id).ifPresent(access::end);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnerNotice> noticesFor(CaseId partnerCase) {
        casework.readable(partnerCase, "perpetrator programme notices");
        return store.notices(partnerCase).stream().map(JdbcProgrammes::notice).toList();
    }

    private static PartnerNotice notice(ProgrammeStore.NoticeRow n) {
        return new PartnerNotice(n.referral(), n.reference(), n.programmeName(), n.kind(), n.on(),
                ProgrammeRules.words(n.kind(), n.endReason(), n.risk()), n.at());
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseNotice> myRecentNotices(int days) {
        List<ProgrammeStore.WorkerNoticeRow> rows = store.recentNoticesOf(Roles.staff().actorId(), days);
        if (!rows.isEmpty()) {
            audit.record(AuditAction.READ, "person", rows.stream().map(r -> r.person().toString()).distinct()
                    .toList(), "casework: perpetrator programme notices on my cases");
        }
        return rows.stream().map(r -> new CaseNotice(new CaseId(r.caseId()), r.caseReference(), notice(r.notice())))
                .toList();
    }
}
