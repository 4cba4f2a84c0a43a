package org.hearth.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.hearth.platform.NavigationItem;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.DateParts;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.Pager;
import org.springframework.context.annotation.Bean;
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
    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH)
            .withZone(UK);
    private static final String FORM = "search";

    /** A row of the results table. */
    record EntryRow(long seq, String when, String who, String action, String recordType, List<String> recordIds,
            String reason, String from) {
    }

    private final AuditTrail audit;

    AuditTrailController(AuditTrail audit) {
        this.audit = audit;
    }

    @Bean
    static NavigationItem auditNavigation() {
        return new NavigationItem("Audit trail", "/audit", 100, "ROLE_SYSTEM_ADMIN").in(NavigationSection.ADMINISTRATION);
    }

    @GetMapping("/audit")
    @NotAudited("records its own SEARCH entry, with the criteria, through AuditTrail")
    String search(@RequestParam Map<String, String> params, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        AuditSearchForm form = AuditSearchForm.of(params);
        BindingResult errors = new BeanPropertyBindingResult(form, FORM);
        AuditAction action = action(form.getAction(), errors);
        LocalDate from = date(form.getFrom(), "from", "The from date", errors);
        LocalDate to = date(form.getTo(), "to", "The to date", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("to", "order", "The to date must be the same as or after the from date");
        }
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
        model.addAttribute("actions", Arrays.stream(AuditAction.values())
                .map(a -> new Option(a.name(), label(a))).toList());
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
        Pager pager = new Pager(1, total, PAGE_SIZE, pattern);
        pager = new Pager(Math.min(page(params.get("page")), pager.pages()), total, PAGE_SIZE, pattern);
        List<AuditEntry> entries = audit.search(query, pager.offset(), PAGE_SIZE);
        audit.record(AuditAction.SEARCH, "audit", List.of(), form.describe() + "; page " + pager.page());

        model.addAttribute("searched", true);
        model.addAttribute("pager", pager);
        model.addAttribute("total", total);
        model.addAttribute("first", total == 0 ? 0 : pager.offset() + 1);
        model.addAttribute("last", pager.offset() + entries.size());
        model.addAttribute("entries", entries.stream().map(AuditTrailController::row).toList());
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

    private static EntryRow row(AuditEntry e) {
        return new EntryRow(e.seq(), WHEN.format(e.occurredAt()), e.actorName(), label(e.action()),
                e.recordType() == null ? "" : e.recordType(), e.recordIds(), e.reason() == null ? "" : e.reason(),
                e.sourceAddress() == null ? "" : e.sourceAddress());
    }

    private static AuditAction action(String value, BindingResult errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return AuditAction.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("action", "invalid", "Select an action from the list");
            return null;
        }
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

    /** The words for an action, as people say it. */
    static String label(AuditAction action) {
        return switch (action) {
            case READ -> "Read";
            case CREATE -> "Create";
            case UPDATE -> "Update";
            case DELETE -> "Delete";
            case EXPORT -> "Export";
            case SEARCH -> "Search";
            case LOGIN -> "Sign in";
            case LOGIN_FAILED -> "Failed sign-in";
            case LOGOUT -> "Sign out";
            case ACCOUNT_LOCKED -> "Account locked";
            case MFA_ENROLLED -> "Second factor set up";
            case MFA_RESET -> "Second factor reset";
            case RECOVERY_CODE_USED -> "Recovery code used";
            case BREAK_GLASS -> "Break the glass";
            case VERIFY -> "Trail checked";
            default -> action.name().charAt(0) + action.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
