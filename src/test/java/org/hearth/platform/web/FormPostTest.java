package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hearth.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** The one way a page handles a bound form's post: write and redirect, or the page again with the errors and 400. */
class FormPostTest {

    @Test
    void aWriteAcceptedRedirectsWithABanner() {
        var result = new BeanPropertyBindingResult(new DateParts("1", "2", "2026"), "form");
        var response = new MockHttpServletResponse();
        var flash = new RedirectAttributesModelMap();
        String view = FormPost.submit(result, response, () -> FormPost.redirect(flash, "Saved.", "/things/1"),
                () -> "things/page");
        assertThat(view).isEqualTo("redirect:/things/1");
        assertThat(flash.getFlashAttributes().get("success")).isEqualTo("Saved.");
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aPageErrorStopsTheWriteAndTheModulesRefusalLandsOnTheRenamedField() {
        var result = new BeanPropertyBindingResult(new DateParts(), "form");
        result.rejectValue("day", "invalid", "An unreal date");
        var writes = new AtomicInteger();
        var response = new MockHttpServletResponse();
        String view = FormPost.submit(result, response, counted(writes), () -> "things/page");
        assertThat(view).isEqualTo("things/page");
        assertThat(writes).as("nothing written while the page holds an error").hasValue(0);
        assertThat(response.getStatus()).isEqualTo(400);

        var refused = new BeanPropertyBindingResult(new DateParts(), "form");
        var again = new MockHttpServletResponse();
        String page = FormPost.submit(refused, again, Map.of("monthOfYear", "month"), () -> {
            throw new InvalidInputException(Map.of("monthOfYear", "Enter a month"));
        }, () -> "things/page");
        assertThat(page).isEqualTo("things/page");
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(refused.getFieldError("month").getDefaultMessage()).isEqualTo("Enter a month");
    }

    @Test
    void textTheBinderRefusedStopsTheWriteAsThePagesOwnErrorsDo() {
        var unbound = new BeanPropertyBindingResult(new DateParts(), "form");
        unbound.addError(new org.springframework.validation.FieldError("form", "year", "2026\u202E", true, null, null,
                "Text Hearth does not accept"));
        var writes = new AtomicInteger();
        var response = new MockHttpServletResponse();
        String again = FormPost.submit(unbound, response, counted(writes), () -> "things/page");
        assertThat(again).isEqualTo("things/page");
        assertThat(writes).as("nothing written past text the binder refused").hasValue(0);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(unbound.getFieldError("year").getDefaultMessage()).isEqualTo("Text Hearth does not accept");
    }

    /** A write that counts itself and would redirect. */
    private static Supplier<String> counted(AtomicInteger writes) {
        return () -> {
            writes.incrementAndGet();
            return "redirect:/never";
        };
    }

    @Test
    void aBlankFormIsAddedOnlyWhenTheModelHasNoneAsTyped() {
        var model = new ExtendedModelMap();
        var typed = new DateParts("3", "", "");
        model.addAttribute("form", typed);
        FormPost.blank(model, "form", DateParts::new);
        FormPost.blank(model, "other", DateParts::new);
        assertThat(model.get("form")).isSameAs(typed);
        assertThat(model.get("other")).isInstanceOf(DateParts.class).isNotSameAs(typed);
    }

    /** A record page's forms when none was posted: each blank, and no error summary. */
    @Test
    void subFormsOfAPageNothingPostedToAreBlankWithNoFieldsToSummarise() {
        var model = new ExtendedModelMap();
        FormPost.subForm(model, null, "decision", DateParts::new, List.of("day", "month", "year"));
        FormPost.subForm(model, null, "chair", DateParts::new, List.of("day"));
        assertThat(model.get("decisionForm")).isInstanceOf(DateParts.class).isNotSameAs(model.get("chairForm"));
        assertThat(model.get("chairForm")).isInstanceOf(DateParts.class);
        assertThat(model.containsAttribute("failedFields")).isFalse();
    }

    /**
     * The page shown again after one of its forms was refused: that form keeps what was typed and its field errors,
     * its fields are listed for the error summary in page order; the page's other forms are blank and list nothing.
     */
    @Test
    void theRefusedSubFormKeepsItsInputAndErrorsAndOnlyItsFieldsAreSummarised() {
        var typed = new DateParts("31", "2", "2026");
        BindingResult result = new BeanPropertyBindingResult(typed, "decisionForm");
        result.rejectValue("day", "invalid", "The date must be a real date");
        var model = new ExtendedModelMap();
        model.addAttribute("decisionForm", typed);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "decisionForm", result);

        FormPost.subForm(model, "decision", "decision", DateParts::new, List.of("day", "month", "year"));
        FormPost.subForm(model, "decision", "chair", DateParts::new, List.of("day"));

        assertThat(model.get("decisionForm")).as("bound: as typed").isSameAs(typed);
        assertThat(((BindingResult) model.get(BindingResult.MODEL_KEY_PREFIX + "decisionForm")).getFieldError("day")
                .getDefaultMessage()).isEqualTo("The date must be a real date");
        assertThat(model.get("failedFields")).as("the refused form's fields, in page order")
                .isEqualTo(List.of("day", "month", "year"));
        assertThat(model.get("chairForm")).as("unbound: blank").isInstanceOf(DateParts.class).isNotSameAs(typed);
    }
}
