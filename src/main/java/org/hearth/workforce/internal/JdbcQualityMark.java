package org.hearth.workforce.internal;

import org.hearth.platform.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.encompass.School;
import org.hearth.encompass.SchoolId;
import org.hearth.encompass.Schools;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.InvalidInputException;
import org.hearth.workforce.EvidenceFile;
import org.hearth.workforce.Holder;
import org.hearth.workforce.HolderKind;
import org.hearth.workforce.QualityMark;
import org.hearth.workforce.QualityMarkApplication;
import org.hearth.workforce.QualityMarkApplication.Award;
import org.hearth.workforce.QualityMarkApplication.Decision;
import org.hearth.workforce.QualityMarkApplication.Evidence;
import org.hearth.workforce.QualityMarkApplicationId;
import org.hearth.workforce.QualityMarkHolding;
import org.hearth.workforce.QualityMarkStandard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Quality Mark, each call in one transaction: the rules ({@link QualityMarkRules}, no database) applied, the SQL
 * in {@link QualityMarkStore}, the holders named from the partnership's agencies and the schools register, and the
 * audit.
 */
@Service
@Transactional
class JdbcQualityMark implements QualityMark {

    static final String RECORD = "quality_mark_application";
    static final String STANDARD = "quality_mark_standard";

    private final QualityMarkStore store;
    private final AuditTrail audit;
    private final Partnerships partnerships;
    private final Schools schools;

