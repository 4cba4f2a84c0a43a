package org.hearth.marac.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.audit.NotAudited;
import org.hearth.marac.MaracAction;
import org.hearth.marac.MaracActionId;
import org.hearth.marac.MaracActions;
import org.hearth.marac.MaracMeetings;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * MARAC actions after the meeting: a representative's (or deputy's) actions of their agency, overdue first, with the
 * minutes issued to their agency; coordinators also see every overdue action. Each action takes progress notes with
 * evidence until it is completed.
 */
@Controller
@PreAuthorize(Role.WORKS_CASES)
class ActionPages {

    static final String FORM = "progressForm";

    private final MaracActions actions;
    private final MaracMeetings meetings;
    private final MeetingViews views;

    ActionPages(MaracActions actions, MaracMeetings meetings, MeetingViews views) {
        this.actions = actions;
        this.meetings = meetings;
        this.views = views;
    }

    /** Minutes issued to an agency the user represents. */
    record MinutesRow(String marac, String date, String agency, String href) {
    }

    @GetMapping("/marac/actions")
    @NotAudited("references and dates only; MaracActions audits the people behind the lists")
    String list(Model model) {
        model.addAttribute("mine", actions.mine().stream().map(views::row).toList());
        boolean coordinator = Actor.current().map(a -> a.hasRole(Role.HUB_COORDINATOR)).orElse(false);
        model.addAttribute("overdue", coordinator ? actions.overdue().stream().map(views::row).toList() : null);
        model.addAttribute("minutes", meetings.minutesForMe().stream().map(m -> new MinutesRow(m.maracName(),
                Dates.day(m.meetsOn()), views.agency(m.agency()),
                "/marac/meetings/" + m.meeting() + "/minutes.pdf?agency=" + m.agency())).toList());
        return "marac/actions";
    }

    @GetMapping("/marac/actions/{id}")
    @Audited(action = AuditAction.READ, recordType = "marac-action", ids = "#id")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute(FORM, new ProgressForm());
        return page(find(id), model);
    }

    @PostMapping("/marac/actions/{id}/progress")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-action", ids = "#id")
    String progress(@PathVariable UUID id, @ModelAttribute(FORM) ProgressForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            FormErrors.refuseAny(result);
            MaracAction a = MeetingViews.found(() -> actions.progress(new MaracActionId(id), form.getNote(),
                    form.getEvidence(), form.isComplete()));
            redirect.addFlashAttribute("success", a.open() ? "Progress noted" : "Action completed");
            return "redirect:/marac/actions/" + id;
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(find(id), model);
    }

    private MaracAction find(UUID id) {
        return actions.find(new MaracActionId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(MaracAction a, Model model) {
        MeetingViews.ActionRow row = views.row(a);
        model.addAttribute("action", a);
        model.addAttribute("row", row);
        model.addAttribute("details", List.of(new SummaryRow("Case", a.reference()),
                new SummaryRow("Meeting", Dates.day(a.meetsOn())), new SummaryRow("For", a.subject().label()),
                new SummaryRow("Action", a.description()), new SummaryRow("Risk it addresses", a.risk()),
                new SummaryRow("Owner", row.owner()), new SummaryRow("Due", row.due()),
                new SummaryRow("State", row.state() + (a.open() ? "" : ", " + a.closedBy() + ", "
                        + Dates.dayAndTime(a.closedAt())))));
        model.addAttribute("notes", a.progress().stream().map(p -> new SummaryRow(
                Dates.dayAndTime(p.recordedAt()) + ", " + p.recordedBy(), (p.completes() ? "Completed: " : "")
                        + p.note() + (p.evidence() == null ? "" : " (evidence: " + p.evidence() + ")"))).toList());
        return "marac/action";
    }
}
