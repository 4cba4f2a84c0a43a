package org.hearth.marac.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.audit.NotAudited;
import org.hearth.marac.AreaWomen;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracReturns;
import org.hearth.marac.Quarter;
import org.hearth.marac.ReturnCase;
import org.hearth.marac.SafeLivesReturn;
import org.hearth.partnership.AreaId;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.Downloads;
import org.hearth.platform.web.Option;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The SafeLives MARAC data return per quarter and per meeting (figures, CSV, XLSX), the cases behind each figure
 * for hub/MARAC coordinators, and the women aged 16+ of each area for administrators. See {@link MaracReturns}.
 */
@Controller
@PreAuthorize(ReturnPages.READERS)
class ReturnPages {

    /** Who sees returns: coordinators as they are; partnership coordinators, administrators, analysts suppressed. */
    static final String READERS = Role.SEES_INSIGHTS;

    private final MaracReturns returns;

    ReturnPages(MaracReturns returns) {
        this.returns = returns;
    }

    /** The last complete quarter: the return a coordinator sends. */
    static Quarter lastQuarter() {
        return Quarter.containing(LocalDate.now(Dates.UK)).previous();
    }

    private static Quarter quarter(String text) {
        if (text == null || text.isBlank()) {
            return lastQuarter();
        }
        try {
            return Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such quarter");
        }
    }

    @GetMapping("/marac/returns")
    @NotAudited("the list of MARACs: names of meetings, no person")
    String list(Model model) {
        model.addAttribute("maracs", returns.maracs());
        model.addAttribute("quarter", lastQuarter());
        model.addAttribute("isAdmin", org.hearth.access.Actor.current()
                .map(a -> a.hasRole(org.hearth.access.Role.SYSTEM_ADMIN)).orElse(false));
        return "marac/returns";
    }

    @GetMapping("/marac/{maracId}/return")
    @Audited(action = AuditAction.READ, recordType = "marac-return", ids = "#maracId", reason = "#quarter")
    String quarterReturn(@PathVariable UUID maracId, @RequestParam(required = false) String quarter, Model model) {
        Quarter q = quarter(quarter);
        SafeLivesReturn r = find(() -> returns.quarter(new MaracId(maracId), q));
        List<Option> quarters = new ArrayList<>();
        Quarter each = Quarter.containing(LocalDate.now(Dates.UK));
        for (int i = 0; i < 12; i++) {
            quarters.add(new Option(each.toString(), each.label()));
            each = each.previous();
        }
        if (quarters.stream().noneMatch(o -> o.value().equals(q.toString()))) {
            quarters.add(new Option(q.toString(), q.label()));
        }
        model.addAttribute("quarters", quarters);
        model.addAttribute("quarter", q);
        return page(model, r, "/marac/" + maracId + "/return", "?quarter=" + q, q.label());
    }

    @GetMapping("/marac/meetings/{meetingId}/return")
    @Audited(action = AuditAction.READ, recordType = "marac-return", ids = "#meetingId")
    String meetingReturn(@PathVariable UUID meetingId, Model model) {
        SafeLivesReturn r = find(() -> returns.meeting(new MaracMeetingId(meetingId)));
        return page(model, r, "/marac/meetings/" + meetingId + "/return", "?", "The meeting of "
                + Dates.DAY.format(r.from()));
    }

    private String page(Model model, SafeLivesReturn r, String base, String query, String period) {
        model.addAttribute("ret", r);
        model.addAttribute("period", period);
        model.addAttribute("base", base);
        model.addAttribute("query", query);
        model.addAttribute("coordinator", returns.maySeeCases());
        model.addAttribute("meetingDays", r.meetings().stream().map(Dates.DAY::format).toList());
        return "marac/return";
    }

    @GetMapping("/marac/{maracId}/return.csv")
    @Audited(action = AuditAction.EXPORT, recordType = "marac-return", ids = "#maracId", reason = "#quarter")
    ResponseEntity<byte[]> quarterCsv(@PathVariable UUID maracId, @RequestParam(required = false) String quarter) {
        Quarter q = quarter(quarter);
        SafeLivesReturn r = find(() -> returns.quarter(new MaracId(maracId), q));
        return Downloads.attachment(MediaType.parseMediaType("text/csv;charset=UTF-8"), fileName(r) + ".csv", returns.csv(r));
    }

    @GetMapping("/marac/{maracId}/return.xlsx")
    @Audited(action = AuditAction.EXPORT, recordType = "marac-return", ids = "#maracId", reason = "#quarter")
    ResponseEntity<byte[]> quarterXlsx(@PathVariable UUID maracId, @RequestParam(required = false) String quarter) {
        Quarter q = quarter(quarter);
        SafeLivesReturn r = find(() -> returns.quarter(new MaracId(maracId), q));
        return Downloads.attachment(Downloads.XLSX, fileName(r) + ".xlsx", returns.xlsx(r));
    }

