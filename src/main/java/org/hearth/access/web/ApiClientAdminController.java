package org.hearth.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.access.ApiClientId;
import org.hearth.access.ApiClients;
import org.hearth.access.ApiScope;
import org.hearth.platform.InvalidInputException;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.web.Option;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * System administrators manage the systems allowed to call the API: list, create (the token is shown once, on
 * the page that answers the form, and never again) and revoke. Under {@code /admin}, so administrators only.
 */
@Controller
@NotAudited("API clients hold no person data; ApiClients audits every create and revoke itself")
class ApiClientAdminController {

    private final ApiClients clients;
    private final Partnerships partnerships;

    ApiClientAdminController(ApiClients clients, Partnerships partnerships) {
        this.clients = clients;
        this.partnerships = partnerships;
    }

    @ModelAttribute
    void options(Model model) {
        List<Agency> agencies = partnerships.agencies().stream().filter(Agency::active).toList();
        model.addAttribute("agencies", agencies);
        model.addAttribute("agencyNames", partnerships.agencies().stream()
                .collect(Collectors.toMap(a -> a.id().value(), Agency::name, (a, b) -> a)));
        model.addAttribute("agencyOptions", Option.withNone("Select an agency",
                Option.of(agencies, a -> a.id().value(), Agency::name)));
        model.addAttribute("scopeOptions", java.util.Arrays.stream(ApiScope.values())
                .map(s -> new Option(s.value(), s.label() + " (" + s.value() + ")")).toList());
    }

    @Navigation(label = "API clients", order = 95, section = NavigationSection.ADMINISTRATION, roles = "SYSTEM_ADMIN")
    @GetMapping("/admin/api-clients")
    String list(Model model) {
        model.addAttribute("clients", clients.all());
        return "access/api-clients";
    }

    @GetMapping("/admin/api-clients/new")
    String form(Model model) {
        model.addAttribute("name", "");
        model.addAttribute("selectedScopes", Set.of());
        return "access/api-client-new";
    }

    @PostMapping("/admin/api-clients")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) UUID agency,
            @RequestParam(required = false) List<String> scopes, Model model, HttpServletResponse response) {
        Set<ApiScope> chosen = EnumSet.noneOf(ApiScope.class);
        if (scopes != null) {
            scopes.forEach(s -> ApiScope.of(s).ifPresent(chosen::add));
        }
        try {
            if (agency != null && partnerships.agency(new AgencyId(agency)).isEmpty()) {
                throw InvalidInputException.of("agency", "Select the agency the client acts for");
            }
            ApiClients.Created created = clients.create(name, agency == null ? null : new AgencyId(agency), chosen);
            model.addAttribute("client", created.client());
            model.addAttribute("token", created.token());
            return "access/api-client-created";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field());
            model.addAttribute("name", name);
            model.addAttribute("selectedAgency", agency);
            model.addAttribute("selectedScopes", chosen.stream().map(ApiScope::value).collect(Collectors.toSet()));
            return "access/api-client-new";
        }
    }

    @PostMapping("/admin/api-clients/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes flash) {
        clients.find(new ApiClientId(id)).ifPresent(c -> {
            clients.revoke(c.id());
            flash.addFlashAttribute("success", "The token of " + c.name() + " no longer works.");
        });
        return "redirect:/admin/api-clients";
    }
}
