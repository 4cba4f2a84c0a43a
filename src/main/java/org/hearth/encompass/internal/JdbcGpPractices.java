package org.hearth.encompass.internal;

import static org.hearth.encompass.internal.EncompassAccess.keyAdult;

import java.io.Reader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.encompass.GpNotification;
import org.hearth.encompass.GpPractice;
import org.hearth.encompass.GpPracticeChanges;
import org.hearth.encompass.GpPracticeId;
import org.hearth.encompass.GpPractices;
import org.hearth.encompass.ImportReport;
import org.hearth.encompass.RoutineEnquiry;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.People;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * GP practices: who may call (the register is kept by hub coordinators and administrators; a key adult reads the
 * notifications to their practices), the rules ({@link GpPracticeRules}, no database) applied, the SQL in
 * {@link GpPracticeStore}, and the audit.
 */
@Service
class JdbcGpPractices implements GpPractices {

    static final List<String> HEADER = GpPracticeRules.HEADER;

    private final GpPracticeStore store;
    private final AuditTrail audit;
    private final Partnerships partnerships;
    private final People people;
    private final GpNotifier notifier;

    JdbcGpPractices(GpPracticeStore store, AuditTrail audit, Partnerships partnerships, People people,
            GpNotifier notifier) {
        this.store = store;
        this.audit = audit;
        this.partnerships = partnerships;
        this.people = people;
        this.notifier = notifier;
    }