    @GetMapping("/marac/meetings/{meetingId}/return.csv")
    @Audited(action = AuditAction.EXPORT, recordType = "marac-return", ids = "#meetingId")
    ResponseEntity<byte[]> meetingCsv(@PathVariable UUID meetingId) {
        SafeLivesReturn r = find(() -> returns.meeting(new MaracMeetingId(meetingId)));
        return Downloads.attachment(MediaType.parseMediaType("text/csv;charset=UTF-8"), fileName(r) + ".csv", returns.csv(r));
    }

    @GetMapping("/marac/meetings/{meetingId}/return.xlsx")
    @Audited(action = AuditAction.EXPORT, recordType = "marac-return", ids = "#meetingId")
    ResponseEntity<byte[]> meetingXlsx(@PathVariable UUID meetingId) {
        SafeLivesReturn r = find(() -> returns.meeting(new MaracMeetingId(meetingId)));
        return Downloads.attachment(Downloads.XLSX, fileName(r) + ".xlsx", returns.xlsx(r));
    }

    @GetMapping("/marac/{maracId}/return/cases")
    @Audited(action = AuditAction.READ, recordType = "marac-return", ids = "#maracId", reason = "#figure")
    String quarterCases(@PathVariable UUID maracId, @RequestParam(required = false) String quarter,
            @RequestParam(required = false) String figure, Model model) {
        Quarter q = quarter(quarter);
        List<ReturnCase> cases = find(() -> returns.quarterCases(new MaracId(maracId), q, figure));
        SafeLivesReturn r = returns.quarter(new MaracId(maracId), q);
        return casesPage(model, r, figure, cases, "/marac/" + maracId + "/return?quarter=" + q, q.label());
    }

    @GetMapping("/marac/meetings/{meetingId}/return/cases")
    @Audited(action = AuditAction.READ, recordType = "marac-return", ids = "#meetingId", reason = "#figure")
    String meetingCases(@PathVariable UUID meetingId, @RequestParam(required = false) String figure, Model model) {
        List<ReturnCase> cases = find(() -> returns.meetingCases(new MaracMeetingId(meetingId), figure));
        SafeLivesReturn r = returns.meeting(new MaracMeetingId(meetingId));
        return casesPage(model, r, figure, cases, "/marac/meetings/" + meetingId + "/return",
                "The meeting of " + Dates.DAY.format(r.from()));
    }

    private String casesPage(Model model, SafeLivesReturn r, String figure, List<ReturnCase> cases, String back,
            String period) {
        model.addAttribute("ret", r);
        model.addAttribute("line", r.line(figure).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("cases", cases);
        model.addAttribute("back", back);
        model.addAttribute("period", period);
        model.addAttribute("days", cases.stream().map(c -> Dates.DAY.format(c.meetsOn())).toList());
        return "marac/return-cases";
    }

    @GetMapping("/marac/women")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @NotAudited("population figures of areas, no person")
    String women(Model model) {
        return womenPage(model, returns.women(), Map.of(), null, null);
    }

    @PostMapping("/marac/women")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-area-women")
    String saveWomen(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        List<AreaWomen> areas = returns.women();
        Map<AreaId, String> women = new LinkedHashMap<>();
        Map<AreaId, String> sources = new LinkedHashMap<>();
        // only the areas the form sent: an area added since the page was shown keeps its figure
        for (AreaWomen a : areas) {
            if (form.containsKey("women-" + a.area())) {
                women.put(a.area(), form.get("women-" + a.area()));
                sources.put(a.area(), form.getOrDefault("source-" + a.area(), ""));
            }
        }
        try {
            returns.setWomen(women, sources);
        } catch (InvalidInputException e) {
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
            return womenPage(model, areas, e.errors(), women, sources);
        }
        redirect.addFlashAttribute("success", "Women aged 16 and over saved");
        return "redirect:/marac/women";
    }

    /** An area's row of the form, as typed. */
    record WomenRow(String id, String name, String women, String source, String womenError, String sourceError) {
    }

    private String womenPage(Model model, List<AreaWomen> areas, Map<String, String> errors,
            Map<AreaId, String> typedWomen, Map<AreaId, String> typedSources) {
        model.addAttribute("rows", areas.stream().map(a -> new WomenRow(a.area().toString(), a.areaName(),
                typedWomen != null ? typedWomen.get(a.area()) : a.women16Plus() == null ? "" : a.women16Plus().toString(),
                typedSources != null ? typedSources.get(a.area()) : a.source(), errors.get("women-" + a.area()),
                errors.get("source-" + a.area()))).toList());
        model.addAttribute("errors", errors);
        return "marac/women";
    }

    private static <T> T find(java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static String fileName(SafeLivesReturn r) {
        String name = r.maracName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return "safelives-return-" + name + (r.meeting() != null ? "-meeting-" + r.from() : "-" + r.from() + "-to-" + r.to());
    }
}
