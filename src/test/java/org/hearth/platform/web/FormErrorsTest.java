package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

/** The one way a page binds refused input to its form. */
class FormErrorsTest {

    @Test
    void aRefusalLandsOnItsFieldOrOnTheFormAndAFieldKeepsItsFirstMessage() {
        var result = new BeanPropertyBindingResult(new DateParts(), "form");
        result.rejectValue("day", "invalid", "The page's own message");
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("day", "The module's message");
        errors.put("month", "Enter a month");
        errors.put("notAField", "Something about the whole form");
        FormErrors.reject(result, new InvalidInputException(errors));
        assertThat(result.getFieldError("day").getDefaultMessage()).isEqualTo("The page's own message");
        assertThat(result.getFieldError("month").getDefaultMessage()).isEqualTo("Enter a month");
        assertThat(result.getGlobalErrors()).extracting(e -> e.getDefaultMessage())
                .containsExactly("Something about the whole form");
    }

    @Test
    void anyErrorRefusesTheFormWhetherThePageOrTheBinderPutItThere() {
        var result = new BeanPropertyBindingResult(new DateParts(), "form");
        result.rejectValue("day", "invalid", "An unreal date"); // the page's own error
        assertThatThrownBy(() -> FormErrors.refuseAny(result)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors()).isEqualTo(Map.of("day", "An unreal date"));
        result.addError(new FieldError("form", "month", "\u202e", true, null, null, "Remove the control character"));
        assertThatThrownBy(() -> FormErrors.refuseAny(result)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors())
                .isEqualTo(Map.of("day", "An unreal date", "month", "Remove the control character"));
        FormErrors.refuseAny(new BeanPropertyBindingResult(new DateParts(), "form")); // no error: nothing thrown
    }

    @Test
    void aDateIsReadOrItsFieldRefused() {
        var result = new BeanPropertyBindingResult(new Holder(), "form");
        assertThat(FormErrors.date(result, "on", new DateParts("", "", ""))).isNull();
        assertThat(result.hasErrors()).as("blank is the module's to refuse").isFalse();
        assertThat(FormErrors.date(result, "on", new DateParts("31", "2", "2026"))).isNull();
        assertThat(result.getFieldError("on").getDefaultMessage()).contains("real date");
        assertThat(FormErrors.date(result, "on", new DateParts("28", "2", "2026"))).hasToString("2026-02-28");
    }

    @Test
    void anIdChosenIsReadAndTextThatIsNotOneBecomesAnUnknownId() {
        assertThat(FormErrors.id(" ", java.util.function.Function.identity())).isNull();
        var id = java.util.UUID.randomUUID();
        assertThat(FormErrors.id(" " + id + " ", java.util.function.Function.identity())).isEqualTo(id);
        assertThat(FormErrors.id("not-an-id", java.util.function.Function.identity())).isNotNull().isNotEqualTo(id);
    }

    enum Colour { RED, GREEN }

    @Test
    void aChoiceIsReadOrItsFieldRefusedAndBlankIsLeftToTheModule() {
        var result = new BeanPropertyBindingResult(new Holder(), "form");
        assertThat(FormErrors.choice(Colour.class, " ", result, "on", "Choose a colour")).isNull();
        assertThat(FormErrors.choice(Colour.class, null, result, "on", "Choose a colour")).isNull();
        assertThat(result.hasErrors()).as("blank is the module's to refuse").isFalse();
        assertThat(FormErrors.choice(Colour.class, " GREEN ", result, "on", "Choose a colour")).isEqualTo(Colour.GREEN);
        assertThat(result.hasErrors()).isFalse();
        assertThat(FormErrors.choice(Colour.class, "BLUE", result, "on", "Choose a colour")).isNull();
        assertThat(result.getFieldError("on").getDefaultMessage()).isEqualTo("Choose a colour");
    }

    @Test
    void aConstantIsReadAndBlankOrUnknownIsNullForTheModuleToName() {
        assertThat(FormErrors.constant(Colour.class, " RED ")).isEqualTo(Colour.RED);
        assertThat(FormErrors.constant(Colour.class, "BLUE")).isNull();
        assertThat(FormErrors.constant(Colour.class, " ")).isNull();
        assertThat(FormErrors.constant(Colour.class, null)).isNull();
    }

    @Test
    void aChoiceSentToTheApiIsReadOrRefusedByItsFieldAndBlankIsLeftToTheModule() {
        assertThat(FormErrors.named(Colour.class, " RED ", "colour", "RED or GREEN")).isEqualTo(Colour.RED);
        assertThat(FormErrors.named(Colour.class, " ", "colour", "RED or GREEN")).isNull();
        assertThat(FormErrors.named(Colour.class, null, "colour", "RED or GREEN")).isNull();
        assertThatThrownBy(() -> FormErrors.named(Colour.class, "BLUE", "colour", "RED or GREEN"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors()).isEqualTo(Map.of("colour", "RED or GREEN"));
    }

    @Test
    void aPastDateIsRequiredRealAndNotAfterToday() {
        var today = java.time.LocalDate.of(2026, 3, 14);
        var blank = new BeanPropertyBindingResult(new Holder(), "form");
        assertThat(FormErrors.pastDate(blank, "on", new DateParts(), today, "Enter the date", "Not after today"))
                .isNull();
        assertThat(blank.getFieldError("on").getDefaultMessage()).isEqualTo("Enter the date");
        var unreal = new BeanPropertyBindingResult(new Holder(), "form");
        assertThat(FormErrors.pastDate(unreal, "on", new DateParts("30", "2", "2026"), today, "Enter the date",
                "Not after today")).isNull();
        assertThat(unreal.getFieldError("on").getDefaultMessage()).contains("real date");
        var future = new BeanPropertyBindingResult(new Holder(), "form");
        assertThat(FormErrors.pastDate(future, "on", new DateParts("15", "3", "2026"), today, "Enter the date",
                "Not after today")).isNull();
        assertThat(future.getFieldError("on").getDefaultMessage()).isEqualTo("Not after today");
        var ok = new BeanPropertyBindingResult(new Holder(), "form");
        assertThat(FormErrors.pastDate(ok, "on", new DateParts("14", "3", "2026"), today, "Enter the date",
                "Not after today")).isEqualTo(today);
        assertThat(ok.hasErrors()).isFalse();
    }

    @Test
    void flagsKeepTheWordsOfThoseThatHoldInOrder() {
        assertThat(new Flags().add(true, "Repeat victim").add(false, "Serial perpetrator").add(true, "Children present")
                .words()).containsExactly("Repeat victim", "Children present");
        assertThat(new Flags().add(false, "Carried over").words()).isEmpty();
    }

    /** A form with one date. */
    public static class Holder {
        private DateParts on = new DateParts();

        public DateParts getOn() { return on; }
        public void setOn(DateParts on) { this.on = on; }
    }
}
