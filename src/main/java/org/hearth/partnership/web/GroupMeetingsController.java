package org.hearth.partnership.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Meeting;
import org.hearth.partnership.MeetingDetails;
import org.hearth.partnership.MeetingId;
import org.hearth.partnership.PartnershipGroup;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Structures;
import org.hearth.platform.Dates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A group's meetings: recording one (minutes, decisions, who attended) and reading it. */
@Controller
@RequestMapping("/partnership/groups/{id}/meetings")
@NotAudited("groups and meetings are about agencies and their staff, not person data; Structures audits every change")
class GroupMeetingsController extends OneGroup {

    GroupMeetingsController(Structures structures, Partnerships partnerships) {
        super(structures, partnerships);
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String newMeeting(@PathVariable UUID id, Model model) {
        PartnershipGroup g = group(id, model);
        MeetingForm form = new MeetingForm();
        g.agencies().forEach(a -> form.getAgency().put(a.toString(), ""));
        model.addAttribute("meetingForm", form);
        return meetingForm(model, g);
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    String recordMeeting(@PathVariable UUID id, @ModelAttribute("meetingForm") MeetingForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PartnershipGroup g = group(id, model);
        MeetingDetails details = form.validate(result, g, structures.today(), agencyNames());
        if (details == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return meetingForm(model, g);
        }
        Meeting m = structures.recordMeeting(g.id(), details);
        redirect.addFlashAttribute("success", "Meeting of " + Dates.DAY.format(m.heldOn()) + " recorded");
        return "redirect:/partnership/groups/" + g.id() + "/meetings/" + m.id();
    }

    @GetMapping("/{meetingId}")
    String meeting(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
        PartnershipGroup g = group(id, model);
        Meeting m = structures.meeting(new MeetingId(meetingId)).filter(x -> x.group().equals(g.id()))
                .orElseThrow(OneGroup::notFound);
        Map<AgencyId, String> agencies = agencyNames();
        model.addAttribute("date", Dates.DAY.format(m.heldOn()));
        model.addAttribute("minutes", StructureViews.paragraphs(m.minutes()));
        model.addAttribute("decisions", StructureViews.paragraphs(m.decisions()));
        model.addAttribute("agencies", StructureViews.agencyPresence(m, agencies));
        model.addAttribute("members", StructureViews.memberPresence(m, g, agencies));
        return "partnership/meeting";
    }

    private String meetingForm(Model model, PartnershipGroup g) {
        Map<AgencyId, String> agencies = agencyNames();
        model.addAttribute("agencyChoices", StructureViews.agencyChoices(g, agencies));
        model.addAttribute("memberChoices", StructureViews.memberChoices(g, agencies));
        model.addAttribute("presenceOptions", StructureViews.presenceOptions());
        model.addAttribute("memberPresenceOptions", StructureViews.memberPresenceOptions());
        model.addAttribute("fields", MeetingForm.fields(g));
        return "partnership/meeting-form";
    }
}
