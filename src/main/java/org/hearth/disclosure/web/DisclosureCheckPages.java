package org.hearth.disclosure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.disclosure.CheckTask;
import org.hearth.disclosure.Disclosures;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.Option;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The checks the disclosure team asked of the user's agency, and the answer form: the subject (by name when the
 * user's agency holds a ground on them) and the dates; never the applicant, the person at risk or the route.
 */
@Controller
@PreAuthorize(Role.WORKS_CASES)
class DisclosureCheckPages {

    private final Disclosures disclosures;

    DisclosureCheckPages(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    record Row(String id, String heading, String asked, String answer) {

        static Row of(CheckTask t) {
            return new Row(t.id().toString(), t.reference() + ": " + t.subjectName(), "Asked on "
                    + Dates.day(t.requestedOn()) + "; answer due by " + Dates.day(t.dueOn()) + ".",
                    t.respondedOn() == null ? null : "Answered on " + Dates.day(t.respondedOn()) + ": "
                            + (Boolean.TRUE.equals(t.holdsInformation()) ? "holds relevant information"
                                    : "holds nothing relevant") + (t.response() == null ? "." : ". " + t.response()));
        }
    }

    @GetMapping("/disclosure-checks")
    @NotAudited("Disclosures.checksForMyAgency audits the read with the subjects' ids")
    String list(Model model) {
        model.addAttribute("checkAnswerForm", new CheckAnswerForm());
        return page(null, model);
    }

    @GetMapping("/disclosure-checks/{id}")
    @NotAudited("Disclosures.checksForMyAgency audits the read with the subjects' ids")
    String one(@PathVariable UUID id, Model model) {
        model.addAttribute("checkAnswerForm", new CheckAnswerForm());
        return page(id.toString(), model);
    }

    @PostMapping("/disclosure-checks/{id}")
    @NotAudited("Disclosures.answerCheck audits the answer in its transaction")
    String answer(@PathVariable UUID id, @ModelAttribute("checkAnswerForm") CheckAnswerForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        Boolean holds = "yes".equals(form.getHoldsInformation()) ? Boolean.TRUE
                : "no".equals(form.getHoldsInformation()) ? Boolean.FALSE : null;
        try {
            disclosures.answerCheck(id, holds, form.getResponse());
            flash.addFlashAttribute("success", "Your answer has been sent to the disclosure team.");
            return "redirect:/disclosure-checks";
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(id.toString(), model);
    }

    /** The list, or one check with its answer form ({@code one}: 404 unless asked of the user's agency). */
    private String page(String one, Model model) {
        List<Row> rows = disclosures.checksForMyAgency().stream().map(Row::of)
                .filter(r -> one == null || r.id().equals(one)).toList();
        if (one != null && rows.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("tasks", rows);
        model.addAttribute("one", one);
        model.addAttribute("fields", CheckAnswerForm.FIELDS);
        model.addAttribute("answerOptions", List.of(new Option("yes", "Yes"), new Option("no", "No")));
        return "disclosure/checks";
    }
}
