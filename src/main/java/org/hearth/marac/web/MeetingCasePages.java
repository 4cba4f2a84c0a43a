package org.hearth.marac.web;

import static org.hearth.marac.web.MeetingViews.found;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.marac.MaracAction;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracMeetings;
import org.hearth.marac.MaracMeetings.CaseFile;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.NewMaracAction;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.FormErrors;
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
 * A case at the chair's meeting ({@link MeetingPages}): safe-contact rules first, the risk summary, research by
 * agency and previous MARAC actions; minutes, actions agreed, adjourning. For the MARAC's chair and hub/MARAC
 * coordinators: {@link MaracMeetings} refuses anyone else.
 */
@Controller
@PreAuthorize(Role.WORKS_CASES)
class MeetingCasePages {

    static final String NOTES = "caseNotesForm";
    static final String ACTION = "actionForm";

    private final MaracMeetings meetings;
    private final MeetingViews views;

    MeetingCasePages(MaracMeetings meetings, MeetingViews views) {
        this.meetings = meetings;
        this.views = views;
    }

    @GetMapping("/marac/meetings/{meetingId}/cases/{referralId}")
    @Audited(action = AuditAction.READ, recordType = "marac-case", ids = "{#meetingId, #referralId}")
    String caseFile(@PathVariable UUID meetingId, @PathVariable UUID referralId, Model model) {
        CaseFile file = load(meetingId, referralId);
        model.addAttribute(NOTES, MeetingViews.notes(file));
        model.addAttribute(ACTION, new ActionForm());
        return views.caseFile(file, model);
    }

    private CaseFile load(UUID meetingId, UUID referralId) {
        try {
            return found(() -> meetings.caseFile(new MaracMeetingId(meetingId), new MaracReferralId(referralId)))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (InvalidInputException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The agenda is not published");
        }
    }

    @PostMapping("/marac/meetings/{meetingId}/cases/{referralId}/minutes")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-case", ids = "{#meetingId, #referralId}")
    String minutes(@PathVariable UUID meetingId, @PathVariable UUID referralId,
            @ModelAttribute(NOTES) CaseNotesForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            FormErrors.refuseAny(result);
            found(() -> {
                meetings.recordCase(new MaracMeetingId(meetingId), new MaracReferralId(referralId), form.getMinutes(),
                        form.getIdvaUpdate(), form.isShareAddress(), form.isClose());
                return null;
            });
            redirect.addFlashAttribute("success", form.isClose() ? "Minutes recorded and the case closed"
                    : "Minutes recorded");
            return "redirect:" + (form.isClose() ? "/marac/meetings/" + meetingId + "/run"
                    : "/marac/meetings/" + meetingId + "/cases/" + referralId);
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(ACTION, new ActionForm());
        return views.caseFile(load(meetingId, referralId), model);
    }

    @PostMapping("/marac/meetings/{meetingId}/cases/{referralId}/actions")
    @Audited(action = AuditAction.CREATE, recordType = "marac-action", ids = "{#meetingId, #referralId}")
    String addAction(@PathVariable UUID meetingId, @PathVariable UUID referralId,
            @ModelAttribute(ACTION) ActionForm form, BindingResult result, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            FormErrors.refuseAny(result);
            LocalDate due = FormErrors.date(result, "dueOn", form.getDueOn());
            MaracAction.Subject subject = FormErrors.choice(MaracAction.Subject.class, form.getSubject(), result,
                    "subject", "Choose whom the action is for");
            AgencyId owner = FormErrors.id(form.getOwner(), AgencyId::new);
            if (!result.hasErrors()) {
                MaracAction.Subject s = subject;
                MaracAction a = found(() -> meetings.addAction(new MaracMeetingId(meetingId),
                        new MaracReferralId(referralId), new NewMaracAction(s, form.getDescription(), form.getRisk(),
                                owner, due)));
                redirect.addFlashAttribute("success", "Action agreed for " + views.agency(a.owner()) + ", due "
                        + Dates.day(a.dueOn()));
                return "redirect:/marac/meetings/" + meetingId + "/cases/" + referralId + "#actions";
            }
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        CaseFile file = load(meetingId, referralId);
        model.addAttribute(NOTES, MeetingViews.notes(file));
        return views.caseFile(file, model);
    }

    @PostMapping("/marac/meetings/{meetingId}/cases/{referralId}/adjourn")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-case", ids = "{#meetingId, #referralId}",
            reason = "'adjourned'")
    String adjourn(@PathVariable UUID meetingId, @PathVariable UUID referralId, RedirectAttributes redirect) {
        return MeetingPages.change(meetingId, () -> meetings.adjourn(new MaracMeetingId(meetingId),
                new MaracReferralId(referralId)), "Case adjourned to the next meeting", redirect);
    }
}
