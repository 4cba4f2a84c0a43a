package org.hearth.encompass.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.hearth.encompass.Phase;
import org.hearth.encompass.School;
import org.hearth.encompass.SchoolChanges;
import org.hearth.encompass.Term;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.platform.Dates;

/**
 * The rules of the schools register, with no database: what a line of the schools CSV and a change of a school must
 * say (a 6-digit URN held by no other school except for the area's education safeguarding team, one team per area, a
 * name not used in the area, the lead's e-mail, the start time, terms that do not overlap, non-school days; the dates
 * as a UK user writes them, read by {@link WrittenDates}).
 * {@link JdbcSchools} applies them; unit-tested by {@code SchoolRulesTest}.
 */
final class SchoolRules {

    static final List<String> HEADER = List.of("area", "name", "urn", "phase", "lead_name", "lead_email",
            "deputy_name", "deputy_email", "starts_at", "terms", "closures");

    private SchoolRules() {
    }

    /** What the rules ask of the register. */
    interface Register {

        /** Whether a school other than {@code except} (null: any) holds the URN. */
        boolean urnTaken(String urn, UUID except);

        /** Whether a school other than {@code except} (null: any) in the area has the name, ignoring case. */
        boolean nameTaken(AreaId area, String name, UUID except);

        /** Whether the area has its education safeguarding team in the register. */
        boolean hasTeam(AreaId area);

        /** Whether home-educated children are linked to this team. */
        boolean homeEducatedLinked(UUID team);
    }

    /** A line of the CSV read: the school to add, or the problems that refuse it. */
    record Line(String name, Area area, SchoolStore.Details details, List<Term> terms, List<LocalDate> closures,
            List<String> problems) {
    }

    /**
     * A line of the CSV ({@code field} gives each column's text), against the areas by lower-case name, the URNs and
     * area-and-name keys seen earlier in the file (added to here) and the register.
     */
    static Line csvLine(UnaryOperator<String> field, Map<String, Area> areas, Set<String> urnsInFile,
            Set<String> namesInFile, Register register) {
        List<String> problems = new ArrayList<>();
        String name = field.apply("name");
        Area area = areas.get(field.apply("area").toLowerCase(Locale.ROOT));
        if (area == null) {
            problems.add("Unknown area \"" + field.apply("area") + "\"");
        }
        if (name.isBlank() || name.length() > 200) {
            problems.add("Enter the school's name (200 characters or fewer)");
        }
        Optional<Phase> phase = Phase.parse(field.apply("phase"));
        if (phase.isEmpty()) {
            problems.add("Unknown phase \"" + field.apply("phase") + "\"");
        }
        String urn = field.apply("urn");
        boolean la = phase.isPresent() && phase.get() == Phase.LOCAL_AUTHORITY;
        if (urn.isBlank() && la) {
            urn = null;
        } else if (!urn.matches("\\d{6}")) {
            problems.add("The URN \"" + urn + "\" is not 6 digits");
        } else if (!urnsInFile.add(urn)) {
            problems.add("URN " + urn + " appears twice in the file");
        } else if (register.urnTaken(urn, null)) {
            problems.add("URN " + urn + " is already in the register");
        }
        if (area != null && !name.isBlank()) {
            String key = area.id().value() + "|" + name.strip().toLowerCase(Locale.ROOT);
            boolean known = register.nameTaken(area.id(), name, null);
            if (!namesInFile.add(key) || known) {
                problems.add("A school called " + name + " is already listed in " + area.name());
            }
        }
        if (la && area != null && register.hasTeam(area.id())) {
            problems.add(area.name() + " already has an education safeguarding team");
        }
        String leadName = field.apply("lead_name");
        String leadEmail = field.apply("lead_email");
        if (leadName.isBlank()) {
            problems.add("Enter the designated safeguarding lead's name");
        }
        if (!leadEmail.matches(RegisterText.EMAIL)) {
            problems.add("The designated safeguarding lead's e-mail is not an e-mail address");
        }
        String deputyName = blankToNull(field.apply("deputy_name"));
        String deputyEmail = blankToNull(field.apply("deputy_email"));
        if (deputyEmail != null && !deputyEmail.matches(RegisterText.EMAIL)) {
            problems.add("The deputy's e-mail is not an e-mail address");
        }
        LocalTime startsAt = LocalTime.of(8, 45);
        if (!field.apply("starts_at").isBlank()) {
            try {
                startsAt = LocalTime.parse(field.apply("starts_at"));
            } catch (DateTimeParseException e) {
                problems.add("The start time \"" + field.apply("starts_at") + "\" is not a time like 08:45");
            }
        }
        List<Term> terms = WrittenDates.terms(field.apply("terms"), "Term", problems);
        List<LocalDate> closures = WrittenDates.days(field.apply("closures"), "Non-school day", problems);
        SchoolStore.Details details = problems.isEmpty() ? new SchoolStore.Details(name.strip(), urn, phase.get(),
                leadName.strip(), leadEmail.strip(), deputyName, deputyEmail, startsAt) : null;
        return new Line(name, area, details, terms, closures, problems);
    }

