package org.hearth.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditQuery;
import org.hearth.audit.AuditTrail;
import org.hearth.audit.AuditVerification;
import org.hearth.audit.NotAudited;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.DateParts;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The audit trail for system administrators: a search (itself recorded in the trail), newest first, 50 to a
 * page, times in UK time; and a check that recomputes the keyed chain and compares it with its checkpoints (also
 * recorded).
 */
@Controller
class AuditTrailController {

    static final int PAGE_SIZE = 50;
    private static final String FORM = "search";

    private final AuditTrail audit;
    private final AuditRows rows;

    AuditTrailController(AuditTrail audit, AuditRows rows) {
        this.audit = audit;
        this.rows = rows;
    }

    @Navigation(label = "Audit trail", order = 100, section = NavigationSection.ADMINISTRATION, roles = "SYSTEM_ADMIN")
    @GetMapping("/audit")
    @NotAudited("records its own SEARCH entry, with the criteria, through AuditTrail")
    String search(@RequestParam Map<String, String> params, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        AuditSearchForm form = AuditSearchForm.of(params);
        BindingResult errors = new BeanPropertyBindingResult(form, FORM);
        AuditAction action = FormErrors.choice(AuditAction.class, form.getAction(), errors, "action",
                "Select an action from the list");
        List<String> types = audit.recordTypes();
        if (!form.getRecordType().isEmpty() && !types.contains(form.getRecordType())) {
            errors.rejectValue("recordType", "invalid", "Select a record type from the list");
        }
        LocalDate from = date(form.getFrom(), "from", "The from date", errors);
        LocalDate to = date(form.getTo(), "to", "The to date", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("to", "order", "The to date must be the same as or after the from date");
        }
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
        List<Option> actions = new java.util.ArrayList<>(List.of(new Option("", "Any action")));
        Arrays.stream(AuditAction.values()).map(a -> new Option(a.name(), AuditRows.label(a))).forEach(actions::add);
        model.addAttribute("actions", actions);
        model.addAttribute("recordTypes", typeOptions(types));
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("entries", List.of());
            model.addAttribute("searched", false);
            return "audit/trail";
        }

        AuditQuery query = new AuditQuery(blankToNull(form.getActor()), action, blankToNull(form.getRecordType()),
                blankToNull(form.getRecordId()), from, to);
        long total = audit.count(query);
        String pattern = request.getContextPath() + "/audit?" + form.queryString() + "page={page}";
        Pager pager = Pager.within(page(params.get("page")), total, PAGE_SIZE, pattern);
        List<AuditEntry> entries = audit.search(query, pager.offset(), PAGE_SIZE);
        audit.record(AuditAction.SEARCH, "audit", List.of(), form.describe() + "; page " + pager.page());

        model.addAttribute("searched", true);
        model.addAttribute("pager", pager);
        model.addAttribute("total", total);
        model.addAttribute("first", total == 0 ? 0 : pager.offset() + 1);
        model.addAttribute("last", pager.offset() + entries.size());
        model.addAttribute("entries", rows.rows(entries, blankToNull(form.getRecordId())));
        return "audit/trail";
    }

    @PostMapping("/audit/verify")
    @NotAudited("records its own VERIFY entry, with the result, through AuditTrail")
    String verify(RedirectAttributes redirect) {
        AuditVerification result = audit.verify();
        if (result.intact()) {
            audit.record(AuditAction.VERIFY, "audit", List.of(), "intact: " + result.entriesChecked() + " entries, "
                    + result.checkpointsChecked() + " checkpoints, " + result.pending() + " pending");
            String pending = result.pending() == 0 ? ""
                    : String.format(Locale.UK, "; %,d new %s waiting to be chained", result.pending(),
                            result.pending() == 1 ? "entry is" : "entries are");
            redirect.addFlashAttribute("verified", String.format(Locale.UK, "All %,d %s intact and match %,d %s%s",
                    result.entriesChecked(), result.entriesChecked() == 1 ? "entry is" : "entries are",
                    result.checkpointsChecked(), result.checkpointsChecked() == 1 ? "checkpoint" : "checkpoints",
                    pending));
        } else {
            String problem = "Entry " + result.firstBrokenSeq() + ": " + result.problem();
            audit.record(AuditAction.VERIFY, "audit", List.of(String.valueOf(result.firstBrokenSeq())),
                    "broken: " + problem);
            redirect.addFlashAttribute("verifyProblem", "The first broken entry is number " + result.firstBrokenSeq()
                    + ": " + result.problem() + ". Tell your data protection officer; do not change anything.");
        }
        return "redirect:/audit";
    }

    /**
     * The record types as a list in words, alphabetical; two codes with the same words (a module writing
     * "staff-user" and another "staff_user") keep their code beside them so each can be chosen.
     */
    static List<Option> typeOptions(List<String> types) {
        Map<String, Long> sameWords = types.stream().collect(java.util.stream.Collectors.groupingBy(
                AuditRows::typeWords, java.util.stream.Collectors.counting()));
        List<Option> options = new java.util.ArrayList<>(List.of(new Option("", "Any record type")));
        types.stream().map(t -> new Option(t, sameWords.get(AuditRows.typeWords(t)) > 1 ? AuditRows.typeWords(t) + " (" + t + ")"
                : AuditRows.typeWords(t))).sorted(java.util.Comparator.comparing(Option::label)).forEach(options::add);
        return options;
    }

    private static LocalDate date(DateParts parts, String field, String name, BindingResult errors) {
        if (parts.blank()) {
            return null;
        }
        Optional<LocalDate> date = parts.toDate();
        if (date.isEmpty()) {
            errors.rejectValue(field, "invalid", name + " must be a real date, like 27 3 2026");
            return null;
        }
        return date.get();
    }

    private static int page(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
