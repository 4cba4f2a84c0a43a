package org.hearth.services.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.platform.web.Option;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.services.DirectoryQuery;
import org.hearth.services.ListedService;
import org.hearth.services.Need;
import org.hearth.services.ServiceDirectory;
import org.hearth.services.ServiceId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public directory: search (a GET form, so results can be linked to), each service's page, and advice on
 * covering your tracks. No sign-in, no session, no cookie (see access's security configuration), the
 * "Exit this page" control on every page.
 */
@Controller
@RequestMapping("/directory")
@NotAudited("the public directory shows organisations, never people, to anyone")
class DirectoryController {

    private final ServiceDirectory directory;
    private final Partnerships partnerships;

    DirectoryController(ServiceDirectory directory, Partnerships partnerships) {
        this.directory = directory;
        this.partnerships = partnerships;
    }

    /** The header's home link on these pages leads back to the directory, not to the staff sign-in. */
    @ModelAttribute("homeHref")
    String homeHref() {
        return "/directory";
    }

    @GetMapping
    String search(@ModelAttribute("search") SearchForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        List<Area> areas = partnerships.areas();
        List<String> languages = directory.languages();
        AreaId area = null;
        if (!form.getArea().isBlank()) {
            area = areas.stream().map(Area::id).filter(a -> a.value().toString().equalsIgnoreCase(form.getArea().trim()))
                    .findFirst().orElse(null);
            if (area == null) {
                result.rejectValue("area", "unknown", "Select an area from the list");
            }
        }
        Need need = null;
        if (!form.getNeed().isBlank()) {
            need = Arrays.stream(Need.values()).filter(n -> n.name().equals(form.getNeed().trim())).findFirst()
                    .orElse(null);
            if (need == null) {
                result.rejectValue("need", "unknown", "Select who the support is for from the list");
            }
        }
        if (form.getQ().length() > 200) {
            result.rejectValue("q", "long", "Search words must be 200 characters or fewer");
        }
        if (form.getLanguage().length() > 100) {
            result.rejectValue("language", "long", "Select a language from the list");
        }
        model.addAttribute("areaOptions", Option.withNone("Any area", Option.of(areas, a -> a.id(), a -> a.name())));
        model.addAttribute("needOptions", Option.withNone("Anyone", Option.of(Need::label, Need.values())));
        List<Option> languageOptions = new java.util.ArrayList<>(List.of(new Option("", "Any language")));
        languages.stream().map(l -> new Option(l, l)).forEach(languageOptions::add);
        model.addAttribute("languageOptions", languageOptions);
        model.addAttribute("language", languages.stream().filter(l -> l.equalsIgnoreCase(form.getLanguage()))
                .findFirst().orElse(form.getLanguage()));
        model.addAttribute("searched", !form.blank());
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("results", List.of());
            return "services/directory";
        }
        List<ListedService> found = directory.search(new DirectoryQuery(form.getQ(), area, need, form.getLanguage()));
        model.addAttribute("results", found.stream().map(s -> ServiceView.of(s, areaNames(areas))).toList());
        return "services/directory";
    }

    @GetMapping("/{id}")
    String service(@PathVariable UUID id, Model model) {
        ListedService service = directory.published(new ServiceId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("service", ServiceView.of(service, areaNames(partnerships.areas())));
        return "services/service";
    }

    @GetMapping("/cover-your-tracks")
    String coverYourTracks() {
        return "services/cover-your-tracks";
    }

    static Map<AreaId, String> areaNames(List<Area> areas) {
        return areas.stream().collect(Collectors.toMap(Area::id, Area::name));
    }
}
