package org.hearth.partnership.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.MemberId;
import org.hearth.partnership.PartnershipGroup;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Representative;
import org.hearth.partnership.Structures;
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

/** A group's named representatives: adding one, taking one off. */
@Controller
@RequestMapping("/partnership/groups/{id}/members")
@PreAuthorize(OneGroup.MANAGE)
@NotAudited("groups and meetings are about agencies and their staff, not person data; Structures audits every change")
class GroupMembersController extends OneGroup {

    GroupMembersController(Structures structures, Partnerships partnerships) {
        super(structures, partnerships);
    }

    @GetMapping("/new")
    String newMember(@PathVariable UUID id, Model model) {
        group(id, model);
        model.addAttribute("memberForm", new MemberForm());
        return memberForm(model);
    }

    @PostMapping
    String addMember(@PathVariable UUID id, @ModelAttribute("memberForm") MemberForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PartnershipGroup g = group(id, model);
        AgencyId agency = form.validate(result, agencyIds(partnerships));
        if (agency == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return memberForm(model);
        }
        Representative r = structures.addMember(g.id(), form.getName(), form.getRole(), agency);
        redirect.addFlashAttribute("success", "Representative added: " + r.name());
        return "redirect:/partnership/groups/" + g.id();
    }

    @PostMapping("/{memberId}/remove")
    String removeMember(@PathVariable UUID id, @PathVariable UUID memberId, Model model,
            RedirectAttributes redirect) {
        PartnershipGroup g = group(id, model);
        try {
            structures.removeMember(g.id(), new MemberId(memberId));
        } catch (NoSuchElementException e) {
            throw notFound();
        }
        redirect.addFlashAttribute("success", "Representative taken off the group");
        return "redirect:/partnership/groups/" + g.id();
    }

    private String memberForm(Model model) {
        model.addAttribute("agencyOptions", StructureViews.representativeAgencyOptions(partnerships.agencies()));
        model.addAttribute("fields", MemberForm.FIELDS);
        return "partnership/member-form";
    }
}
