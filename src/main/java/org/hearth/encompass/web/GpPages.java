package org.hearth.encompass.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.audit.NotAudited;
import org.hearth.encompass.GpPractice;
import org.hearth.encompass.GpPracticeChanges;
import org.hearth.encompass.GpPracticeId;
import org.hearth.encompass.GpPractices;
import org.hearth.encompass.RoutineEnquiry;
import org.hearth.partnership.Area;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.Option;
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
 * The GP practices register: the practices with their notification counts and routine enquiry yield, adding and
 * changing a practice, its key adults' accounts, referrals identified by routine enquiry, and the people of hub and
 * MARAC cases whose practice is not known.
 */
@Controller
@PreAuthorize(EncompassRoles.KEEPERS)
class GpPages {

    private final GpPractices practices;
    private final Partnerships partnerships;
    private final StaffUsers users;

    GpPages(GpPractices practices, Partnerships partnerships, StaffUsers users) {
        this.practices = practices;
        this.partnerships = partnerships;
        this.users = users;
    }

    private static GpPracticeChanges changes(Map<String, String> form) {
        return new GpPracticeChanges(form.get("area"), form.get("name"), form.get("odsCode"), form.get("contactName"),
                form.get("contactEmail"), form.get("routineEnquiry"));
    }

    private void fillRegister(Model model, GpPracticeChanges typed, Map<String, String> errors) {
        List<GpPractices.Figures> all = practices.register();
        model.addAttribute("practices", all);
        model.addAttribute("practiceOptions", practiceOptions(all));
        // the people's names are the hub coordinators'; an administrator sees how many are waiting
        boolean names = EncompassRoles.readsNames();
        model.addAttribute("attention", names ? practices.attention() : List.of());
        model.addAttribute("attentionCount", names ? null : practices.attentionWaiting());
        model.addAttribute("areaOptions", Option.withNone("Choose an area",
                Option.of(partnerships.areas(), a -> a.id().value(), Area::name)));
        model.addAttribute("reOptions", Option.of(RoutineEnquiry::label, RoutineEnquiry.values()));
        model.addAttribute("form", typed == null ? new GpPracticeChanges("", "", "", "", "", "NO") : typed);
        model.addAttribute("errors", errors);
    }

    private static List<Option> practiceOptions(List<GpPractices.Figures> all) {
        List<Option> out = new ArrayList<>(List.of(new Option("", "Choose a practice")));
        all.forEach(f -> out.add(new Option(f.practice().id().toString(),
                f.practice().name() + " (" + f.practice().odsCode() + ")")));
        return out;
    }

    @GetMapping("/encompass/gp")
    @NotAudited("GpPractices.attention audits the people it names; the rest is practices and counts")
    String register(Model model) {
        fillRegister(model, null, Map.of());
        return "encompass/gp-register";
    }

    @PostMapping("/encompass/gp")
    @Audited(action = AuditAction.CREATE, recordType = "gp-practice", reason = "'added'")
    String add(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        GpPracticeChanges typed = changes(form);
        try {
            GpPracticeId id = practices.add(typed);
            redirect.addFlashAttribute("success", "Practice added");
            return "redirect:/encompass/gp/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            fillRegister(model, typed, e.errors());
            return "encompass/gp-register";
        }
    }

    @PostMapping("/encompass/gp/attention/{attentionId}")
    @Audited(action = AuditAction.UPDATE, recordType = "gp-attention", ids = "#attentionId", reason = "'practice found'")
    String resolve(@PathVariable UUID attentionId, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        String practice = form.getOrDefault("practice", form.get("practice-" + attentionId));
        try {
            practices.resolve(attentionId, new GpPracticeId(UUID.fromString(practice == null ? "" : practice)));
            redirect.addFlashAttribute("success", "Practice recorded and notified");
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", "Choose a practice from the register");
        }
        return "redirect:/encompass/gp";
    }

