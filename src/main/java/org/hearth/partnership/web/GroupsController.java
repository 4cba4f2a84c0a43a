package org.hearth.partnership.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.GroupDetails;
import org.hearth.partnership.PartnershipGroup;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Structures;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.FormPost;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partnership's structures: its groups with their reporting lines (an SVG diagram beside a nested list), and a
 * new group. Every member of staff reads them (organisations and their staff representatives, no victim's data);
 * partnership coordinators and administrators manage them. One group's pages are {@link GroupController},
 * {@link GroupMembersController} and {@link GroupMeetingsController}.
 */
@Controller
@RequestMapping("/partnership/groups")
@NotAudited("groups and meetings are about agencies and their staff, not person data; Structures audits every change")
class GroupsController {

    static final int QUARTERS = 6;

    private final Structures structures;
    private final Partnerships partnerships;

    GroupsController(Structures structures, Partnerships partnerships) {
        this.structures = structures;
        this.partnerships = partnerships;
    }

    // every member of staff but a school's or practice's key adult, who reaches only their own notifications
    @Navigation(label = "Groups", order = 62, section = NavigationSection.PARTNERSHIP, roles = {"SYSTEM_ADMIN",
        "PARTNERSHIP_COORDINATOR", "HUB_COORDINATOR", "PRACTITIONER", "AGENCY_REPRESENTATIVE", "ANALYST",
        "DISCLOSURE_TEAM", "INFORMATION_GOVERNANCE"})
    @GetMapping
    String groups(Model model, Authentication auth) {
        List<PartnershipGroup> groups = structures.groups();
        model.addAttribute("groups", StructureViews.groupRows(groups, structures::meetings));
        model.addAttribute("diagram", ReportingLines.of(groups));
        model.addAttribute("canManage", OneGroup.canManage(auth));
        return "partnership/groups";
    }

    @GetMapping("/new")
    @PreAuthorize(OneGroup.MANAGE)
    String newGroup(Model model) {
        model.addAttribute("groupForm", new GroupForm());
        return groupFormPage(model, structures, partnerships, null);
    }

    @PostMapping
    @PreAuthorize(OneGroup.MANAGE)
    String create(@ModelAttribute("groupForm") GroupForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        GroupDetails details = form.validate(result, OneGroup.groupIds(structures), OneGroup.agencyIds(partnerships));
        return UniqueName.save(result, response, () -> {
            PartnershipGroup group = structures.create(details);
            return FormPost.redirect(redirect, "Group added: " + group.name(), "/partnership/groups/" + group.id());
        }, "A group with that name already exists", () -> groupFormPage(model, structures, partnerships, null));
    }

    /** The add or change form of a group (editing null when adding one). */
    static String groupFormPage(Model model, Structures structures, Partnerships partnerships,
            PartnershipGroup editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("kindOptions", StructureViews.kindOptions());
        model.addAttribute("parentOptions", StructureViews.parentOptions(structures.groups(), editing));
        model.addAttribute("agencyOptions", StructureViews.memberAgencyOptions(partnerships.agencies(), editing));
        model.addAttribute("statusOptions", StructureViews.STATUS_OPTIONS);
        model.addAttribute("fields", GroupForm.FIELDS);
        return "partnership/group-form";
    }
}
