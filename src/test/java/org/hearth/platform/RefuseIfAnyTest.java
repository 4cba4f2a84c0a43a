package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one "refuse when anything was found" every module's rules end with. */
class RefuseIfAnyTest {

    @Test
    void nothingFoundIsNotRefused() {
        assertThatCode(() -> InvalidInputException.refuseIfAny(Map.of())).doesNotThrowAnyException();
    }

    @Test
    void everyFieldFoundIsRefusedInOrder() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("name", "Enter a name");
        errors.put("on", "Enter a real date");
        assertThatThrownBy(() -> InvalidInputException.refuseIfAny(errors))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.errors()).containsExactly(Map.entry("name", "Enter a name"),
                                Map.entry("on", "Enter a real date")));
    }
}
