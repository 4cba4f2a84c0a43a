package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** Which models make the layout start the title with "Error: ". */
class ErrorTitlesTest {

    @Test
    void aBoundFormWithErrorsOrAPageOwnErrorsMarkThePage() {
        BindingResult clean = new BeanPropertyBindingResult(new Object(), "form");
        BindingResult failed = new BeanPropertyBindingResult(new Object(), "form");
        failed.reject("x", "Something is wrong");

        assertThat(ErrorTitles.hasErrors(Map.of(BindingResult.MODEL_KEY_PREFIX + "form", clean))).isFalse();
        assertThat(ErrorTitles.hasErrors(Map.of(BindingResult.MODEL_KEY_PREFIX + "form", failed))).isTrue();
        assertThat(ErrorTitles.hasErrors(Map.of("errors", Map.of()))).isFalse();
        assertThat(ErrorTitles.hasErrors(Map.of("errors", Map.of("assessedOn", "Enter a date")))).isTrue();
        assertThat(ErrorTitles.hasErrors(Map.of("errors", List.of("Enter a date")))).isTrue();
        assertThat(ErrorTitles.hasErrors(Map.of("error", "Enter your username"))).isTrue();
        assertThat(ErrorTitles.hasErrors(Map.of("reportError", "Answer every question"))).isTrue();
        assertThat(ErrorTitles.hasErrors(Map.of("error", " "))).isFalse();
        assertThat(ErrorTitles.hasErrors(Map.of("message", "Saved"))).isFalse();
    }
}
