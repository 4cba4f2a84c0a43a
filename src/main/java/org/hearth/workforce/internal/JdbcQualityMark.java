package org.hearth.workforce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcQualityMark implements QualityMark {

    static final int MOST_FILE_BYTES = 10 * 1024 * 1024;
    static final int MOST_NOTE = 4000;
    static final String RECORD = "quality_mark_application";
    static final String STANDARD = "quality_mark_standard";
    static final int MOST_TITLE = 200;
    static final int MOST_DESCRIPTION = 2000;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Partnerships partnerships;
    private final Schools schools;

    JdbcQualityMark(JdbcClient jdbc, AuditTrail audit, Partnerships partnerships, Schools schools) {
        this.jdbc = jdbc;
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
        return jdbc.sql("SELECT code, position, level, title, description, active FROM qm_standard ORDER BY position")
                .query((rs, n) -> new QualityMarkStandard(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6))).list();
    }

    private Optional<QualityMarkStandard> standard(String code) {
        return allStandards().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    private static Map<String, String> checkStandard(Integer level, String title, String description) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (level == null || (level != 1 && level != 2)) {
            errors.put("level", "Choose level 1 or level 2");
        }
        if (title == null || title.isBlank()) {
            errors.put("title", "Enter the standard's title");
        } else if (title.trim().length() > MOST_TITLE) {
            errors.put("title", "The title must be 200 characters or fewer");
        }
        if (description == null || description.isBlank()) {
            errors.put("description", "Say what the standard asks of an organisation");
        } else if (description.trim().length() > MOST_DESCRIPTION) {
            errors.put("description", "What the standard asks must be 2,000 characters or fewer");
        }
        return errors;
    }

    /** Whether level 1 would keep an active standard if {@code code} were retired or moved to level 2. */
    private boolean levelOneKeepsAStandardWithout(String code) {
        return standards().stream().anyMatch(s -> s.level() == 1 && !s.code().equals(code));
    }

    @Override
    public QualityMarkStandard addStandard(Integer level, String title, String description) {
        Map<String, String> errors = checkStandard(level, title, description);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // one writer of positions and codes at a time (reads go on)
        jdbc.sql("LOCK TABLE qm_standard IN EXCLUSIVE MODE").update();
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM qm_standard").query(Integer.class).single();
        String code = "S" + position;
        for (int n = position; standard(code).isPresent(); n++) {
            code = "S" + (n + 1);
        }
        jdbc.sql("INSERT INTO qm_standard (code, position, level, title, description) VALUES (?, ?, ?, ?, ?)")
                .params(code, position, level, title.trim(), description.trim()).update();
        audit.record(AuditAction.CREATE, STANDARD, code);
        return standard(code).orElseThrow();
    }

    @Override
    public QualityMarkStandard changeStandard(String code, Integer level, String title, String description) {
        QualityMarkStandard standard = standard(code).orElseThrow(() -> new java.util.NoSuchElementException(
                "No such standard"));
        Map<String, String> errors = checkStandard(level, title, description);
        if (!errors.containsKey("level") && level == 2 && standard.level() == 1 && standard.active()
                && !levelOneKeepsAStandardWithout(code)) {
            errors.put("level", "Level 1 needs at least one standard: this is its last one");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE qm_standard SET level = ?, title = ?, description = ? WHERE code = ?")
                .params(level, title.trim(), description.trim(), code).update();
        audit.record(AuditAction.UPDATE, STANDARD, code);
        return standard(code).orElseThrow();
    }

    @Override
    public QualityMarkStandard setStandardActive(String code, boolean active) {
        QualityMarkStandard standard = standard(code).orElseThrow(() -> new java.util.NoSuchElementException(
                "No such standard"));
        if (!active && standard.active() && standard.level() == 1 && !levelOneKeepsAStandardWithout(code)) {
            throw InvalidInputException.of("standard", "Level 1 needs at least one standard: this is its last one");
        }
        jdbc.sql("UPDATE qm_standard SET active = ? WHERE code = ?").params(active, code).update();
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

    /** Every agency and school by id, for naming holders (one query each). */
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
        } else if (jdbc.sql("SELECT count(*) FROM qm_application WHERE holder_kind = ? AND holder_id = ? AND awarded_on IS NULL")
                .params(kind.name(), holderId).query(Long.class).single() > 0) {
            errors.put("holder", holder.name() + " already has an application open: add to that one");
        }
        if (levelSought != 1 && levelSought != 2) {
            errors.put("level", "Choose level 1 or level 2");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        QualityMarkApplicationId id = QualityMarkApplicationId.random();
        jdbc.sql("""
                INSERT INTO qm_application (id, holder_kind, holder_id, level_sought, opened_on, opened_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id.value(), kind.name(), holderId, levelSought, today(), actor()).update();
        audit.record(AuditAction.CREATE, RECORD, id);
        return find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<QualityMarkApplication> find(QualityMarkApplicationId id) {
        return load("WHERE a.id = ?", names(), id.value()).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<QualityMarkApplication> open() {
        return load("WHERE a.awarded_on IS NULL", names());
    }

    @Override
    public Evidence addEvidence(QualityMarkApplicationId id, String standardCode, String note, String fileName,
            String contentType, byte[] content) {
        QualityMarkApplication application = openApplication(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (standardCode == null || standards().stream().noneMatch(s -> s.code().equals(standardCode))) {
            errors.put("standard", "Choose the standard this evidence is for");
        }
        String text = note == null || note.isBlank() ? null : note.trim();
        boolean file = content != null && content.length > 0;
        if (text == null && !file) {
            errors.put("note", "Describe the evidence or attach a file");
        } else if (text != null && text.length() > MOST_NOTE) {
            errors.put("note", "The description must be 4,000 characters or fewer");
        }
        if (file && content.length > MOST_FILE_BYTES) {
            errors.put("file", "The file must be 10 MB or smaller");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID evidenceId = UUID.randomUUID();
        String name = file ? safeFileName(fileName) : null;
        jdbc.sql("""
                INSERT INTO qm_evidence (id, application_id, standard_code, note, file_name, content_type, content,
                    added_on, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(evidenceId, application.id().value(), standardCode, text, name,
                        file ? (contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType)
                                : null, file ? content : null, today(), actor())
                .update();
        audit.record(AuditAction.UPDATE, RECORD, id);
        return new Evidence(evidenceId, standardCode, text, name, today());
    }

    private static String safeFileName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (base.isEmpty()) {
            base = "evidence";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EvidenceFile> evidenceFile(QualityMarkApplicationId id, UUID evidenceId) {
        return jdbc.sql("""
                SELECT file_name, content_type, content FROM qm_evidence
                WHERE application_id = ? AND id = ? AND content IS NOT NULL""")
                .params(id.value(), evidenceId)
                .query((rs, n) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    @Override
    public void decide(QualityMarkApplicationId id, String standardCode, boolean met, String note) {
        QualityMarkApplication application = openApplication(id);
        Map<String, String> errors = new LinkedHashMap<>();
        QualityMarkStandard standard = standards().stream().filter(s -> s.code().equals(standardCode)).findFirst()
                .orElse(null);
        if (standard == null) {
            errors.put("standard", "Choose the standard you have assessed");
        } else if (met && application.evidenceFor(standardCode).isEmpty()) {
            errors.put("standard", "Standard " + standard.position() + " (" + standard.title()
                    + ") has no evidence yet: it cannot be met without evidence");
        }
        String text = note == null || note.isBlank() ? null : note.trim();
        if (!met && text == null) {
            errors.put("note", "Say what is missing for the standard to be met");
        } else if (text != null && text.length() > MOST_NOTE) {
            errors.put("note", "The note must be 4,000 characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("""
                INSERT INTO qm_decision (application_id, standard_code, met, note, decided_on, decided_by)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (application_id, standard_code) DO UPDATE SET met = EXCLUDED.met, note = EXCLUDED.note,
                    decided_on = EXCLUDED.decided_on, decided_by = EXCLUDED.decided_by""")
                .params(id.value(), standardCode, met, text, today(), actor()).update();
        audit.record(AuditAction.UPDATE, RECORD, id);
    }

    @Override
    public QualityMarkApplication award(QualityMarkApplicationId id, int level, LocalDate awardedOn) {
        QualityMarkApplication application = openApplication(id);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (level != 1 && level != 2) {
            problems.add(new InvalidInputException.Problem("level", "Choose level 1 or level 2"));
        }
        if (awardedOn == null) {
            problems.add(new InvalidInputException.Problem("awardedOn", "Enter the date of the award"));
        } else if (awardedOn.isAfter(today())) {
            problems.add(new InvalidInputException.Problem("awardedOn", "The date of the award must be today or in the past"));
        } else if (awardedOn.isBefore(application.openedOn())) {
            problems.add(new InvalidInputException.Problem("awardedOn", "The award cannot be made before the application was opened"));
        }
        if (level == 1 || level == 2) {
            List<QualityMarkStandard> needed = standards().stream().filter(s -> s.neededFor(level)).toList();
            List<String> noEvidence = needed.stream().filter(s -> application.evidenceFor(s.code()).isEmpty())
                    .map(JdbcQualityMark::named).toList();
            List<String> notMet = needed.stream().filter(s -> !application.evidenceFor(s.code()).isEmpty())
                    .filter(s -> application.decisionOn(s.code()).map(d -> !d.met()).orElse(true))
                    .map(JdbcQualityMark::named).toList();
            if (!noEvidence.isEmpty()) {
                problems.add(new InvalidInputException.Problem("level", "A level " + level
                        + " award needs evidence for every standard: none yet for " + list(noEvidence)));
            }
            if (!notMet.isEmpty()) {
                problems.add(new InvalidInputException.Problem("level", "A level " + level
                        + " award needs every standard assessed as met: not yet for " + list(notMet)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("""
                UPDATE qm_application SET awarded_level = ?, awarded_on = ?, expires_on = ?, awarded_by = ?
                WHERE id = ? AND awarded_on IS NULL""")
                .params(level, awardedOn, expiry(awardedOn), actor(), id.value()).update();
        audit.record(AuditAction.UPDATE, RECORD, id);
        return find(id).orElseThrow();
    }

    /** The last day an award made on {@code awardedOn} holds. */
    static LocalDate expiry(LocalDate awardedOn) {
        return awardedOn.plusYears(AWARD_YEARS).minusDays(1);
    }

    private static String named(QualityMarkStandard s) {
        return s.position() + " (" + s.title().toLowerCase(Locale.UK) + ")";
    }

    private static String list(List<String> items) {
        if (items.size() == 1) {
            return "standard " + items.get(0);
        }
        return "standards " + String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private QualityMarkApplication openApplication(QualityMarkApplicationId id) {
        QualityMarkApplication application = find(id).orElseThrow(() -> new java.util.NoSuchElementException(
                "No such application"));
        if (application.awarded()) {
            throw InvalidInputException.of("application", "This application has been awarded: open a new application to renew");
        }
        return application;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QualityMarkHolding> latestAwards() {
        Function<String, Holder> names = names();
        return jdbc.sql("""
                SELECT DISTINCT ON (holder_kind, holder_id) id, holder_kind, holder_id, awarded_level, awarded_on, expires_on
                FROM qm_application WHERE awarded_on IS NOT NULL
                ORDER BY holder_kind, holder_id, awarded_on DESC, created_at DESC""")
                .query((rs, n) -> {
                    Holder holder = names.apply(rs.getString(2) + ":" + rs.getObject(3, UUID.class));
                    return holder == null ? null : new QualityMarkHolding(new QualityMarkApplicationId(
                            rs.getObject(1, UUID.class)), holder, rs.getInt(4), rs.getObject(5, LocalDate.class),
                            rs.getObject(6, LocalDate.class));
                }).list().stream().filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing((QualityMarkHolding h) -> h.holder().name()).thenComparing(h -> h.holder().kind()))
                .toList();
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(JdbcTraining.ZONE);
    }

    private static UUID actor() {
        return Actor.current().map(Actor::actorId).orElse(null);
    }

    private List<QualityMarkApplication> load(String where, Function<String, Holder> names, Object... params) {
        record Row(UUID id, String kind, UUID holderId, int sought, LocalDate opened, Integer level, LocalDate on,
                LocalDate expires) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT a.id, a.holder_kind, a.holder_id, a.level_sought, a.opened_on, a.awarded_level, a.awarded_on,
                    a.expires_on FROM qm_application a""" + " " + where + " ORDER BY a.opened_on, a.created_at")
                .params(params)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getInt(4), rs.getObject(5, LocalDate.class), (Integer) rs.getObject(6),
                        rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID[] ids = rows.stream().map(Row::id).toArray(UUID[]::new);
        Map<UUID, List<Evidence>> evidence = jdbc.sql("""
                SELECT application_id, id, standard_code, note, file_name, added_on FROM qm_evidence
                WHERE application_id = ANY (?) ORDER BY added_at, id""").param(ids)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), evidence(rs))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, List<Decision>> decisions = jdbc.sql("""
                SELECT application_id, standard_code, met, note, decided_on FROM qm_decision
                WHERE application_id = ANY (?) ORDER BY standard_code""").param(ids)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new Decision(rs.getString(2),
                        rs.getBoolean(3), rs.getString(4), rs.getObject(5, LocalDate.class)))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(r -> {
            Holder holder = names.apply(r.kind() + ":" + r.holderId());
            if (holder == null) {
                holder = new Holder(HolderKind.valueOf(r.kind()), r.holderId(), "An organisation no longer registered", null);
            }
            return new QualityMarkApplication(new QualityMarkApplicationId(r.id()), holder, r.sought(), r.opened(),
                    evidence.getOrDefault(r.id(), List.of()), decisions.getOrDefault(r.id(), List.of()),
                    r.on() == null ? null : new Award(r.level(), r.on(), r.expires()));
        }).toList();
    }

    private static Evidence evidence(ResultSet rs) throws SQLException {
        return new Evidence(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class));
    }
}