    /** A school's changes checked: the details to write, its terms and days; field errors in {@code errors}. */
    record Change(SchoolStore.Details details, List<Term> terms, List<LocalDate> closures) {
    }

    static Change change(School school, SchoolChanges c, Register register, Map<String, String> errors) {
        UUID id = school.id().value();
        String name = c.name() == null ? "" : c.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.put("name", "Enter the school's name (200 characters or fewer)");
        } else if (register.nameTaken(school.area(), name, id)) {
            errors.put("name", "Another school in the area is called " + name);
        }
        Optional<Phase> phase = Phase.parse(c.phase());
        if (phase.isEmpty()) {
            errors.put("phase", "Choose the school's phase");
        } else if (phase.get() == Phase.LOCAL_AUTHORITY && school.phase() != Phase.LOCAL_AUTHORITY
                && register.hasTeam(school.area())) {
            errors.put("phase", "The area already has an education safeguarding team");
        } else if (phase.get() != Phase.LOCAL_AUTHORITY && school.phase() == Phase.LOCAL_AUTHORITY
                && register.homeEducatedLinked(id)) {
            errors.put("phase", "Home-educated children are linked to this team: it must stay the area's team");
        }
        String urn = blankToNull(c.urn());
        boolean la = phase.isPresent() && phase.get() == Phase.LOCAL_AUTHORITY;
        if (urn == null && !la) {
            errors.put("urn", "Enter the school's URN (6 digits)");
        } else if (urn != null && !urn.matches("\\d{6}")) {
            errors.put("urn", "The URN must be 6 digits");
        } else if (urn != null && register.urnTaken(urn, id)) {
            errors.put("urn", "URN " + urn + " is another school's");
        }
        String leadName = RegisterText.required(c.leadName(), 120, "leadName",
                "Enter the designated safeguarding lead's name (120 characters or fewer)", errors);
        String leadEmail = RegisterText.email(c.leadEmail(), "leadEmail",
                "Enter the designated safeguarding lead's e-mail, like name@school.example", errors);
        String deputyName = blankToNull(c.deputyName());
        String deputyEmail = blankToNull(c.deputyEmail());
        if (deputyName != null && deputyName.length() > 120) {
            errors.put("deputyName", "The deputy's name must be 120 characters or fewer");
        }
        if (deputyEmail != null && (!deputyEmail.matches(RegisterText.EMAIL) || deputyEmail.length() > 320)) {
            errors.put("deputyEmail", "Enter the deputy's e-mail, like name@school.example");
        }
        LocalTime startsAt = null;
        try {
            startsAt = LocalTime.parse(c.startsAt() == null ? "" : c.startsAt().strip());
        } catch (DateTimeParseException e) {
            errors.put("startsAt", "Enter the time the school day starts, like 08:45");
        }
        List<String> termProblems = new ArrayList<>();
        List<Term> terms = WrittenDates.terms(c.terms(), "Line", termProblems);
        if (termProblems.isEmpty()) {
            List<Term> sorted = terms.stream().sorted(Comparator.comparing(Term::startsOn)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                if (!sorted.get(i).startsOn().isAfter(sorted.get(i - 1).endsOn())) {
                    termProblems.add("The terms starting " + Dates.day(sorted.get(i - 1).startsOn()) + " and "
                            + Dates.day(sorted.get(i).startsOn()) + " overlap");
                }
            }
        }
        if (terms.size() > 60) {
            termProblems.add("Enter 60 terms or fewer");
        }
        if (!termProblems.isEmpty()) {
            errors.put("terms", WrittenDates.message(termProblems));
        }
        List<String> closureProblems = new ArrayList<>();
        List<LocalDate> closures = WrittenDates.days(c.closures(), "Line", closureProblems);
        if (closures.size() > 400) {
            closureProblems.add("Enter 400 non-school days or fewer");
        }
        if (!closureProblems.isEmpty()) {
            errors.put("closures", WrittenDates.message(closureProblems));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Change(new SchoolStore.Details(name, urn, phase.get(), leadName, leadEmail, deputyName, deputyEmail,
                startsAt), terms, closures);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
