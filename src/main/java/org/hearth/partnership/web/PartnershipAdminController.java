package org.hearth.partnership.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnership;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.FormPost;
import org.hearth.platform.web.SummaryRow;
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
 * The partnership's name and population and its areas (e.g. districts) with theirs, for system administrators.
 * Populations feed rates per 1,000 on the dashboard and refuge places per 10,000 for BVPI 225.
 */
@Controller
@RequestMapping("/admin/partnership")
@NotAudited("the partnership and its areas are not people; Partnerships records each change in the audit trail")
class PartnershipAdminController {

    static final String FORM = "placeForm";

    private final Partnerships partnerships;

    PartnershipAdminController(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @Navigation(label = "Partnership settings", order = 79, section = NavigationSection.ADMINISTRATION,
            roles = "SYSTEM_ADMIN")
    @GetMapping
    String show(Model model) {
        Partnership partnership = current();
        model.addAttribute("partnership", List.of(
                new SummaryRow("Name", partnership.name(), "/admin/partnership/edit", "Change"),
                new SummaryRow("Population", population(partnership.population()), "/admin/partnership/edit",
                        "Change")));
        model.addAttribute("areas", partnerships.areas().stream()
                .map(a -> new AreaRow(a.id().toString(), a.name(), population(a.population()))).toList());
        return "partnership/partnership";
    }

    /** A row of the areas table. */
    record AreaRow(String id, String name, String population) {
    }

    @GetMapping("/edit")
    String editForm(Model model) {
        Partnership partnership = current();
        model.addAttribute(FORM, PlaceForm.of(partnership.name(), partnership.population()));
        return form(model, "Change the partnership", "/admin/partnership/edit", "Partnership name");
    }

    @PostMapping("/edit")
    String edit(@Valid @ModelAttribute(FORM) PlaceForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        current();
        if (!result.hasErrors()) {
            partnerships.updatePartnership(form.trimmedName(), form.populationValue());
            redirect.addFlashAttribute("success", "The partnership has been updated");
            return "redirect:/admin/partnership";
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, "Change the partnership", "/admin/partnership/edit", "Partnership name");
    }

    @GetMapping("/areas/new")
    String addForm(Model model) {
        model.addAttribute(FORM, new PlaceForm());
        return form(model, "Add an area", "/admin/partnership/areas", "Area name");
    }

    @PostMapping("/areas")
    String add(@Valid @ModelAttribute(FORM) PlaceForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return UniqueName.save(result, response, () -> {
            Area area = partnerships.addArea(form.trimmedName(), form.populationValue());
            return FormPost.redirect(redirect, area.name() + " has been added", "/admin/partnership");
        }, "An area with that name already exists", () -> form(model, "Add an area", "/admin/partnership/areas",
                "Area name"));
    }

    @GetMapping("/areas/{id}/edit")
    String editAreaForm(@PathVariable UUID id, Model model) {
        Area area = area(id);
        model.addAttribute(FORM, PlaceForm.of(area.name(), area.population()));
        return form(model, "Change " + area.name(), "/admin/partnership/areas/" + id + "/edit", "Area name");
    }

    @PostMapping("/areas/{id}/edit")
    String editArea(@PathVariable UUID id, @Valid @ModelAttribute(FORM) PlaceForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Area area = area(id);
        return UniqueName.save(result, response, () -> {
            Area saved = partnerships.updateArea(area.id(), form.trimmedName(), form.populationValue());
            return FormPost.redirect(redirect, saved.name() + " has been updated", "/admin/partnership");
        }, "Another area already has that name", () -> form(model, "Change " + area.name(),
                "/admin/partnership/areas/" + id + "/edit", "Area name"));
    }

    private Partnership current() {
        return partnerships.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Area area(UUID id) {
        return partnerships.area(new AreaId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String population(Integer population) {
        return population == null ? "Not known" : String.format("%,d", population);
    }

    private static String form(Model model, String title, String action, String nameLabel) {
        model.addAttribute("title", title);
        model.addAttribute("action", action);
        model.addAttribute("nameLabel", nameLabel);
        return "partnership/place-form";
    }
}
