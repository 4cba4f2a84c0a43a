package org.hearth.partnership.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AttendanceByAgency;
import org.hearth.partnership.DuplicateNameException;
import org.hearth.partnership.GroupDetails;
import org.hearth.partnership.PartnershipGroup;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Structures;
import org.hearth.platform.Dates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One group: its page (terms of reference, member agencies and representatives, meetings), its change form, and
 * attendance by agency over time with the agencies that have drifted away.
 */
@Controller
@RequestMapping("/partnership/groups/{id}")
@NotAudited("groups and meetings are about agencies and their staff, not person data; Structures audits every change")
class GroupController extends OneGroup {

    GroupController(Structures structures, Partnerships partnerships) {
        super(structures, partnerships);
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model, Authentication auth) {
        PartnershipGroup g = group(id, model);
        Map<AgencyId, String> agencies = agencyNames();
        model.addAttribute("summary", StructureViews.summary(g, structures.groups()));
        model.addAttribute("terms", StructureViews.terms(g));
        model.addAttribute("agencies", StructureViews.agencies(g, agencies));
        model.addAttribute("members", StructureViews.members(g, agencies));
        model.addAttribute("meetings", StructureViews.meetings(structures.meetings(g.id())));
        model.addAttribute("canManage", canManage(auth));
        return "partnership/group";
    }

    @GetMapping("/edit")
    @PreAuthorize(MANAGE)
    String edit(@PathVariable UUID id, Model model) {
        PartnershipGroup g = group(id, model);
        model.addAttribute("groupForm", GroupForm.of(g));
        return GroupsController.groupFormPage(model, structures, partnerships, g);
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    String update(@PathVariable UUID id, @ModelAttribute("groupForm") GroupForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PartnershipGroup g = group(id, model);
        GroupDetails details = form.validate(result, groupIds(structures), agencyIds(partnerships));
        if (details != null) {
            try {
                structures.update(g.id(), details);
                redirect.addFlashAttribute("success", "Group changed: " + details.name());
                return "redirect:/partnership/groups/" + g.id();
            } catch (DuplicateNameException e) {
                result.rejectValue("name", "duplicate", "A group with that name already exists");
            } catch (IllegalArgumentException e) {
                result.rejectValue("parent", "loop", "A group cannot report to itself or to a group that reports to it");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return GroupsController.groupFormPage(model, structures, partnerships, g);
    }

    @GetMapping("/attendance")
    String attendance(@PathVariable UUID id, Model model) {
        PartnershipGroup g = group(id, model);
        AttendanceByAgency.Result result = AttendanceByAgency.of(structures.meetings(g.id()), structures.today(),
                GroupsController.QUARTERS);
        model.addAttribute("quarters", result.quarters().stream().map(AttendanceByAgency.Quarter::label).toList());
        model.addAttribute("rows", StructureViews.attendance(result, agencyNames()));
        model.addAttribute("drifted", result.drifted().size());
        model.addAttribute("rule", AttendanceByAgency.RULE);
        model.addAttribute("today", Dates.DAY.format(structures.today()));
        return "partnership/attendance";
    }
}
