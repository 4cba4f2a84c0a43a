package org.hearth.services.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hearth.platform.web.Option;
import org.hearth.platform.Dates;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.services.ListedService;
import org.hearth.services.Need;
import org.hearth.services.ReviewStatus;
import org.hearth.services.ServiceDetails;
import org.hearth.services.ServiceDirectory;
import org.hearth.services.ServiceId;
import org.hearth.services.ServiceKind;
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
 * Keeping the directory up to date, for partnership coordinators and system administrators: every service with
 * its review status (due after 21 months, overdue after two years), adding, changing, marking reviewed,
 * publishing and unpublishing. Invalid answers re-render the form with a 400 and an error summary.
 */
@Controller
@RequestMapping("/directory/manage")
@NotAudited("services are organisations, not people; ServiceDirectory records every change in the audit trail")
class ManageDirectoryController {

    static final String FORM = "serviceForm";

    /** A row of the services table. */
    record Row(String id, String name, String kind, String provider, boolean published, String lastReviewed,
            String status, String statusColour) {
    }

    private final ServiceDirectory directory;
    private final Partnerships partnerships;

    ManageDirectoryController(ServiceDirectory directory, Partnerships partnerships) {
        this.directory = directory;
        this.partnerships = partnerships;
    }

    @Navigation(label = "Directory of services", order = 60, section = NavigationSection.PARTNERSHIP,
            roles = {"PARTNERSHIP_COORDINATOR", "SYSTEM_ADMIN"})
    @GetMapping
    String list(Model model) {
        LocalDate today = directory.today();
        // overdue first, then due, each oldest review first: the entries that need the coordinator come first
        model.addAttribute("services", directory.all().stream()
                .sorted(Comparator.comparing((ListedService s) -> s.reviewStatus(today), Comparator.reverseOrder())
                        .thenComparing(ListedService::lastReviewed).thenComparing(ListedService::name))
                .map(s -> row(s, today)).toList());
        model.addAttribute("summary", directory.reviewSummary(today));
        model.addAttribute("oldest", directory.reviewSummary(today).oldestReview().map(Dates.DAY::format).orElse(null));
        return "services/manage";
    }

    private static Row row(ListedService s, LocalDate today) {
        ReviewStatus status = s.reviewStatus(today);
        return new Row(s.id().toString(), s.name(), s.kind().label(), s.provider(), s.published(),
                Dates.DAY.format(s.lastReviewed()), status.label(),
                switch (status) {
                    case CURRENT -> "green";
                    case DUE -> "yellow";
                    case OVERDUE -> "red";
                });
    }

    @GetMapping("/new")
    String addForm(Model model) {
        model.addAttribute(FORM, ServiceForm.blank(directory.today()));
        return form(model, null);
    }

    @PostMapping
    String add(@ModelAttribute(FORM) ServiceForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ServiceDetails details = validate(form, result);
        if (details == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, null);
        }
        ListedService added = directory.add(details);
        redirect.addFlashAttribute("success", added.name() + " has been added"
                + (added.published() ? " to the public directory" : " (not published)"));
        return "redirect:/directory/manage";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        ListedService service = existing(id);
        model.addAttribute(FORM, ServiceForm.of(service));
        return form(model, service);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable UUID id, @ModelAttribute(FORM) ServiceForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ListedService service = existing(id);
        ServiceDetails details = validate(form, result);
        if (details == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, service);
        }
        ListedService saved = directory.update(service.id(), details);
        redirect.addFlashAttribute("success", saved.name() + " has been updated");
        return "redirect:/directory/manage";
    }

    @PostMapping("/{id}/reviewed")
    String reviewed(@PathVariable UUID id, RedirectAttributes redirect) {
        ListedService service = directory.markReviewed(existing(id).id(), directory.today());
        redirect.addFlashAttribute("success", service.name() + " has been marked as reviewed today");
        return "redirect:/directory/manage";
    }

    /** Unpublishing takes a service out of the public directory at once: asked first. */
    @GetMapping("/{id}/unpublish")
    String confirmUnpublish(@PathVariable UUID id, Model model) {
        model.addAttribute("service", existing(id));
        return "services/unpublish";
    }

    @PostMapping("/{id}/unpublish")
    String unpublish(@PathVariable UUID id, RedirectAttributes redirect) {
        ListedService service = directory.unpublish(existing(id).id());
        redirect.addFlashAttribute("success", service.name() + " has been removed from the public directory");
        return "redirect:/directory/manage";
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        ListedService service = directory.publish(existing(id).id());
        redirect.addFlashAttribute("success", service.name() + " is now in the public directory");
        return "redirect:/directory/manage";
    }

    private ListedService existing(UUID id) {
        return directory.find(new ServiceId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ServiceDetails validate(ServiceForm form, BindingResult result) {
        return form.validate(result, partnerships.areas(), partnerships.agencies(), directory.today());
    }

    /** The add or change page; {@code service} is null when adding. */
    private String form(Model model, ListedService service) {
        model.addAttribute("service", service);
        model.addAttribute("kindOptions", Option.of(ServiceKind::label, ServiceKind.values()));
        model.addAttribute("needOptions", Option.of(Need::label, Need.values()));
        List<Option> areas = new java.util.ArrayList<>(Option.of(partnerships.areas(), a -> a.id(), a -> a.name()));
        areas.add(Option.exclusive("ALL", "All areas (the whole partnership)"));
        model.addAttribute("areaOptions", areas);
        model.addAttribute("agencyOptions", Option.withNone("Not a member agency",
                Option.of(partnerships.agencies().stream().filter(a -> a.active()).toList(), a -> a.id(),
                a -> a.name())));
        model.addAttribute("fields", ServiceForm.FIELDS);
        model.addAttribute("action",
                service == null ? "/directory/manage" : "/directory/manage/" + service.id() + "/edit");
        if (service != null) {
            model.addAttribute("status", service.reviewStatus(directory.today()).label());
            model.addAttribute("lastReviewedText", Dates.DAY.format(service.lastReviewed()));
        }
        return "services/service-form";
    }
}
