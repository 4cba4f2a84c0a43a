package org.hearth.platform.web;

import java.util.Arrays;
import org.hearth.audit.NotAudited;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.UiShell;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A section's page: the links of the section the user may follow (the navigation shows the section as one link). */
@Controller
@NotAudited("shows only navigation")
class SectionController {

    private final UiShell shell;

    SectionController(UiShell shell) {
        this.shell = shell;
    }

    @GetMapping("/sections/{slug}")
    String section(@PathVariable String slug, Model model) {
        NavigationSection section = Arrays.stream(NavigationSection.values()).filter(s -> s.slug().equals(slug))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var links = shell.section(section);
        if (links.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("section", section);
        model.addAttribute("links", links);
        return "platform/section";
    }
}