    /** The register is kept by hub coordinators and administrators. */
    static void requireKeeper() {
        boolean ok = Actor.current().map(a -> !a.apiClient()
                && (a.hasRole(Role.HUB_COORDINATOR) || a.hasRole(Role.SYSTEM_ADMIN))).orElse(false);
        if (!ok) {
            throw new AccessDeniedException("For hub coordinators and administrators");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figures> register() {
        requireKeeper();
        return store.register().stream().map(c -> new Figures(c.practice(),
                partnerships.area(c.practice().area()).map(Area::name).orElse(null), c.notifications(),
                c.routineEnquiryReferrals())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GpPractice> find(GpPracticeId id) {
        return store.find(id);
    }

    private GpPracticeRules.Checked check(GpPracticeChanges c, GpPracticeId existing, AreaId keepArea) {
        return GpPracticeRules.check(c, keepArea, a -> partnerships.area(a).isPresent(),
                ods -> store.odsTaken(ods, existing));
    }

    @Override
    @Transactional
    public ImportReport importCsv(Reader csv) {
        requireKeeper();
        Map<String, Area> areas = RegisterCsv.areasByName(partnerships.areas());
        Set<String> odsInFile = new HashSet<>();
        Set<String> namesInFile = new HashSet<>();
        RegisterCsv.Read read = RegisterCsv.read(csv, HEADER, field -> {
            GpPracticeRules.Line line = GpPracticeRules.csvLine(field, areas, odsInFile, namesInFile,
                    ods -> store.odsTaken(ods, null), store::nameTaken);
            if (line.checked() == null) {
                return RegisterCsv.Outcome.refused(line.name(), line.problems());
            }
            GpPracticeId id = new GpPracticeId(UUID.randomUUID());
            store.insert(id, line.area().id(), line.checked());
            return RegisterCsv.Outcome.added(line.checked().name(), id.value());
        });
        audit.record(AuditAction.CREATE, "gp-practice", read.added(), "GP practices CSV import");
        return read.report();
    }

    @Override
    @Transactional
    public GpPracticeId add(GpPracticeChanges practice) {
        requireKeeper();
        GpPracticeRules.Checked c = check(practice, null, null);
        GpPracticeId id = new GpPracticeId(UUID.randomUUID());
        store.insert(id, c.area(), c);
        audit.record(AuditAction.CREATE, "gp-practice", List.of(id.toString()), "added to the register");
        return id;
    }

    /** Adds a practice as given (tests; no checks, no audit). */
    void insert(GpPracticeId id, AreaId area, String name, String ods, String contactName, String contactEmail,
            RoutineEnquiry re) {
        store.insert(id, area, new GpPracticeRules.Checked(area, name, ods, contactName, contactEmail, re));
    }

    @Override
    @Transactional
    public void update(GpPracticeId id, GpPracticeChanges practice) {
        requireKeeper();
        GpPractice p = find(id).orElseThrow(() -> new NoSuchElementException("No such practice"));
        store.update(id, check(practice, id, p.area()));
        audit.record(AuditAction.UPDATE, "gp-practice", List.of(id.toString()), "details changed");
    }

    @Override
    @Transactional
    public void recordPractice(PersonId person, GpPracticeId practice) {
        requireKeeper();
        find(practice).orElseThrow(() -> InvalidInputException.of("practice", "Choose a practice from the register"));
        store.recordPractice(person, practice);
        audit.record(AuditAction.UPDATE, "person", List.of(person.toString()), "GP practice recorded");
    }

    @Override
    @Transactional
    public List<Attention> attention() {
        EncompassAccess.requireHubCoordinator();
        List<Attention> out = store.attention().stream().map(a -> new Attention(a.id(), a.person(),
                people.name(a.person()).orElse("Unknown"), a.part(), a.source(), a.createdAt())).toList();
        if (!out.isEmpty()) {
            audit.record(AuditAction.READ, "person", out.stream().map(a -> a.person().toString()).toList(),
                    "GP practices: people whose practice is not known");
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public int attentionWaiting() {
        requireKeeper();
        return store.attention().size();
    }

    @Override
    @Transactional
    public void resolve(UUID attentionId, GpPracticeId practice) {
        EncompassAccess.requireHubCoordinator();
        GpNotifier.Waiting w = store.waiting(attentionId)
                .orElseThrow(() -> new NoSuchElementException("No such entry"));
        recordPractice(w.party().person(), practice);
        notifier.notify(w.gpCase(), w.party(), practice);
        store.resolved(attentionId);
    }

    @Override
    @Transactional
    public void markRoutineEnquiry(GpPracticeId practice, String referralReference) {
        requireKeeper();
        find(practice).orElseThrow(() -> new NoSuchElementException("No such practice"));
        String ref = referralReference == null ? "" : referralReference.strip();
        UUID referral = ref.isEmpty() ? null : store.referral(ref).orElse(null);
        if (referral == null) {
            throw InvalidInputException.of("reference", "Enter the reference of a referral in Hearth");
        }
        store.routineEnquiry(referral, practice, Actor.current().orElseThrow().actorId());
        audit.record(AuditAction.UPDATE, "referral", List.of(referral.toString()),
                "identified by routine enquiry at GP practice " + practice);
    }

    @Override
    @Transactional
    public void addContact(GpPracticeId practice, StaffUserId user) {
        requireKeeper();
        find(practice).orElseThrow();
        store.addContact(practice, user);
        audit.record(AuditAction.UPDATE, "gp-practice", List.of(practice.toString(), user.toString()),
                "key adult's account added");
    }

    @Override
    @Transactional
    public boolean removeContact(GpPracticeId practice, StaffUserId user) {
        requireKeeper();
        boolean removed = store.removeContact(practice, user);
        if (removed) {
            audit.record(AuditAction.UPDATE, "gp-practice", List.of(practice.toString(), user.toString()),
                    "key adult's account removed");
        }
        return removed;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffUserId> contacts(GpPracticeId practice) {
        return store.contacts(practice);
    }

    // ------------------------------------------------------------------------------------------ the key adult

    @Override
    @Transactional
    public List<GpNotification> mine() {
        return KeyAdultReads.listed(audit, store.mine(keyAdult().id()), "GP practice notifications listed");
    }

    @Override
    @Transactional
    public Optional<GpNotification> mine(UUID id) {
        return KeyAdultReads.read(audit, store.mine(keyAdult().id(), id), "GP practice notification " + id);
    }

    @Override
    @Transactional
    public boolean acknowledge(UUID id) {
        return KeyAdultReads.acknowledged(audit, store.acknowledge(keyAdult().id(), id), "gp-notification", id);
    }
}
