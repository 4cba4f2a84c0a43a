package org.hearth.partnership.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.platform.web.FormPost;
import org.hearth.platform.web.Option;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Sector;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partnership's member agencies, for system administrators: the list, adding an agency and changing one.
 * Invalid answers re-render the form with a 400 and an error summary; a saved change redirects to the list.
 */
@Controller
@RequestMapping("/admin/agencies")
@NotAudited("agencies are organisations, not people; Partnerships records each change in the audit trail")
class AgencyAdminController {

    static final String FORM = "agencyForm";

    /** A row of the agencies table. */
    record AgencyRow(String id, String name, String sector, String kind, String area, boolean active) {
    }

    private final Partnerships partnerships;

    AgencyAdminController(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @Navigation(label = "Agencies", order = 80, section = NavigationSection.ADMINISTRATION, roles = "SYSTEM_ADMIN")
    @GetMapping
    String list(Model model) {
        Map<AreaId, String> areas = partnerships.areas().stream()
                .collect(Collectors.toMap(Area::id, Area::name));
        model.addAttribute("agencies", partnerships.agencies().stream()
                .map(a -> new AgencyRow(a.id().toString(), a.name(), a.sector().label(), a.kind(),
                        a.area() == null ? "Whole partnership" : areas.getOrDefault(a.area(), "Unknown area"),
                        a.active()))
                .toList());
        return "partnership/agencies";
    }

    @GetMapping("/new")
    String addForm(Model model) {
        model.addAttribute(FORM, new AgencyForm());
        return form(model, null);
    }

    @PostMapping
    String add(@Valid @ModelAttribute(FORM) AgencyForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        checkArea(form, result);
        return UniqueName.save(result, response, () -> {
            Agency agency = partnerships.createAgency(form.details());
            return FormPost.redirect(redirect, agency.name() + " has been added", "/admin/agencies");
        }, "An agency with that name already exists", () -> form(model, null));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        Agency agency = existing(id);
        model.addAttribute(FORM, AgencyForm.of(agency));
        return form(model, agency);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable UUID id, @Valid @ModelAttribute(FORM) AgencyForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Agency agency = existing(id);
        checkArea(form, result);
        return UniqueName.save(result, response, () -> {
            Agency saved = partnerships.updateAgency(agency.id(), form.details());
            return FormPost.redirect(redirect, saved.name() + " has been updated", "/admin/agencies");
        }, "Another agency already has that name", () -> form(model, agency));
    }

    private Agency existing(UUID id) {
        return partnerships.agency(new AgencyId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void checkArea(AgencyForm form, BindingResult result) {
        if (form.getArea() != null && !result.hasFieldErrors("area")
                && partnerships.areas().stream().noneMatch(a -> a.id().value().equals(form.getArea()))) {
            result.rejectValue("area", "unknown", "Select an area from the list");
        }
    }

    /** The add or change page; {@code agency} is null when adding. */
    private String form(Model model, Agency agency) {
        model.addAttribute("agency", agency);
        model.addAttribute("sectorOptions", Option.of(Sector::label, Sector.values()));
        model.addAttribute("statutoryOptions", List.of(new Option("true", "Statutory"), new Option("false", "Voluntary")));
        model.addAttribute("areaOptions", Option.withNone("Whole partnership",
                Option.of(partnerships.areas(), a -> a.id().value(), a -> a.name())));
        model.addAttribute("action", agency == null ? "/admin/agencies" : "/admin/agencies/" + agency.id() + "/edit");
        return "partnership/agency-form";
    }
}
