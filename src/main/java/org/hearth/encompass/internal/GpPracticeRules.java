package org.hearth.encompass.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.hearth.encompass.GpPracticeChanges;
import org.hearth.encompass.RoutineEnquiry;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.platform.InvalidInputException;

/**
 * The rules of the GP practices register, with no database: what a practice and a line of the practices CSV must say
 * (an area, a name not used in it, an ODS code held by no other practice, the safeguarding lead and their e-mail,
 * routine enquiry). {@link JdbcGpPractices} applies them; unit-tested by {@code GpPracticeRulesTest}.
 */
final class GpPracticeRules {

    /** The columns a practices CSV names on its first line. */
    static final List<String> HEADER = List.of("area", "name", "ods_code", "contact_name", "contact_email",
            "routine_enquiry");

    private GpPracticeRules() {
    }

    /** A practice as checked, to write. */
    record Checked(AreaId area, String name, String ods, String contactName, String contactEmail,
            RoutineEnquiry routineEnquiry) {
    }

    /**
     * A practice's details: the area given ({@code keepArea} null) must be one of the partnership's
     * ({@code areaKnown}); the ODS code held by no other practice ({@code odsTaken}). Refused with every field's
     * problem.
     */
    static Checked check(GpPracticeChanges c, AreaId keepArea, Predicate<AreaId> areaKnown, Predicate<String> odsTaken) {
        Map<String, String> errors = new LinkedHashMap<>();
        AreaId area = keepArea;
        if (keepArea == null) {
            try {
                area = c.area() == null || c.area().isBlank() ? null : new AreaId(UUID.fromString(c.area().strip()));
            } catch (IllegalArgumentException e) {
                area = null;
            }
            if (area == null || !areaKnown.test(area)) {
                errors.put("area", "Choose the practice's area");
            }
        }
        String name = RegisterText.required(c.name(), 200, "name", "Enter the practice's name (200 characters or fewer)",
                errors);
        String ods = c.odsCode() == null ? "" : c.odsCode().strip().toUpperCase(Locale.ROOT);
        if (!ods.matches("[A-Z]\\d{5}")) {
            errors.put("odsCode", "Enter the practice's ODS code: a letter and 5 digits, like B86001");
        } else if (odsTaken.test(ods)) {
            errors.put("odsCode", "ODS code " + ods + " is already in the register");
        }
        String contactName = RegisterText.required(c.contactName(), 120, "contactName",
                "Enter the practice's safeguarding lead (120 characters or fewer)", errors);
        String contactEmail = RegisterText.email(c.contactEmail(), "contactEmail",
                "Enter the safeguarding lead's work e-mail, like name@practice.example", errors);
        Optional<RoutineEnquiry> re = RoutineEnquiry.parse(c.routineEnquiry());
        if (re.isEmpty()) {
            errors.put("routineEnquiry", "Choose whether the practice undertakes routine enquiry");
        }
        InvalidInputException.refuseIfAny(errors);
        return new Checked(area, name, ods, contactName, contactEmail, re.get());
    }

    /** A line of the CSV read: the practice to add (null when refused), the name given and the problems. */
    record Line(String name, Area area, Checked checked, List<String> problems) {
    }

    /**
     * A consistent line of the CSV ({@code field} gives each column's text), against the areas by lower-case name,
     * the ODS codes and area-and-name keys seen earlier in the file (added to here) and the register.
     */
    static Line csvLine(UnaryOperator<String> field, Map<String, Area> areas, Set<String> odsInFile,
            Set<String> namesInFile, Predicate<String> odsTaken, BiPredicate<AreaId, String> nameTaken) {
        String name = field.apply("name");
        List<String> problems = new ArrayList<>();
        Area area = areas.get(field.apply("area").toLowerCase(Locale.ROOT));
        if (area == null) {
            problems.add("Unknown area \"" + field.apply("area") + "\"");
        }
        String re = field.apply("routine_enquiry").isBlank() ? "NO" : field.apply("routine_enquiry").replace(' ', '_');
        GpPracticeChanges typed = new GpPracticeChanges(null, name, field.apply("ods_code"),
                field.apply("contact_name"), field.apply("contact_email"), re);
        Checked c = null;
        try {
            // the area is checked above (by name); a placeholder keeps check() from asking for it
            c = check(typed, area == null ? new AreaId(new UUID(0, 0)) : area.id(), a -> true, odsTaken);
        } catch (InvalidInputException e) {
            e.errors().forEach((f, message) -> problems.add("routineEnquiry".equals(f)
                    ? "Unknown routine enquiry \"" + field.apply("routine_enquiry") + "\" (YES, IN_DISCUSSION or NO)"
                    : message));
        }
        String ods = field.apply("ods_code").strip().toUpperCase(Locale.ROOT);
        if (ods.matches("[A-Z]\\d{5}") && !odsInFile.add(ods)) {
            problems.add("ODS code " + ods + " appears twice in the file");
        }
        if (area != null && !name.isBlank()) {
            String key = area.id().value() + "|" + name.strip().toLowerCase(Locale.ROOT);
            boolean known = nameTaken.test(area.id(), name);
            if (!namesInFile.add(key) || known) {
                problems.add("A practice called " + name.strip() + " is already listed in " + area.name());
            }
        }
        return new Line(name, area, problems.isEmpty() ? c : null, List.copyOf(problems));
    }
}
