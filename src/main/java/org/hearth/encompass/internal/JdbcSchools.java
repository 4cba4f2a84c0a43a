package org.hearth.encompass.internal;

import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schools register: the rules ({@link SchoolRules}, no database) applied, the SQL in {@link SchoolStore}, and the
 * audit.
 */
@Service
class JdbcSchools implements Schools {

    static final List<String> HEADER = SchoolRules.HEADER;

    private final SchoolStore store;
    private final AuditTrail audit;
    private final Partnerships partnerships;
    private final BankHolidays bankHolidays;

    JdbcSchools(SchoolStore store, AuditTrail audit, Partnerships partnerships, BankHolidays bankHolidays) {
        this.store = store;
        this.audit = audit;
        this.partnerships = partnerships;
        this.bankHolidays = bankHolidays;
    }

    @Override
    @Transactional(readOnly = true)
    public List<School> inArea(AreaId area) {
        return store.inArea(area);
    }

    @Override
    @Transactional(readOnly = true)
    public List<School> all() {
        return store.all();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<School> find(SchoolId id) {
        return store.find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Term> terms(SchoolId id) {
        return store.terms(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LocalDate> closures(SchoolId id) {
        return store.closures(id);
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
        Map<String, Area> areas = RegisterCsv.areasByName(partnerships.areas());
        Set<String> urnsInFile = new HashSet<>();
        Set<String> namesInFile = new HashSet<>();
        RegisterCsv.Read read = RegisterCsv.read(csv, HEADER, field -> {
            SchoolRules.Line line = SchoolRules.csvLine(field, areas, urnsInFile, namesInFile, store);
            if (!line.problems().isEmpty()) {
                return RegisterCsv.Outcome.refused(line.name(), line.problems());
            }
            UUID id = UUID.randomUUID();
            store.insert(id, line.area().id(), line.details());
            store.calendar(id, line.terms(), line.closures(), false);
            return RegisterCsv.Outcome.added(line.name(), id);
        });
        audit.record(AuditAction.CREATE, "school", read.added(), "schools CSV import");
        return read.report();
    }

    /** Adds a school as given (demo data and tests; no checks, no audit). */
    void insert(UUID id, AreaId area, String name, String urn, Phase phase, String leadName, String leadEmail,
            String deputyName, String deputyEmail, LocalTime startsAt, List<Term> terms, List<LocalDate> closures) {
        store.insert(id, area, new SchoolStore.Details(name, urn, phase, leadName.strip(), leadEmail.strip(),
                deputyName, deputyEmail, startsAt));
        store.calendar(id, terms, closures, false);
    }

    @Override
    @Transactional
    public void linkChild(PersonId child, SchoolId school) {
        find(school).orElseThrow(() -> InvalidInputException.of("school", "Choose a school from the register"));
        store.linkChild(child, school.value(), false);
        audit.record(AuditAction.UPDATE, "person", List.of(child.toString()), "school recorded");
    }

    @Override
    @Transactional
    public void markHomeEducated(PersonId child, AreaId area) {
        UUID team = laTeam(area).orElseThrow(() -> InvalidInputException.of("school",
                "The area has no education safeguarding team in the register: add it first"));
        store.linkChild(child, team, true);
        audit.record(AuditAction.UPDATE, "person", List.of(child.toString()), "home-educated recorded");
    }

    Optional<UUID> laTeam(AreaId area) {
        return area == null ? Optional.empty() : store.laTeam(area);
    }

    /** The child's school id (or the team's, when home-educated), if known. */
    Optional<UUID> schoolOf(PersonId child) {
        return store.schoolOf(child);
    }

    /** {@link #schoolOf} for many children in one statement: only those whose school is known. */
    java.util.Map<PersonId, UUID> schoolsOf(java.util.Collection<PersonId> children) {
        return store.schoolsOf(children);
    }

    @Override
    @Transactional
    public void addContact(SchoolId school, StaffUserId user) {
        find(school).orElseThrow();
        store.addContact(school, user);
        audit.record(AuditAction.UPDATE, "school", List.of(school.toString()), "key adult's account added");
    }

    @Override
    @Transactional
    public boolean removeContact(SchoolId school, StaffUserId user) {
        find(school).orElseThrow();
        boolean removed = store.removeContact(school, user);
        if (removed) {
            audit.record(AuditAction.UPDATE, "school", List.of(school.toString(), user.toString()),
                    "key adult's account removed");
        }
        return removed;
    }

    @Override
    @Transactional
    public void update(SchoolId id, SchoolChanges c) {
        School school = find(id).orElseThrow(() -> new NoSuchElementException("No such school"));
        Map<String, String> errors = new LinkedHashMap<>();
        SchoolRules.Change change = SchoolRules.change(school, c, store, errors);
        InvalidInputException.refuseIfAny(errors);
        store.update(id, change.details());
        store.calendar(id.value(), change.terms(), change.closures(), true);
        audit.record(AuditAction.UPDATE, "school", List.of(id.toString()), "details, terms and non-school days");
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffUserId> contacts(SchoolId school) {
        return store.contacts(school);
    }
}
