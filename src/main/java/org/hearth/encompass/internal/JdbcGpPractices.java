package org.hearth.encompass.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
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
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.People;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** GP practices in PostgreSQL. */
@Service
class JdbcGpPractices implements GpPractices {

    private static final String EMAIL = "[^\\s@]+@[^\\s@]+\\.[^\\s@]+";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Partnerships partnerships;
    private final People people;
    private final GpNotifier notifier;

    JdbcGpPractices(JdbcClient jdbc, AuditTrail audit, Partnerships partnerships, People people, GpNotifier notifier) {
        this.jdbc = jdbc;
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

    static GpPractice row(ResultSet rs, int n) throws SQLException {
        return new GpPractice(new GpPracticeId(rs.getObject("id", UUID.class)),
                new AreaId(rs.getObject("area_id", UUID.class)), rs.getString("name"), rs.getString("ods_code"),
                rs.getString("contact_name"), rs.getString("contact_email"),
                RoutineEnquiry.valueOf(rs.getString("routine_enquiry")));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figures> register() {
        requireKeeper();
        return jdbc.sql("""
                SELECT p.*, a.name AS area_name,
                       (SELECT count(*) FROM gp_notification n WHERE n.practice_id = p.id) AS notifications,
                       (SELECT count(*) FROM gp_routine_enquiry_referral r WHERE r.practice_id = p.id) AS yield
                FROM gp_practice p LEFT JOIN area a ON a.id = p.area_id
                ORDER BY notifications DESC, p.name""")
                .query((rs, n) -> new Figures(row(rs, n), rs.getString("area_name"), rs.getInt("notifications"),
                        rs.getInt("yield"))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GpPractice> find(GpPracticeId id) {
        return jdbc.sql("SELECT * FROM gp_practice WHERE id = ?").param(id.value()).query(JdbcGpPractices::row)
                .optional();
    }

    private record Checked(AreaId area, String name, String ods, String contactName, String contactEmail,
            RoutineEnquiry routineEnquiry) {
    }

    private Checked check(GpPracticeChanges c, GpPracticeId existing, AreaId keepArea) {
        Map<String, String> errors = new LinkedHashMap<>();
        AreaId area = keepArea;
        if (keepArea == null) {
            try {
                area = c.area() == null || c.area().isBlank() ? null : new AreaId(UUID.fromString(c.area().strip()));
            } catch (IllegalArgumentException e) {
                area = null;
            }
            if (area == null || partnerships.area(area).isEmpty()) {
                errors.put("area", "Choose the practice's area");
            }
        }
        String name = c.name() == null ? "" : c.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.put("name", "Enter the practice's name (200 characters or fewer)");
        }
        String ods = c.odsCode() == null ? "" : c.odsCode().strip().toUpperCase(Locale.ROOT);
        if (!ods.matches("[A-Z]\\d{5}")) {
            errors.put("odsCode", "Enter the practice's ODS code: a letter and 5 digits, like B86001");
        } else if (jdbc.sql("SELECT count(*) FROM gp_practice WHERE ods_code = ? AND id <> ?")
                .params(ods, existing == null ? new UUID(0, 0) : existing.value()).query(Long.class).single() > 0) {
            errors.put("odsCode", "ODS code " + ods + " is already in the register");
        }
        String contactName = c.contactName() == null ? "" : c.contactName().strip();
        if (contactName.isEmpty() || contactName.length() > 120) {
            errors.put("contactName", "Enter the practice's safeguarding lead (120 characters or fewer)");
        }
        String contactEmail = c.contactEmail() == null ? "" : c.contactEmail().strip();
        if (!contactEmail.matches(EMAIL) || contactEmail.length() > 320) {
            errors.put("contactEmail", "Enter the safeguarding lead's work e-mail, like name@practice.example");
        }
        Optional<RoutineEnquiry> re = RoutineEnquiry.parse(c.routineEnquiry());
        if (re.isEmpty()) {
            errors.put("routineEnquiry", "Choose whether the practice undertakes routine enquiry");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(area, name, ods, contactName, contactEmail, re.get());
    }

    /** The columns a practices CSV names on its first line. */
    static final List<String> HEADER = List.of("area", "name", "ods_code", "contact_name", "contact_email",
            "routine_enquiry");

    @Override
    @Transactional
    public ImportReport importCsv(Reader csv) {
        requireKeeper();
        Map<String, org.hearth.partnership.Area> areas = new java.util.HashMap<>();
        partnerships.areas().forEach(a -> areas.putIfAbsent(a.name().strip().toLowerCase(Locale.ROOT), a));
        java.util.Set<String> odsInFile = new java.util.HashSet<>();
        java.util.Set<String> namesInFile = new java.util.HashSet<>();
        List<ImportReport.Row> rows = new ArrayList<>();
        List<String> added = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(csv)) {
            List<String> missing = HEADER.stream().filter(h -> !parser.getHeaderMap().containsKey(h)).toList();
            if (!missing.isEmpty()) {
                throw InvalidInputException.of("file", "The file's first line must name the columns "
                        + String.join(", ", HEADER) + " (missing: " + String.join(", ", missing) + ")");
            }
            for (CSVRecord r : parser) {
                int line = (int) r.getRecordNumber() + 1;
                String name = r.isSet("name") ? r.get("name") : "";
                if (!r.isConsistent()) {
                    rows.add(new ImportReport.Row(line, name, false, List.of("The row has "
                            + r.size() + " columns, not " + parser.getHeaderMap().size())));
                    continue;
                }
                List<String> problems = new ArrayList<>();
                org.hearth.partnership.Area area = areas.get(r.get("area").toLowerCase(Locale.ROOT));
                if (area == null) {
                    problems.add("Unknown area \"" + r.get("area") + "\"");
                }
                String re = r.get("routine_enquiry").isBlank() ? "NO" : r.get("routine_enquiry")
                        .replace(' ', '_');
                GpPracticeChanges typed = new GpPracticeChanges(null, name, r.get("ods_code"),
                        r.get("contact_name"), r.get("contact_email"), re);
                Checked c = null;
                try {
                    // the area is checked above (by name); a placeholder keeps check() from asking for it
                    c = check(typed, null, area == null ? new AreaId(new UUID(0, 0)) : area.id());
                } catch (InvalidInputException e) {
                    e.errors().forEach((field, message) -> problems.add("routineEnquiry".equals(field)
                            ? "Unknown routine enquiry \"" + r.get("routine_enquiry")
                                    + "\" (YES, IN_DISCUSSION or NO)"
                            : message));
                }
                String ods = r.get("ods_code").strip().toUpperCase(Locale.ROOT);
                if (ods.matches("[A-Z]\\d{5}") && !odsInFile.add(ods)) {
                    problems.add("ODS code " + ods + " appears twice in the file");
                }
                if (area != null && !name.isBlank()) {
                    String key = area.id().value() + "|" + name.strip().toLowerCase(Locale.ROOT);
                    boolean known = jdbc.sql("SELECT count(*) FROM gp_practice WHERE area_id = ? AND lower(name) = ?")
                            .params(area.id().value(), name.strip().toLowerCase(Locale.ROOT)).query(Long.class)
                            .single() > 0;
                    if (!namesInFile.add(key) || known) {
                        problems.add("A practice called " + name.strip() + " is already listed in " + area.name());
                    }
                }
                if (!problems.isEmpty() || c == null) {
                    rows.add(new ImportReport.Row(line, name, false, List.copyOf(problems)));
                    continue;
                }
                GpPracticeId id = new GpPracticeId(UUID.randomUUID());
                insert(id, area.id(), c.name(), c.ods(), c.contactName(), c.contactEmail(), c.routineEnquiry());
                added.add(id.toString());
                rows.add(new ImportReport.Row(line, c.name(), true, List.of()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            if (e instanceof InvalidInputException) {
                throw e;
            }
            throw InvalidInputException.of("file", "The file is not CSV Hearth can read");
        }
        audit.record(AuditAction.CREATE, "gp-practice", added, "GP practices CSV import");
        return new ImportReport(rows);
    }

    @Override
    @Transactional
    public GpPracticeId add(GpPracticeChanges practice) {
        requireKeeper();
        Checked c = check(practice, null, null);
        GpPracticeId id = new GpPracticeId(UUID.randomUUID());
        insert(id, c.area(), c.name(), c.ods(), c.contactName(), c.contactEmail(), c.routineEnquiry());
        audit.record(AuditAction.CREATE, "gp-practice", List.of(id.toString()), "added to the register");
        return id;
    }

    void insert(GpPracticeId id, AreaId area, String name, String ods, String contactName, String contactEmail,
            RoutineEnquiry re) {
        jdbc.sql("""
                INSERT INTO gp_practice (id, area_id, name, ods_code, contact_name, contact_email, routine_enquiry)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), area.value(), name, ods, contactName, contactEmail, re.name()).update();
    }

    @Override
    @Transactional
    public void update(GpPracticeId id, GpPracticeChanges practice) {
        requireKeeper();
        GpPractice p = find(id).orElseThrow(() -> new NoSuchElementException("No such practice"));
        Checked c = check(practice, id, p.area());
        jdbc.sql("""
                UPDATE gp_practice SET name = ?, ods_code = ?, contact_name = ?, contact_email = ?, routine_enquiry = ?
                WHERE id = ?""").params(c.name(), c.ods(), c.contactName(), c.contactEmail(),
                c.routineEnquiry().name(), id.value()).update();
        audit.record(AuditAction.UPDATE, "gp-practice", List.of(id.toString()), "details changed");
    }

    @Override
    @Transactional
    public void recordPractice(PersonId person, GpPracticeId practice) {
        requireKeeper();
        find(practice).orElseThrow(() -> InvalidInputException.of("practice", "Choose a practice from the register"));
        jdbc.sql("""
                INSERT INTO person_gp_practice (person_id, practice_id) VALUES (?, ?)
                ON CONFLICT (person_id) DO UPDATE SET practice_id = excluded.practice_id, recorded_at = now()""")
                .params(person.value(), practice.value()).update();
        audit.record(AuditAction.UPDATE, "person", List.of(person.toString()), "GP practice recorded");
    }

    @Override
    @Transactional
    public List<Attention> attention() {
        requireKeeper();
        List<Attention> out = jdbc.sql("""
                SELECT id, person_id, part, source, created_at FROM gp_attention WHERE resolved_at IS NULL
                ORDER BY created_at DESC LIMIT 500""")
                .query((rs, n) -> new Attention(rs.getObject("id", UUID.class),
                        new PersonId(rs.getObject("person_id", UUID.class)), null, rs.getString("part"),
                        rs.getString("source"), rs.getTimestamp("created_at").toInstant())).list();
        out = out.stream().map(a -> new Attention(a.id(), a.person(), people.name(a.person()).orElse("Unknown"),
                a.part(), a.source(), a.createdAt())).toList();
        if (!out.isEmpty()) {
            audit.record(AuditAction.READ, "person", out.stream().map(a -> a.person().toString()).toList(),
                    "GP practices: people whose practice is not known");
        }
        return out;
    }

    @Override
    @Transactional
    public void resolve(UUID attentionId, GpPracticeId practice) {
        requireKeeper();
        GpNotifier.Waiting w = jdbc.sql("SELECT * FROM gp_attention WHERE id = ? AND resolved_at IS NULL")
                .param(attentionId).query((rs, n) -> new GpNotifier.Waiting(
                        new GpNotifier.Case(rs.getString("source"), rs.getObject("source_id", UUID.class),
                                rs.getString("case_reference"), rs.getDate("decided_on").toLocalDate(),
                                rs.getString("decisions"), rs.getString("contact"), List.of()),
                        new GpNotifier.Party(new PersonId(rs.getObject("person_id", UUID.class)), rs.getString("part"))))
                .optional().orElseThrow(() -> new NoSuchElementException("No such entry"));
        recordPractice(w.party().person(), practice);
        notifier.notify(w.gpCase(), w.party(), practice);
        jdbc.sql("UPDATE gp_attention SET resolved_at = now() WHERE id = ?").param(attentionId).update();
    }

    @Override
    @Transactional
    public void markRoutineEnquiry(GpPracticeId practice, String referralReference) {
        requireKeeper();
        find(practice).orElseThrow(() -> new NoSuchElementException("No such practice"));
        String ref = referralReference == null ? "" : referralReference.strip();
        UUID referral = ref.isEmpty() ? null : jdbc.sql("SELECT id FROM referral WHERE reference = ?").param(ref)
                .query(UUID.class).optional().orElse(null);
        if (referral == null) {
            throw InvalidInputException.of("reference", "Enter the reference of a referral in Hearth");
        }
        jdbc.sql("""
                INSERT INTO gp_routine_enquiry_referral (referral_id, practice_id, recorded_by) VALUES (?, ?, ?)
                ON CONFLICT (referral_id) DO UPDATE SET practice_id = excluded.practice_id""")
                .params(referral, practice.value(), Actor.current().orElseThrow().actorId()).update();
        audit.record(AuditAction.UPDATE, "referral", List.of(referral.toString()),
                "identified by routine enquiry at GP practice " + practice);
    }

    @Override
    @Transactional
    public void addContact(GpPracticeId practice, StaffUserId user) {
        requireKeeper();
        find(practice).orElseThrow();
        jdbc.sql("INSERT INTO gp_practice_contact (user_id, practice_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(user.value(), practice.value()).update();
        audit.record(AuditAction.UPDATE, "gp-practice", List.of(practice.toString(), user.toString()),
                "key adult's account added");
    }

    @Override
    @Transactional
    public boolean removeContact(GpPracticeId practice, StaffUserId user) {
        requireKeeper();
        int n = jdbc.sql("DELETE FROM gp_practice_contact WHERE user_id = ? AND practice_id = ?")
                .params(user.value(), practice.value()).update();
        if (n > 0) {
            audit.record(AuditAction.UPDATE, "gp-practice", List.of(practice.toString(), user.toString()),
                    "key adult's account removed");
        }
        return n > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffUserId> contacts(GpPracticeId practice) {
        return jdbc.sql("SELECT user_id FROM gp_practice_contact WHERE practice_id = ? ORDER BY user_id")
                .param(practice.value()).query((rs, n) -> new StaffUserId(rs.getObject(1, UUID.class))).list();
    }

    // ------------------------------------------------------------------------------------------ the key adult

    private static final String MINE = """
            SELECT n.*, p.name AS practice_name FROM gp_notification n JOIN gp_practice p ON p.id = n.practice_id
            JOIN gp_practice_contact c ON c.practice_id = n.practice_id AND c.user_id = :me""";

    private static GpNotification mineRow(ResultSet rs, int n) throws SQLException {
        return new GpNotification(rs.getObject("id", UUID.class),
                new GpPracticeId(rs.getObject("practice_id", UUID.class)), rs.getString("practice_name"),
                rs.getString("part"), rs.getString("source"), rs.getString("case_reference"),
                rs.getString("patient_name"),
                rs.getDate("patient_dob") == null ? null : rs.getDate("patient_dob").toLocalDate(),
                rs.getDate("decided_on").toLocalDate(), rs.getString("decisions"), rs.getString("contact"),
                rs.getBoolean("hide_from_online_access"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("acknowledged_at") == null ? null : rs.getTimestamp("acknowledged_at").toInstant());
    }

    private static StaffPrincipal keyAdult() {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!(me instanceof StaffPrincipal p) || !p.hasRole(Role.ESTABLISHMENT_CONTACT)) {
            throw new AccessDeniedException("key adults only");
        }
        return p;
    }

    @Override
    @Transactional
    public List<GpNotification> mine() {
        StaffPrincipal me = keyAdult();
        List<String> patients = new ArrayList<>();
        List<GpNotification> out = jdbc.sql(MINE + " ORDER BY n.created_at DESC LIMIT 200")
                .param("me", me.id().value())
                .query((rs, n) -> {
                    patients.add(rs.getObject("person_id", UUID.class).toString());
                    return mineRow(rs, n);
                }).list();
        if (!out.isEmpty()) {
            audit.record(AuditAction.READ, "person", patients, "GP practice notifications listed");
        }
        return out;
    }

    @Override
    @Transactional
    public Optional<GpNotification> mine(UUID id) {
        StaffPrincipal me = keyAdult();
        UUID[] patient = new UUID[1];
        Optional<GpNotification> found = jdbc.sql(MINE + " WHERE n.id = :id").param("me", me.id().value())
                .param("id", id).query((rs, n) -> {
                    patient[0] = rs.getObject("person_id", UUID.class);
                    return mineRow(rs, n);
                }).optional();
        found.ifPresent(n -> audit.record(AuditAction.READ, "person", List.of(patient[0].toString()),
                "GP practice notification " + id));
        return found;
    }

    @Override
    @Transactional
    public boolean acknowledge(UUID id) {
        StaffPrincipal me = keyAdult();
        int changed = jdbc.sql("""
                UPDATE gp_notification n SET acknowledged_at = now(), acknowledged_by = :me
                WHERE n.id = :id AND n.acknowledged_at IS NULL AND EXISTS (SELECT 1 FROM gp_practice_contact c
                    WHERE c.practice_id = n.practice_id AND c.user_id = :me)""")
                .param("me", me.id().value()).param("id", id).update();
        if (changed == 1) {
            audit.record(AuditAction.UPDATE, "gp-notification", List.of(id.toString()), "acknowledged");
        }
        return changed == 1;
    }
}
