package org.hearth.encompass.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.calendar.BankHolidays;
import org.hearth.encompass.ImportReport;
import org.hearth.encompass.Phase;
import org.hearth.encompass.School;
import org.hearth.encompass.SchoolChanges;
import org.hearth.encompass.SchoolId;
import org.hearth.encompass.Schools;
import org.hearth.encompass.Term;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The schools register in PostgreSQL. */
@Service
class JdbcSchools implements Schools {

    static final List<String> HEADER = List.of("area", "name", "urn", "phase", "lead_name", "lead_email",
            "deputy_name", "deputy_email", "starts_at", "terms", "closures");
    private static final String EMAIL = "[^\\s@]+@[^\\s@]+\\.[^\\s@]+";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Partnerships partnerships;
    private final BankHolidays bankHolidays;

    JdbcSchools(JdbcClient jdbc, AuditTrail audit, Partnerships partnerships, BankHolidays bankHolidays) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.partnerships = partnerships;
        this.bankHolidays = bankHolidays;
    }

    private static final String COLUMNS = "id, area_id, name, urn, phase, dsl_name, dsl_email, deputy_name, "
            + "deputy_email, starts_at";

    private static School row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new School(new SchoolId(rs.getObject("id", UUID.class)), new AreaId(rs.getObject("area_id", UUID.class)),
                rs.getString("name"), rs.getString("urn"), Phase.valueOf(rs.getString("phase")),
                rs.getString("dsl_name"), rs.getString("dsl_email"), rs.getString("deputy_name"),
                rs.getString("deputy_email"), rs.getTime("starts_at").toLocalTime());
    }

    @Override
    @Transactional(readOnly = true)
    public List<School> inArea(AreaId area) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM school WHERE area_id = ? ORDER BY name").param(area.value())
                .query(JdbcSchools::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<School> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM school ORDER BY name").query(JdbcSchools::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<School> find(SchoolId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM school WHERE id = ?").param(id.value())
                .query(JdbcSchools::row).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Term> terms(SchoolId id) {
        return jdbc.sql("SELECT starts_on, ends_on FROM school_term WHERE school_id = ? ORDER BY starts_on")
                .param(id.value())
                .query((rs, n) -> new Term(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate())).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LocalDate> closures(SchoolId id) {
        return jdbc.sql("SELECT day FROM school_closure WHERE school_id = ? ORDER BY day").param(id.value())
                .query((rs, n) -> rs.getDate(1).toLocalDate()).list();
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDateTime dueFor(SchoolId id, LocalDateTime incident) {
        School school = find(id).orElseThrow();
        LocalDate from = incident.toLocalDate();
        Set<LocalDate> holidays = bankHolidays.between(from, from.plusDays(SchoolCalendar.HORIZON_DAYS));
        return new SchoolCalendar(terms(id), new HashSet<>(closures(id)), holidays, school.startsAt())
                .dueFor(incident);
    }

    @Override
    @Transactional
    public ImportReport importCsv(Reader csv) {
        Map<String, Area> areas = partnerships.areas().stream()
                .collect(Collectors.toMap(a -> a.name().strip().toLowerCase(Locale.ROOT), Function.identity(),
                        (a, b) -> a));
        Set<String> urnsInFile = new HashSet<>();
        Set<String> namesInFile = new HashSet<>();
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
                List<String> problems = new ArrayList<>();
                String name = r.get("name");
                Area area = areas.get(r.get("area").toLowerCase(Locale.ROOT));
                if (area == null) {
                    problems.add("Unknown area \"" + r.get("area") + "\"");
                }
                if (name.isBlank() || name.length() > 200) {
                    problems.add("Enter the school's name (200 characters or fewer)");
                }
                Optional<Phase> phase = Phase.parse(r.get("phase"));
                if (phase.isEmpty()) {
                    problems.add("Unknown phase \"" + r.get("phase") + "\"");
                }
                String urn = r.get("urn");
                boolean la = phase.isPresent() && phase.get() == Phase.LOCAL_AUTHORITY;
                if (urn.isBlank() && la) {
                    urn = null;
                } else if (!urn.matches("\\d{6}")) {
                    problems.add("The URN \"" + urn + "\" is not 6 digits");
                } else if (!urnsInFile.add(urn)) {
                    problems.add("URN " + urn + " appears twice in the file");
                } else if (jdbc.sql("SELECT count(*) FROM school WHERE urn = ?").param(urn).query(Long.class)
                        .single() > 0) {
                    problems.add("URN " + urn + " is already in the register");
                }
                if (area != null && !name.isBlank()) {
                    String key = area.id().value() + "|" + name.strip().toLowerCase(Locale.ROOT);
                    boolean known = jdbc.sql("SELECT count(*) FROM school WHERE area_id = ? AND lower(name) = ?")
                            .param(area.id().value()).param(name.strip().toLowerCase(Locale.ROOT))
                            .query(Long.class).single() > 0;
                    if (!namesInFile.add(key) || known) {
                        problems.add("A school called " + name + " is already listed in " + area.name());
                    }
                }
                if (la && area != null && jdbc.sql("SELECT count(*) FROM school WHERE area_id = ? AND phase = "
                        + "'LOCAL_AUTHORITY'").param(area.id().value()).query(Long.class).single() > 0) {
                    problems.add(area.name() + " already has an education safeguarding team");
                }
                String leadName = r.get("lead_name");
                String leadEmail = r.get("lead_email");
                if (leadName.isBlank()) {
                    problems.add("Enter the designated safeguarding lead's name");
                }
                if (!leadEmail.matches(EMAIL)) {
                    problems.add("The designated safeguarding lead's e-mail is not an e-mail address");
                }
                String deputyName = blankToNull(r.get("deputy_name"));
                String deputyEmail = blankToNull(r.get("deputy_email"));
                if (deputyEmail != null && !deputyEmail.matches(EMAIL)) {
                    problems.add("The deputy's e-mail is not an e-mail address");
                }
                LocalTime startsAt = LocalTime.of(8, 45);
                if (!r.get("starts_at").isBlank()) {
                    try {
                        startsAt = LocalTime.parse(r.get("starts_at"));
                    } catch (DateTimeParseException e) {
                        problems.add("The start time \"" + r.get("starts_at") + "\" is not a time like 08:45");
                    }
                }
                List<Term> terms = terms(r.get("terms"), problems);
                List<LocalDate> closures = days(r.get("closures"), problems);
                if (!problems.isEmpty()) {
                    rows.add(new ImportReport.Row(line, name, false, problems));
                    continue;
                }
                UUID id = UUID.randomUUID();
                insert(id, area.id(), name.strip(), urn, phase.get(), leadName, leadEmail, deputyName, deputyEmail,
                        startsAt, terms, closures);
                added.add(id.toString());
                rows.add(new ImportReport.Row(line, name, true, List.of()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            if (e instanceof InvalidInputException) {
                throw e;
            }
            throw InvalidInputException.of("file", "The file is not CSV Hearth can read");
        }
        audit.record(AuditAction.CREATE, "school", added, "schools CSV import");
        return new ImportReport(rows);
    }

    void insert(UUID id, AreaId area, String name, String urn, Phase phase, String leadName, String leadEmail,
            String deputyName, String deputyEmail, LocalTime startsAt, List<Term> terms, List<LocalDate> closures) {
        jdbc.sql("""
                INSERT INTO school (id, area_id, name, urn, phase, dsl_name, dsl_email, deputy_name, deputy_email,
                    starts_at) VALUES (:id, :area, :name, :urn, :phase, :leadName, :leadEmail, :deputyName,
                    :deputyEmail, :startsAt)""")
                .param("id", id).param("area", area.value()).param("name", name).param("urn", urn)
                .param("phase", phase.name()).param("leadName", leadName.strip()).param("leadEmail", leadEmail.strip())
                .param("deputyName", deputyName).param("deputyEmail", deputyEmail)
                .param("startsAt", Time.valueOf(startsAt)).update();
        for (Term t : terms) {
            jdbc.sql("INSERT INTO school_term (school_id, starts_on, ends_on) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(id, Date.valueOf(t.startsOn()), Date.valueOf(t.endsOn())).update();
        }
        for (LocalDate d : closures) {
            jdbc.sql("INSERT INTO school_closure (school_id, day) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(id, Date.valueOf(d)).update();
        }
    }

    private static List<Term> terms(String text, List<String> problems) {
        List<Term> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(";")) {
            String[] ends = part.strip().split("\\.\\.");
            try {
                Term t = new Term(LocalDate.parse(ends[0].strip()), LocalDate.parse(ends[1].strip()));
                if (t.endsOn().isBefore(t.startsOn())) {
                    problems.add("The term " + part.strip() + " ends before it starts");
                } else {
                    out.add(t);
                }
            } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                problems.add("The term \"" + part.strip() + "\" is not like 2026-09-03..2026-10-23");
            }
        }
        return out;
    }

    private static List<LocalDate> days(String text, List<String> problems) {
        List<LocalDate> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(";")) {
            try {
                out.add(LocalDate.parse(part.strip()));
            } catch (DateTimeParseException e) {
                problems.add("The closure day \"" + part.strip() + "\" is not a date like 2026-09-02");
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    @Transactional
    public void linkChild(PersonId child, SchoolId school) {
        find(school).orElseThrow(() -> InvalidInputException.of("school", "Choose a school from the register"));
        jdbc.sql("""
                INSERT INTO child_school (child_id, school_id, home_educated) VALUES (?, ?, false)
                ON CONFLICT (child_id) DO UPDATE SET school_id = excluded.school_id, home_educated = false,
                    recorded_at = now()""").params(child.value(), school.value()).update();
        audit.record(AuditAction.UPDATE, "person", List.of(child.toString()), "school recorded");
    }

    @Override
    @Transactional
    public void markHomeEducated(PersonId child, AreaId area) {
        UUID team = laTeam(area).orElseThrow(() -> InvalidInputException.of("school",
                "The area has no education safeguarding team in the register: add it first"));
        jdbc.sql("""
                INSERT INTO child_school (child_id, school_id, home_educated) VALUES (?, ?, true)
                ON CONFLICT (child_id) DO UPDATE SET school_id = excluded.school_id, home_educated = true,
                    recorded_at = now()""").params(child.value(), team).update();
        audit.record(AuditAction.UPDATE, "person", List.of(child.toString()), "home-educated recorded");
    }

    Optional<UUID> laTeam(AreaId area) {
        if (area == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM school WHERE area_id = ? AND phase = 'LOCAL_AUTHORITY'").param(area.value())
                .query(UUID.class).optional();
    }

    /** The child's school id (or the team's, when home-educated), if known. */
    Optional<UUID> schoolOf(PersonId child) {
        return jdbc.sql("SELECT school_id FROM child_school WHERE child_id = ?").param(child.value())
                .query(UUID.class).optional();
    }

    /** {@link #schoolOf} for many children in one statement: only those whose school is known. */
    java.util.Map<PersonId, UUID> schoolsOf(java.util.Collection<PersonId> children) {
        java.util.Map<PersonId, UUID> schools = new java.util.HashMap<>();
        if (children.isEmpty()) {
            return schools;
        }
        jdbc.sql("SELECT child_id, school_id FROM child_school WHERE child_id = ANY(?)")
                .param(children.stream().map(PersonId::value).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    schools.put(new PersonId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class));
                });
        return schools;
    }

    @Override
    @Transactional
    public void addContact(SchoolId school, StaffUserId user) {
        find(school).orElseThrow();
        jdbc.sql("INSERT INTO establishment_contact (user_id, school_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(user.value(), school.value()).update();
        audit.record(AuditAction.UPDATE, "school", List.of(school.toString()), "key adult's account added");
    }

    @Override
    @Transactional
    public boolean removeContact(SchoolId school, StaffUserId user) {
        find(school).orElseThrow();
        int n = jdbc.sql("DELETE FROM establishment_contact WHERE user_id = ? AND school_id = ?")
                .params(user.value(), school.value()).update();
        if (n > 0) {
            audit.record(AuditAction.UPDATE, "school", List.of(school.toString(), user.toString()),
                    "key adult's account removed");
        }
        return n > 0;
    }

    @Override
    @Transactional
    public void update(SchoolId id, SchoolChanges c) {
        School school = find(id).orElseThrow(() -> new java.util.NoSuchElementException("No such school"));
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        String name = c.name() == null ? "" : c.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.put("name", "Enter the school's name (200 characters or fewer)");
        } else if (jdbc.sql("SELECT count(*) FROM school WHERE area_id = ? AND lower(name) = ? AND id <> ?")
                .params(school.area().value(), name.toLowerCase(Locale.ROOT), id.value()).query(Long.class).single() > 0) {
            errors.put("name", "Another school in the area is called " + name);
        }
        Optional<Phase> phase = Phase.parse(c.phase());
        if (phase.isEmpty()) {
            errors.put("phase", "Choose the school's phase");
        } else if (phase.get() == Phase.LOCAL_AUTHORITY && school.phase() != Phase.LOCAL_AUTHORITY
                && laTeam(school.area()).isPresent()) {
            errors.put("phase", "The area already has an education safeguarding team");
        } else if (phase.get() != Phase.LOCAL_AUTHORITY && school.phase() == Phase.LOCAL_AUTHORITY
                && jdbc.sql("SELECT count(*) FROM child_school WHERE school_id = ? AND home_educated")
                        .param(id.value()).query(Long.class).single() > 0) {
            errors.put("phase", "Home-educated children are linked to this team: it must stay the area's team");
        }
        String urn = blankToNull(c.urn());
        boolean la = phase.isPresent() && phase.get() == Phase.LOCAL_AUTHORITY;
        if (urn == null && !la) {
            errors.put("urn", "Enter the school's URN (6 digits)");
        } else if (urn != null && !urn.matches("\\d{6}")) {
            errors.put("urn", "The URN must be 6 digits");
        } else if (urn != null && jdbc.sql("SELECT count(*) FROM school WHERE urn = ? AND id <> ?")
                .params(urn, id.value()).query(Long.class).single() > 0) {
            errors.put("urn", "URN " + urn + " is another school's");
        }
        String leadName = c.leadName() == null ? "" : c.leadName().strip();
        if (leadName.isEmpty() || leadName.length() > 120) {
            errors.put("leadName", "Enter the designated safeguarding lead's name (120 characters or fewer)");
        }
        String leadEmail = c.leadEmail() == null ? "" : c.leadEmail().strip();
        if (!leadEmail.matches(EMAIL) || leadEmail.length() > 320) {
            errors.put("leadEmail", "Enter the designated safeguarding lead's e-mail, like name@school.example");
        }
        String deputyName = blankToNull(c.deputyName());
        String deputyEmail = blankToNull(c.deputyEmail());
        if (deputyName != null && deputyName.length() > 120) {
            errors.put("deputyName", "The deputy's name must be 120 characters or fewer");
        }
        if (deputyEmail != null && (!deputyEmail.matches(EMAIL) || deputyEmail.length() > 320)) {
            errors.put("deputyEmail", "Enter the deputy's e-mail, like name@school.example");
        }
        LocalTime startsAt = null;
        try {
            startsAt = LocalTime.parse(c.startsAt() == null ? "" : c.startsAt().strip());
        } catch (DateTimeParseException e) {
            errors.put("startsAt", "Enter the time the school day starts, like 08:45");
        }
        List<String> termProblems = new ArrayList<>();
        List<Term> terms = terms(lines(c.terms()), termProblems);
        if (termProblems.isEmpty()) {
            List<Term> sorted = terms.stream().sorted(java.util.Comparator.comparing(Term::startsOn)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                if (!sorted.get(i).startsOn().isAfter(sorted.get(i - 1).endsOn())) {
                    termProblems.add("The terms starting " + sorted.get(i - 1).startsOn() + " and "
                            + sorted.get(i).startsOn() + " overlap");
                }
            }
        }
        if (terms.size() > 60) {
            termProblems.add("Enter 60 terms or fewer");
        }
        if (!termProblems.isEmpty()) {
            errors.put("terms", String.join(". ", termProblems));
        }
        List<String> closureProblems = new ArrayList<>();
        List<LocalDate> closures = days(lines(c.closures()), closureProblems);
        if (closures.size() > 400) {
            closureProblems.add("Enter 400 non-school days or fewer");
        }
        if (!closureProblems.isEmpty()) {
            errors.put("closures", String.join(". ", closureProblems));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("""
                UPDATE school SET name = :name, urn = :urn, phase = :phase, dsl_name = :leadName, dsl_email = :leadEmail,
                    deputy_name = :deputyName, deputy_email = :deputyEmail, starts_at = :startsAt WHERE id = :id""")
                .param("id", id.value()).param("name", name).param("urn", urn).param("phase", phase.get().name())
                .param("leadName", leadName).param("leadEmail", leadEmail).param("deputyName", deputyName)
                .param("deputyEmail", deputyEmail).param("startsAt", Time.valueOf(startsAt)).update();
        jdbc.sql("DELETE FROM school_term WHERE school_id = ?").param(id.value()).update();
        jdbc.sql("DELETE FROM school_closure WHERE school_id = ?").param(id.value()).update();
        for (Term t : terms) {
            jdbc.sql("INSERT INTO school_term (school_id, starts_on, ends_on) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(id.value(), Date.valueOf(t.startsOn()), Date.valueOf(t.endsOn())).update();
        }
        for (LocalDate d : closures) {
            jdbc.sql("INSERT INTO school_closure (school_id, day) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(id.value(), Date.valueOf(d)).update();
        }
        audit.record(AuditAction.UPDATE, "school", List.of(id.toString()), "details, terms and non-school days");
    }

    /** New lines read as the CSV's semicolons. */
    private static String lines(String text) {
        return text == null ? "" : String.join(";", text.strip().split("\\s*[;\\r\\n]+\\s*"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffUserId> contacts(SchoolId school) {
        return jdbc.sql("SELECT user_id FROM establishment_contact WHERE school_id = ? ORDER BY user_id")
                .param(school.value()).query((rs, n) -> new StaffUserId(rs.getObject(1, UUID.class))).list();
    }
}