    JdbcQualityMark(QualityMarkStore store, AuditTrail audit, Partnerships partnerships, Schools schools) {
        this.store = store;
        this.audit = audit;
        this.partnerships = partnerships;
        this.schools = schools;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QualityMarkStandard> standards() {
        return allStandards().stream().filter(QualityMarkStandard::active).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<QualityMarkStandard> allStandards() {
        return store.standards();
    }

    private Optional<QualityMarkStandard> standard(String code) {
        return allStandards().stream().filter(s -> s.code().equals(code)).findFirst();
    }


    @Override
    public QualityMarkStandard addStandard(Integer level, String title, String description) {
        InvalidInputException.refuseIfAny(QualityMarkRules.standardErrors(level, title, description));
        int position = store.lockForNewStandard();
        String code = QualityMarkRules.newCode(position, allStandards());
        store.addStandard(code, position, level, title.trim(), description.trim());
        audit.record(AuditAction.CREATE, STANDARD, code);
        return standard(code).orElseThrow();
    }

    @Override
    public QualityMarkStandard changeStandard(String code, Integer level, String title, String description) {
        QualityMarkStandard standard = standard(code).orElseThrow(() -> new NoSuchElementException("No such standard"));
        Map<String, String> errors = QualityMarkRules.standardErrors(level, title, description);
        if (!errors.containsKey("level") && level == 2 && QualityMarkRules.lastOfLevelOne(standard, standards())) {
            errors.put("level", "Level 1 needs at least one standard: this is its last one");
        }
        InvalidInputException.refuseIfAny(errors);
        store.changeStandard(code, level, title.trim(), description.trim());
        audit.record(AuditAction.UPDATE, STANDARD, code);
        return standard(code).orElseThrow();
    }

    @Override
    public QualityMarkStandard setStandardActive(String code, boolean active) {
        QualityMarkStandard standard = standard(code).orElseThrow(() -> new NoSuchElementException("No such standard"));
        if (!active && QualityMarkRules.lastOfLevelOne(standard, standards())) {
            throw InvalidInputException.of("standard", "Level 1 needs at least one standard: this is its last one");
        }
        store.setStandardActive(code, active);
        audit.record(AuditAction.UPDATE, STANDARD, code);
        return standard(code).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Holder> candidates() {
        List<Holder> out = new ArrayList<>();
        partnerships.agencies().stream().filter(Agency::active).sorted(Comparator.comparing(Agency::name))
                .forEach(a -> out.add(agency(a)));
        schools.all().stream().sorted(Comparator.comparing(School::name)).forEach(s -> out.add(school(s)));
        return out;
    }

    private static Holder agency(Agency a) {
        return new Holder(HolderKind.AGENCY, a.id().value(), a.name(), a.area() == null ? null : a.area().value());
    }

    private static Holder school(School s) {
        return new Holder(HolderKind.SCHOOL, s.id().value(), s.name(), s.area() == null ? null : s.area().value());
    }

    /** Every agency and school by kind and id, for naming holders (one query each). */
    private Function<String, Holder> names() {
        Map<String, Holder> all = new LinkedHashMap<>();
        partnerships.agencies().forEach(a -> all.put(HolderKind.AGENCY + ":" + a.id().value(), agency(a)));
        schools.all().forEach(s -> all.put(HolderKind.SCHOOL + ":" + s.id().value(), school(s)));
        return all::get;
    }

    private Optional<Holder> holder(HolderKind kind, UUID id) {
        return switch (kind) {
            case AGENCY -> partnerships.agency(new AgencyId(id)).map(JdbcQualityMark::agency);
            case SCHOOL -> schools.find(new SchoolId(id)).map(JdbcQualityMark::school);
        };
    }

    @Override
    public QualityMarkApplication apply(HolderKind kind, UUID holderId, int levelSought) {
        Map<String, String> errors = new LinkedHashMap<>();
        Holder holder = kind == null || holderId == null ? null : holder(kind, holderId).orElse(null);
        if (holder == null) {
            errors.put("holder", "Choose the agency or school applying");
        } else if (store.hasOpenApplication(kind, holderId)) {
            errors.put("holder", holder.name() + " already has an application open: add to that one");
        }
        if (levelSought != 1 && levelSought != 2) {
            errors.put("level", "Choose level 1 or level 2");
        }
        InvalidInputException.refuseIfAny(errors);
        QualityMarkApplicationId id = QualityMarkApplicationId.random();
        store.addApplication(id, kind, holderId, levelSought, today(), actor());
        audit.record(AuditAction.CREATE, RECORD, id);
        return find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<QualityMarkApplication> find(QualityMarkApplicationId id) {
        return assemble(store.application(id), names()).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<QualityMarkApplication> open() {
        return assemble(store.openApplications(), names());
    }

    @Override
    public Evidence addEvidence(QualityMarkApplicationId id, String standardCode, String note, String fileName,
            String contentType, byte[] content) {
        QualityMarkApplication application = openApplication(id);
        String text = QualityMarkRules.text(note);
        InvalidInputException.refuseIfAny(QualityMarkRules.evidenceErrors(
                standardCode != null && standards().stream().anyMatch(s -> s.code().equals(standardCode)), text,
                content));
        boolean file = content != null && content.length > 0;
        UUID evidenceId = UUID.randomUUID();
        String name = file ? QualityMarkRules.safeFileName(fileName) : null;
        store.addEvidence(evidenceId, application.id(), standardCode, text, name,
                file ? (contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType) : null,
                file ? content : null, today(), actor());
        audit.record(AuditAction.UPDATE, RECORD, id);
        return new Evidence(evidenceId, standardCode, text, name, today());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EvidenceFile> evidenceFile(QualityMarkApplicationId id, UUID evidenceId) {
        return store.evidenceFile(id, evidenceId);
    }

    @Override
    public void decide(QualityMarkApplicationId id, String standardCode, boolean met, String note) {
        QualityMarkApplication application = openApplication(id);
        QualityMarkStandard standard = standards().stream().filter(s -> s.code().equals(standardCode)).findFirst()
                .orElse(null);
        String text = QualityMarkRules.text(note);
        InvalidInputException.refuseIfAny(QualityMarkRules.decisionErrors(application, standard, met, text));
        store.decide(id, standardCode, met, text, today(), actor());
        audit.record(AuditAction.UPDATE, RECORD, id);
    }

    @Override
    public QualityMarkApplication award(QualityMarkApplicationId id, int level, LocalDate awardedOn) {
        QualityMarkApplication application = openApplication(id);
        List<InvalidInputException.Problem> problems = QualityMarkRules.awardProblems(application, level, awardedOn,
                today(), standards());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.award(id, level, awardedOn, expiry(awardedOn), actor());
        audit.record(AuditAction.UPDATE, RECORD, id);
        return find(id).orElseThrow();
    }

    /** The last day an award made on {@code awardedOn} holds. */
    static LocalDate expiry(LocalDate awardedOn) {
        return QualityMarkRules.expiry(awardedOn);
    }

    private QualityMarkApplication openApplication(QualityMarkApplicationId id) {
        QualityMarkApplication application = find(id)
                .orElseThrow(() -> new NoSuchElementException("No such application"));
        QualityMarkRules.checkOpen(application);
        return application;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QualityMarkHolding> latestAwards() {
        Function<String, Holder> names = names();
        return store.latestAwards().stream().map(r -> {
            Holder holder = names.apply(r.kind() + ":" + r.holderId());
            return holder == null ? null : new QualityMarkHolding(new QualityMarkApplicationId(r.id()), holder,
                    r.level(), r.on(), r.expires());
        }).filter(Objects::nonNull)
                .sorted(Comparator.comparing((QualityMarkHolding h) -> h.holder().name())
                        .thenComparing(h -> h.holder().kind()))
                .toList();
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    private static UUID actor() {
        return Actor.current().map(Actor::actorId).orElse(null);
    }

    /** The applications with their evidence, decisions and holders' names. */
    private List<QualityMarkApplication> assemble(List<QualityMarkStore.ApplicationRow> rows,
            Function<String, Holder> names) {
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID[] ids = rows.stream().map(QualityMarkStore.ApplicationRow::id).toArray(UUID[]::new);
        Map<UUID, List<Evidence>> evidence = store.evidence(ids);
        Map<UUID, List<Decision>> decisions = store.decisions(ids);
        return rows.stream().map(r -> {
            Holder holder = names.apply(r.kind() + ":" + r.holderId());
            if (holder == null) {
                holder = new Holder(r.kind(), r.holderId(), "An organisation no longer registered", null);
            }
            return new QualityMarkApplication(new QualityMarkApplicationId(r.id()), holder, r.sought(), r.opened(),
                    evidence.getOrDefault(r.id(), List.of()), decisions.getOrDefault(r.id(), List.of()),
                    r.on() == null ? null : new Award(r.level(), r.on(), r.expires()));
        }).toList();
    }
}
