package org.hearth.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditTrail;
import org.hearth.audit.NotAudited;
import org.hearth.platform.web.Pager;
import org.hearth.platform.web.SummaryRow;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One audit entry and every record it names, {@value #PAGE_SIZE} to a page, each named only on its page (an entry
 * of the police import names up to a thousand records; the results table shows only its first few).
 */
@Controller
class AuditEntryController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail audit;
    private final AuditRows rows;

    AuditEntryController(AuditTrail audit, AuditRows rows) {
        this.audit = audit;
        this.rows = rows;
    }

    @GetMapping("/audit/entries/{id}")
    @NotAudited("records its own READ of the entry through AuditTrail; the modules that name the records shown "
            + "record the people they name")
    String entry(@PathVariable String id, @RequestParam(required = false) String page, HttpServletRequest request,
            Model model) {
        AuditEntry entry = number(id).flatMap(audit::entry)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<String> ids = entry.recordIds();
        String pattern = request.getContextPath() + "/audit/entries/" + entry.id() + "?page={page}";
        Pager pager = Pager.within(number(page).orElse(1L), ids.size(), PAGE_SIZE, pattern);
        List<String> shown = ids.subList(pager.offset(), Math.min(ids.size(), pager.offset() + PAGE_SIZE));
        audit.record(AuditAction.READ, "audit", List.of(String.valueOf(entry.id())),
                "records named, page " + pager.page());
        AuditRows.EntryRow row = rows.entry(entry, shown);
        model.addAttribute("entry", row);
        model.addAttribute("summary", List.of(new SummaryRow("When", row.when(), null, null),
                new SummaryRow("Who", row.who(), null, null), new SummaryRow("Action", row.action(), null, null),
                new SummaryRow("Record type", row.recordType(), null, null),
                new SummaryRow("Reason", row.reason(), null, null), new SummaryRow("From", row.from(), null, null)));
        model.addAttribute("pager", pager);
        model.addAttribute("first", shown.isEmpty() ? 0 : pager.offset() + 1);
        model.addAttribute("last", pager.offset() + shown.size());
        model.addAttribute("total", ids.size());
        return "audit/entry";
    }

    /** A whole number of at least 1, or empty (a page past the end is the last page). */
    private static Optional<Long> number(String value) {
        try {
            long n = value == null ? 0 : Long.parseLong(value.trim());
            return n < 1 ? Optional.empty() : Optional.of(n);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