    private GpPractice practice(UUID id) {
        return practices.find(new GpPracticeId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String practicePage(GpPractice p, GpPracticeChanges typed, Map<String, String> errors, Model model) {
        model.addAttribute("practice", p);
        model.addAttribute("areaName", partnerships.area(p.area()).map(Area::name).orElse(""));
        model.addAttribute("form", typed != null ? typed : new GpPracticeChanges(p.area().value().toString(),
                p.name(), p.odsCode(), p.contactName(), p.contactEmail(), p.routineEnquiry().name()));
        model.addAttribute("errors", errors);
        model.addAttribute("reOptions", Option.of(RoutineEnquiry::label, RoutineEnquiry.values()));
        Map<UUID, StaffUser> byId = users.all().stream().collect(Collectors.toMap(u -> u.id().value(), u -> u));
        model.addAttribute("contacts", practices.contacts(p.id()).stream().map(c -> byId.get(c.value()))
                .filter(Objects::nonNull).map(u -> new Option(u.id().toString(), u.displayName())).toList());
        List<Option> accounts = new ArrayList<>(List.of(new Option("", "Choose an account")));
        users.all().stream().filter(u -> u.roles().contains(Role.ESTABLISHMENT_CONTACT) && u.enabled())
                .forEach(u -> accounts.add(new Option(u.id().toString(), u.displayName() + " (" + u.username() + ")")));
        model.addAttribute("accountOptions", accounts);
        return "encompass/gp-practice";
    }

    @GetMapping("/encompass/gp/{id}")
    @NotAudited("a practice's details and its key adults' work accounts: no person at risk")
    String show(@PathVariable UUID id, Model model) {
        return practicePage(practice(id), null, Map.of(), model);
    }

    @PostMapping("/encompass/gp/{id}")
    @Audited(action = AuditAction.UPDATE, recordType = "gp-practice", ids = "#id", reason = "'details changed'")
    String update(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        GpPractice p = practice(id);
        GpPracticeChanges typed = changes(form);
        try {
            practices.update(p.id(), typed);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return practicePage(p, typed, e.errors(), model);
        }
        redirect.addFlashAttribute("success", "Practice details saved");
        return "redirect:/encompass/gp/" + id;
    }

    @PostMapping("/encompass/gp/{id}/routine-enquiry")
    @Audited(action = AuditAction.UPDATE, recordType = "gp-practice", ids = "#id", reason = "'routine enquiry referral'")
    String routineEnquiry(@PathVariable UUID id, @RequestParam(defaultValue = "") String reference, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        GpPractice p = practice(id);
        try {
            practices.markRoutineEnquiry(p.id(), reference);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("referenceTyped", reference);
            return practicePage(p, null, e.errors(), model);
        }
        redirect.addFlashAttribute("success", "Referral " + reference.strip() + " marked as identified by routine enquiry");
        return "redirect:/encompass/gp/" + id;
    }

    @PostMapping("/encompass/gp/{id}/contacts")
    @Audited(action = AuditAction.UPDATE, recordType = "gp-practice", ids = "#id", reason = "'key adult added'")
    String addContact(@PathVariable UUID id, @RequestParam(required = false) String user, RedirectAttributes redirect) {
        GpPractice p = practice(id);
        try {
            StaffUser u = users.find(new StaffUserId(UUID.fromString(user == null ? "" : user)))
                    .filter(x -> x.roles().contains(Role.ESTABLISHMENT_CONTACT)).orElseThrow();
            practices.addContact(p.id(), u.id());
            redirect.addFlashAttribute("success", u.displayName() + " now sees this practice's notifications");
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", "Choose a key adult's account");
        }
        return "redirect:/encompass/gp/" + id;
    }

    @PostMapping("/encompass/gp/{id}/contacts/{userId}/remove")
    @Audited(action = AuditAction.UPDATE, recordType = "gp-practice", ids = "#id", reason = "'key adult removed'")
    String removeContact(@PathVariable UUID id, @PathVariable UUID userId, RedirectAttributes redirect) {
        GpPractice p = practice(id);
        boolean removed = practices.removeContact(p.id(), new StaffUserId(userId));
        redirect.addFlashAttribute("success", removed ? "The account no longer sees this practice's notifications"
                : "That account was not linked to this practice");
        return "redirect:/encompass/gp/" + id;
    }
}
