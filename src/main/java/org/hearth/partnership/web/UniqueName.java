package org.hearth.partnership.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.hearth.partnership.DuplicateNameException;
import org.springframework.validation.BindingResult;

/**
 * How the partnership's pages save a named record (an agency, an area, a group): {@code write} runs unless the form
 * holds errors; a name another record has already goes on the name field as {@code taken}, and {@code again} shows
 * the form once more, answering 400.
 */
final class UniqueName {

    private UniqueName() {
    }

    static String save(BindingResult result, HttpServletResponse response, Supplier<String> write, String taken,
            Supplier<String> again) {
        if (!result.hasErrors()) {
            try {
                return write.get();
            } catch (DuplicateNameException e) {
                result.rejectValue("name", "duplicate", taken);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return again.get();
    }
}
