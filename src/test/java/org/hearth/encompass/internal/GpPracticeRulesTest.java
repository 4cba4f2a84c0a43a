package org.hearth.encompass.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hearth.encompass.GpPracticeChanges;
import org.hearth.encompass.RoutineEnquiry;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules of the GP practices register, without a database ({@link GpPracticeRules}). */
class GpPracticeRulesTest {

    private static final Area NORTH = new Area(AreaId.random(), "North", null);

    private static GpPracticeChanges practice(String area, String ods, String email, String re) {
        return new GpPracticeChanges(area, " Vale Surgery ", ods, "Dr Lee Lead", email, re);
    }

    @Test
    void aPractice() {
        GpPracticeRules.Checked c = GpPracticeRules.check(practice(NORTH.id().value().toString(), "b86001",
                "lead@vale.example", "YES"), null, a -> a.equals(NORTH.id()), ods -> false);
        assertThat(c.ods()).isEqualTo("B86001");
        assertThat(c.name()).isEqualTo("Vale Surgery");
        assertThat(c.area()).isEqualTo(NORTH.id());
        assertThat(c.routineEnquiry()).isEqualTo(RoutineEnquiry.YES);
    }

    @Test
    void aPracticeRefusedFieldByField() {
        assertThatThrownBy(() -> GpPracticeRules.check(practice("not an id", "86001", "lead", "MAYBE"), null,
                a -> true, ods -> false)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("area", "odsCode", "contactEmail",
                                "routineEnquiry"));
        assertThatThrownBy(() -> GpPracticeRules.check(practice(null, "B86001", "lead@vale.example", "NO"),
                NORTH.id(), a -> false, ods -> true)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnly(
                                Map.entry("odsCode", "ODS code B86001 is already in the register")));
    }

    private static GpPracticeRules.Line line(Map<String, String> fields, Set<String> ods, Set<String> names) {
        Map<String, String> all = new HashMap<>(Map.of("area", "North", "name", "Vale Surgery", "ods_code", "B86001",
                "contact_name", "Dr Lee Lead", "contact_email", "lead@vale.example", "routine_enquiry", ""));
        all.putAll(fields);
        return GpPracticeRules.csvLine(all::get, Map.of("north", NORTH), ods, names, code -> code.equals("Y00001"),
                (area, name) -> name.equals("Hill Surgery"));
    }

    @Test
    void aLineOfTheCsv() {
        Set<String> ods = new HashSet<>();
        Set<String> names = new HashSet<>();
        GpPracticeRules.Line first = line(Map.of(), ods, names);
        assertThat(first.problems()).isEmpty();
        assertThat(first.checked().routineEnquiry()).as("blank: no").isEqualTo(RoutineEnquiry.NO);
        assertThat(line(Map.of(), ods, names).problems()).containsExactly("ODS code B86001 appears twice in the file",
                "A practice called Vale Surgery is already listed in North");
        GpPracticeRules.Line bad = line(Map.of("area", "South", "ods_code", "Y00001", "routine_enquiry", "maybe",
                "name", "Hill Surgery"), new HashSet<>(), new HashSet<>());
        assertThat(bad.checked()).isNull();
        assertThat(bad.problems()).containsExactly("Unknown area \"South\"",
                "ODS code Y00001 is already in the register",
                "Unknown routine enquiry \"maybe\" (YES, IN_DISCUSSION or NO)");
        assertThat(line(Map.of("routine_enquiry", "in discussion"), new HashSet<>(), new HashSet<>()).checked()
                .routineEnquiry()).isEqualTo(RoutineEnquiry.IN_DISCUSSION);
    }
}
