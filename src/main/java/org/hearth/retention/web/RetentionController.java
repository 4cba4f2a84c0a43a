package org.hearth.retention.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.Pager;
import org.hearth.retention.HoldKind;
import org.hearth.retention.Retention;
import org.hearth.retention.ReviewEntry;
import org.hearth.retention.ReviewPage;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review list of records past their retention date, {@value #PAGE_SIZE} to a page (each page audited with its own
 * ids), and one record's decision: erase it (confirmed) or hold it
 * with a reason, or release a hold. Partnership coordinators only; they see Hearth ids, record types, dates and
 * reasons, never a name. The record named by the path is loaded by each handler (after its {@code @PreAuthorize}).
 */
@Controller
class RetentionController {

    /** Records to a page of the review list, as on the audit trail's pages. */
    static final int PAGE_SIZE = 50;

    private final Retention retention;

    RetentionController(Retention retention) {
        this.retention = retention;
    }

    @Navigation(label = "Retention review", order = 34, section = NavigationSection.PARTNERSHIP,
            roles = "PARTNERSHIP_COORDINATOR")
    @GetMapping("/retention")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Retention.review audits the search with the ids of the page shown (no names)")
    String list(@RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        ReviewPage shown = retention.review(RetentionViews.pageNumber(page), PAGE_SIZE);
        model.addAttribute("rows", RetentionViews.rows(shown.entries()));
        model.addAttribute("summary", RetentionViews.summary(shown));
        model.addAttribute("showing", RetentionViews.showing(shown));
        model.addAttribute("pager", new Pager(shown.page(), shown.total(), shown.size(),
                request.getContextPath() + "/retention?page={page}"));
        return "retention/list";
    }

    private ReviewEntry entry(UUID id, Model model) {
        ReviewEntry e = retention.entry(new PersonId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("entry", e);
        model.addAttribute("id", id.toString());
        model.addAttribute("rows", RetentionViews.entry(e));
        model.addAttribute("kinds", RetentionViews.holdKinds());
        model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : Map.of());
        return e;
    }

    @GetMapping("/retention/{id}")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Retention.entry audits the read with the id (no names)")
    String one(@PathVariable UUID id, Model model) {
        entry(id, model);
        model.addAttribute("kind", null);
        model.addAttribute("reason", "");
        return "retention/entry";
    }

    @PostMapping("/retention/{id}/erase")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("PersonErasure audits the erasure with the ids only; the tombstone records who approved")
    String erase(@PathVariable UUID id, @RequestParam(required = false) String confirm, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        entry(id, model);
        try {
            retention.erase(new PersonId(id), "true".equals(confirm));
            flash.addFlashAttribute("success", "The record was erased everywhere in Hearth. Its tombstone is on the "
                    + "list of erased records.");
            return "redirect:/retention";
        } catch (InvalidInputException e) {
            return again(id, e, null, "", model, response);
        }
    }

    @PostMapping("/retention/{id}/hold")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Retention.hold audits the hold with the id and its kind (the reason names no one)")
    String hold(@PathVariable UUID id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String reason, Model model, HttpServletResponse response,
            RedirectAttributes flash) {
        entry(id, model);
        try {
            HoldKind k = kind == null || kind.isBlank() ? null : parse(kind);
            retention.hold(new PersonId(id), k, reason);
            flash.addFlashAttribute("success", "The record is held. It stays on the list, marked held.");
            return "redirect:/retention";
        } catch (InvalidInputException e) {
            return again(id, e, kind, reason, model, response);
        }
    }

    @PostMapping("/retention/{id}/release")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Retention.release audits the release with the ids")
    String release(@PathVariable UUID id, Model model, RedirectAttributes flash) {
        ReviewEntry e = entry(id, model);
        if (e.hold() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        retention.release(e.hold().id());
        flash.addFlashAttribute("success", "The hold is released: the record awaits a decision.");
        return "redirect:/retention/" + id;
    }

    private static HoldKind parse(String kind) {
        try {
            return HoldKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("kind", "Choose why the record is kept");
        }
    }

    private String again(UUID id, InvalidInputException e, String kind, String reason, Model model,
            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>(e.errors());
        model.addAttribute("errors", errors);
        model.addAttribute("kind", kind);
        model.addAttribute("reason", reason == null ? "" : reason);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "retention/entry";
    }
}
