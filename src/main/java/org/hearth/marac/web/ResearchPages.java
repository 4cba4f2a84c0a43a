package org.hearth.marac.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.audit.NotAudited;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracResearch;
import org.hearth.marac.ResearchTask;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.SummaryRow;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * MARAC research: a representative's list of their agency's research and the research form (SafeLives' form:
 * facts apart from opinion, anything withheld with the reason); coordinators read what came back and chase what
 * has not. Research is internal to the meeting.
 */
@Controller
class ResearchPages {

    static final String FORM = "researchForm";

    /** A row of the research list. */
    record TaskRow(String id, String reference, String agency, String meeting, String due, String status,
            String colour) {
    }

    private final MaracResearch research;
    private final Partnerships partnerships;

    ResearchPages(MaracResearch research, Partnerships partnerships) {
        this.research = research;
        this.partnerships = partnerships;
    }

    TaskRow row(ResearchTask t) {
        LocalDate today = LocalDate.now(Dates.UK);
        return new TaskRow(t.id().toString(), t.reference(), agency(t.agency()), Dates.day(t.meetsOn()),
                Dates.day(t.dueOn()), t.state(today), t.returned() ? "green"
                        : t.overdue(today) || t.chasedAt() != null ? "red" : "grey");
    }

    private String agency(AgencyId id) {
        return partnerships.agency(id).map(a -> a.name()).orElse("Unknown agency");
    }

    @GetMapping("/marac/research")
    @PreAuthorize(Role.WORKS_CASES)
    @NotAudited("references and dates only; MaracResearch audits the people behind the list")
    String mine(Model model) {
        model.addAttribute("tasks", research.mine().stream().map(this::row).toList());
        return "marac/research-list";
    }

    @GetMapping("/marac/research/{id}")
    @PreAuthorize(Role.WORKS_CASES)
    @Audited(action = AuditAction.READ, recordType = "marac-research", ids = "#id")
    String show(@PathVariable UUID id, Model model) {
        ResearchTask task = find(id);
        model.addAttribute(FORM, ResearchForm.of(task.answers()));
        return page(task, model);
    }

    @PostMapping("/marac/research/{id}")
    @PreAuthorize(Role.WORKS_CASES)
    @Audited(action = AuditAction.UPDATE, recordType = "marac-research", ids = "#id")
    String submit(@PathVariable UUID id, @ModelAttribute(FORM) ResearchForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            FormErrors.refuseAny(result);
            ResearchTask saved = research.submit(id, form.answers());
            redirect.addFlashAttribute("success", "Research on " + saved.reference() + " returned");
            return "redirect:/marac/research";
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
        } catch (java.util.NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(find(id), model);
    }

    @PostMapping("/marac/meetings/{meetingId}/chase")
    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-meeting", ids = "#meetingId", reason = "'research chased'")
    String chase(@PathVariable UUID meetingId, @RequestParam(required = false) String agency,
            RedirectAttributes redirect) {
        AgencyId chosen = FormErrors.id(agency, AgencyId::new);
        int chased = chosen == null ? 0 : research.chase(new MaracMeetingId(meetingId), chosen);
        redirect.addFlashAttribute("success", chased == 0 ? "Nothing outstanding to chase"
                : chased + (chased == 1 ? " case" : " cases") + " chased for " + agency(chosen)
                        + ": it shows as chased in their work list");
        return "redirect:/marac/meetings/" + meetingId + "#research";
    }

    private ResearchTask find(UUID id) {
        return research.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(ResearchTask t, Model model) {
        model.addAttribute("task", t);
        model.addAttribute("details", List.of(new SummaryRow("Case", t.reference()),
                new SummaryRow("Agency", agency(t.agency())), new SummaryRow("Meeting", Dates.day(t.meetsOn())),
                new SummaryRow("Due", Dates.day(t.dueOn())),
                new SummaryRow("Returned", t.returned() ? t.returnedBy() + ", " + Dates.dayAndTime(t.returnedAt())
                        : "Not yet")));
        boolean open = !t.meetsOn().isBefore(java.time.LocalDate.now(Dates.UK));
        boolean coordinator = org.hearth.access.Actor.current()
                .map(a -> a.hasRole(org.hearth.access.Role.HUB_COORDINATOR)).orElse(false);
        model.addAttribute("editable", open && !coordinator);
        var a = t.answers();
        model.addAttribute("answers", a == null ? null : List.of(
                new SummaryRow("Holds nothing", a.nothingHeld() ? "Yes" : "No"),
                new SummaryRow("Victim", a.victimFacts() == null ? "None given" : a.victimFacts()),
                new SummaryRow("Children", a.childrenFacts() == null ? "None given" : a.childrenFacts()),
                new SummaryRow("Perpetrator", a.perpetratorFacts() == null ? "None given" : a.perpetratorFacts()),
                new SummaryRow("Opinion", a.opinion() == null ? "None given" : a.opinion()),
                new SummaryRow("Withheld", a.withheld() == null ? "Nothing"
                        : a.withheld() + " (why: " + a.withheldReason() + ")")));
        return "marac/research";
    }
}
