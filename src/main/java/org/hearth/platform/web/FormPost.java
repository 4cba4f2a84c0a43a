package org.hearth.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hearth.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page handles a bound form's post: the write runs only when the page found no errors of its own (an
 * unreal date, a choice not offered); refused, by the page or by the module, the form's fields carry each message
 * and the page shows again with the user's input and a 400.
 */
public final class FormPost {

    private FormPost() {
    }

    /**
     * Runs {@code write} (which answers the view, usually {@link #redirect}) unless {@code result} already holds an
     * error; a refusal goes onto the form's fields through {@link FormErrors#reject} and {@code refused} renders the
     * page again, answering 400.
     */
    public static String submit(BindingResult result, HttpServletResponse response, Supplier<String> write,
            Supplier<String> refused) {
        return submit(result, response, Map.of(), write, refused);
    }

    /**
     * As {@link #submit(BindingResult, HttpServletResponse, Supplier, Supplier)}, for a form that names some of the
     * module's fields otherwise: {@code names} maps the module's field to the page's ({@link FormErrors#rename}).
     */
    public static String submit(BindingResult result, HttpServletResponse response, Map<String, String> names,
            Supplier<String> write, Supplier<String> refused) {
        try {
            FormErrors.refuseAny(result);
            return write.get();
        } catch (InvalidInputException e) {
            FormErrors.reject(result, FormErrors.rename(e, names));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return refused.get();
    }

    /**
     * The same for a form posted as plain fields: {@code write} runs only when {@code errors} (what the page could
     * not read, by field) is empty; the module's refusals join the page's (the page's first) and {@code again}
     * shows the form with all of them, answering 400. A record the write does not find answers 404.
     */
    public static String submit(Map<String, String> errors, HttpServletResponse response, Supplier<String> write,
            Function<Map<String, String>, String> again) {
        if (errors.isEmpty()) {
            try {
                return write.get();
            } catch (NoSuchElementException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            } catch (InvalidInputException e) {
                e.errors().forEach(errors::putIfAbsent);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return again.apply(errors);
    }

    /**
     * The same for a post with no form to bind (a button, one choice): a refusal's first message goes to the model as
     * {@code error}, shown by the page above the button, and {@code refused} shows the page again with a 400.
     */
    public static String button(Model model, String error, HttpServletResponse response, Supplier<String> write,
            Supplier<String> refused) {
        try {
            return write.get();
        } catch (InvalidInputException e) {
            model.addAttribute(error, e.problems().get(0).message());
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return refused.get();
    }

    /** A success banner for the next page and the redirect to {@code path}. */
    public static String redirect(RedirectAttributes flash, String banner, String path) {
        flash.addFlashAttribute("success", banner);
        return "redirect:" + path;
    }

    /** Puts a blank form under {@code name} unless the model holds one already (the form refused, as typed). */
    public static <T> void blank(Model model, String name, Supplier<T> make) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, make.get());
        }
    }

    /**
     * One of a record page's forms, {@code name}: a blank form under "{name}Form" unless the refused one is there and,
     * when it is the form refused ({@code failed}), its fields in page order under "failedFields", which
     * {@code components :: failedFormSummary} lists in the error summary.
     */
    public static <T> void subForm(Model model, String failed, String name, Supplier<T> make, List<String> fields) {
        blank(model, name + "Form", make);
        if (name.equals(failed)) {
            model.addAttribute("failedFields", fields);
        }
    }
}
