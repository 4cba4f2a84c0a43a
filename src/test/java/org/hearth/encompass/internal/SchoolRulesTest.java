package org.hearth.encompass.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.encompass.Phase;
import org.hearth.encompass.School;
import org.hearth.encompass.SchoolChanges;
import org.hearth.encompass.SchoolId;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.junit.jupiter.api.Test;

/** The rules of the schools register, without a database ({@link SchoolRules}). */
class SchoolRulesTest {

    private static final Area NORTH = new Area(AreaId.random(), "North", null);

    /** A register holding URN 100001, a school called Hill Primary and, when asked, the area's team. */
    private static SchoolRules.Register register(boolean team, boolean homeEducated) {
        return new SchoolRules.Register() {
            public boolean urnTaken(String urn, UUID except) {
                return urn.equals("100001");
            }

            public boolean nameTaken(AreaId area, String name, UUID except) {
                return name.strip().equalsIgnoreCase("Hill Primary");
            }

            public boolean hasTeam(AreaId area) {
                return team;
            }

            public boolean homeEducatedLinked(UUID id) {
                return homeEducated;
            }
        };
    }

    private static SchoolRules.Line line(Map<String, String> fields, Set<String> urns, Set<String> names,
            boolean team) {
        Map<String, String> all = new HashMap<>(Map.of("area", "north", "name", "Vale Primary", "urn", "123456",
                "phase", "PRIMARY", "lead_name", "Sam Lead", "lead_email", "lead@vale.example", "deputy_name", "",
                "deputy_email", "", "starts_at", "", "terms", ""));
        all.put("closures", "");
        all.putAll(fields);
        return SchoolRules.csvLine(all::get, Map.of("north", NORTH), urns, names, register(team, false));
    }

    @Test
    void aGoodLineIsAdded() {
        SchoolRules.Line read = line(Map.of("terms", "2026-09-03..2026-10-23", "closures", "2026-09-02"),
                new HashSet<>(), new HashSet<>(), false);
        assertThat(read.problems()).isEmpty();
        assertThat(read.details().startsAt()).isEqualTo(LocalTime.of(8, 45));
        assertThat(read.terms()).hasSize(1);
        assertThat(read.closures()).hasSize(1);
    }

    @Test
    void aUrnOnceAndANameOncePerArea() {
        Set<String> urns = new HashSet<>();
        Set<String> names = new HashSet<>();
        assertThat(line(Map.of(), urns, names, false).problems()).isEmpty();
        assertThat(line(Map.of(), urns, names, false).problems())
                .containsExactly("URN 123456 appears twice in the file",
                        "A school called Vale Primary is already listed in North");
        assertThat(line(Map.of("urn", "100001", "name", "Hill Primary"), new HashSet<>(), new HashSet<>(), false)
                .problems()).containsExactly("URN 100001 is already in the register",
                        "A school called Hill Primary is already listed in North");
        assertThat(line(Map.of("urn", "12345"), new HashSet<>(), new HashSet<>(), false).problems())
                .containsExactly("The URN \"12345\" is not 6 digits");
    }

    @Test
    void oneEducationSafeguardingTeamPerArea() {
        Map<String, String> team = Map.of("urn", "", "phase", "LOCAL_AUTHORITY", "name", "North team");
        assertThat(line(team, new HashSet<>(), new HashSet<>(), false).problems()).isEmpty();
        assertThat(line(team, new HashSet<>(), new HashSet<>(), true).problems())
                .containsExactly("North already has an education safeguarding team");
    }

    @Test
    void badFieldsAreEachNamed() {
        SchoolRules.Line read = line(Map.of("area", "South", "phase", "Nursery", "lead_email", "lead",
                "deputy_email", "x", "starts_at", "9am", "terms", "2026-10-23..2026-09-03", "closures", "2 Sept"),
                new HashSet<>(), new HashSet<>(), false);
        assertThat(read.problems()).hasSize(7).contains("Unknown area \"South\"");
        assertThat(read.details()).isNull();
    }

    private static School school(Phase phase) {
        return new School(new SchoolId(UUID.randomUUID()), NORTH.id(), "Vale Primary", "123456", phase, "Sam Lead",
                "lead@vale.example", null, null, LocalTime.of(8, 45));
    }

    private static SchoolChanges changes(String phase, String urn, String terms) {
        return new SchoolChanges("Vale Primary", urn, phase, "Sam Lead", "lead@vale.example", null, null, "08:50",
                terms, "2026-09-02\n2026-09-04");
    }

    @Test
    void aChange() {
        Map<String, String> errors = new LinkedHashMap<>();
        SchoolRules.Change change = SchoolRules.change(school(Phase.PRIMARY),
                changes("PRIMARY", "123456", "2026-09-03..2026-10-23\n2026-11-02..2026-12-18"), register(true, false),
                errors);
        assertThat(errors).isEmpty();
        assertThat(change.terms()).hasSize(2);
        assertThat(change.closures()).hasSize(2);
        assertThat(change.details().startsAt()).isEqualTo(LocalTime.of(8, 50));
    }

    @Test
    void aChangeRefused() {
        Map<String, String> errors = new LinkedHashMap<>();
        assertThat(SchoolRules.change(school(Phase.PRIMARY),
                changes("LOCAL_AUTHORITY", "100001", "2026-09-03..2026-10-23\n2026-10-01..2026-12-18"),
                register(true, false), errors)).isNull();
        assertThat(errors).containsOnlyKeys("phase", "urn", "terms");
        assertThat(errors.get("terms")).contains("overlap");
        errors.clear();
        SchoolRules.change(school(Phase.LOCAL_AUTHORITY), changes("PRIMARY", null, ""), register(true, true), errors);
        assertThat(errors).containsEntry("phase",
                "Home-educated children are linked to this team: it must stay the area's team")
                .containsEntry("urn", "Enter the school's URN (6 digits)");
    }
}
