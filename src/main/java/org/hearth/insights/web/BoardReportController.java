package org.hearth.insights.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.platform.Dates;
import org.hearth.platform.TextRequired;
import org.hearth.platform.web.Downloads;
import org.hearth.platform.web.Option;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.insights.BoardReport;
import org.hearth.insights.BoardReportId;
import org.hearth.insights.BoardReports;
import org.hearth.insights.IndicatorReport;
import org.hearth.insights.Indicators;
import org.hearth.insights.Section;
import org.hearth.partnership.Area;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.web.DateParts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Board reports: choose a period (and area), write commentary for each section, download the PDF and the Excel
 * workbook. Coordinators and administrators write; analysts read and download (figures only).
 */
@Controller
@RequestMapping("/insights/reports")
@PreAuthorize(InsightsAccess.REPORTS)
@NotAudited("board reports hold aggregate figures and commentary, never a person; BoardReports audits each change")
class BoardReportController {

    private final BoardReports reports;
    private final Indicators indicators;
    private final Partnerships partnerships;

    BoardReportController(BoardReports reports, Indicators indicators, Partnerships partnerships) {
        this.reports = reports;
        this.indicators = indicators;
        this.partnerships = partnerships;
    }

    /** A row of the reports list. */
    record ReportRow(String id, String title, String period, String scope) {
    }

    @GetMapping
    String list(Model model, Authentication auth) {
        Map<UUID, String> names = areaNames();
        model.addAttribute("reports", reports.all().stream().map(r -> new ReportRow(r.id().toString(), r.title(),
                period(r), r.areaId() == null ? "Whole partnership" : names.getOrDefault(r.areaId(), "An area")))
                .toList());
        model.addAttribute("canWrite", canWrite(auth));
        return "insights/reports";
    }

    @GetMapping("/new")
    @PreAuthorize(InsightsAccess.WRITE)
    String form(Model model) {
        var today = indicators.today();
        return formPage(model, "", DateParts.of(today.minusMonths(12).plusDays(1)), DateParts.of(today), "", Map.of());
    }

    @PostMapping
    @PreAuthorize(InsightsAccess.WRITE)
    String create(@RequestParam(required = false) String title, @RequestParam(name = "from", required = false) String fromIso,
            @RequestParam(name = "to", required = false) String toIso, @RequestParam(required = false) String area,
            @RequestParam Map<String, String> query, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        String from = PeriodQuery.typed(fromIso, query, "from");
        String to = PeriodQuery.typed(toIso, query, "to");
        Map<String, String> errors = new LinkedHashMap<>();
        String t = TextRequired.check(errors, "title", title, 200, "Enter a title for the report",
                "Title must be 200 characters or fewer");
        boolean noDates = (from == null || from.isBlank()) || (to == null || to.isBlank());
        PeriodQuery q = PeriodQuery.parse(from, to, area, indicators.today(), partnerships.areas());
        if (from == null || from.isBlank()) {
            errors.put("from", "Enter the start of the period");
        }
        if (to == null || to.isBlank()) {
            errors.put("to", "Enter the end of the period");
        }
        q.errors().forEach(errors::putIfAbsent);
        if (!errors.isEmpty() || noDates) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> ordered = new LinkedHashMap<>();
            for (String f : List.of("title", "from", "to", "area")) {
                if (errors.containsKey(f)) {
                    ordered.put(f, errors.get(f));
                }
            }
            return formPage(model, title, PeriodQuery.shown(query, "from", null, fromIso),
                    PeriodQuery.shown(query, "to", null, toIso), area, ordered);
        }
        BoardReport report = reports.create(t, q.from(), q.to(), q.area());
        redirect.addFlashAttribute("success", "Board report started: " + report.title());
        return "redirect:/insights/reports/" + report.id();
    }

    private String formPage(Model model, String title, DateParts from, DateParts to, String area,
            Map<String, String> errors) {
        model.addAttribute("titleValue", title == null ? "" : title);
        model.addAttribute("fromParts", from);
        model.addAttribute("toParts", to);
        model.addAttribute("areaValue", area == null ? "" : area);
        model.addAttribute("areas", partnerships.areas());
        model.addAttribute("areaOptions", Option.withNone("Whole partnership",
                Option.of(partnerships.areas(), a -> a.id().value(), a -> a.name())));
        model.addAttribute("errors", errors);
        return "insights/report-new";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model, Authentication auth) {
        BoardReport report = find(id);
        return page(model, auth, report, report.commentary(), Map.of());
    }

    @PostMapping("/{id}")
    @PreAuthorize(InsightsAccess.WRITE)
    String comment(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
            Authentication auth, HttpServletResponse response, RedirectAttributes redirect) {
        BoardReport report = find(id);
        Map<Section, String> commentary = new EnumMap<>(Section.class);
        Map<String, String> errors = new LinkedHashMap<>();
        for (Section s : Section.values()) {
            String text = params.get("commentary-" + s.slug());
            if (text != null) {
                commentary.put(s, text);
                if (text.strip().length() > 10_000) {
                    errors.put("commentary-" + s.slug(), "Commentary for \u201c" + s.title()
                            + "\u201d must be 10,000 characters or fewer");
                }
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<Section, String> shown = new EnumMap<>(Section.class);
            shown.putAll(report.commentary());
            shown.putAll(commentary);
            return page(model, auth, report, shown, errors);
        }
        reports.comment(report.id(), commentary);
        redirect.addFlashAttribute("success", "Commentary saved");
        return "redirect:/insights/reports/" + report.id();
    }

    @GetMapping("/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        BoardReport report = find(id);
        return Downloads.attachment(MediaType.APPLICATION_PDF, fileName(report) + ".pdf", reports.pdf(report.id()));
    }

    @GetMapping("/{id}/report.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String id) {
        BoardReport report = find(id);
        return Downloads.attachment(Downloads.XLSX, fileName(report) + ".xlsx", reports.xlsx(report.id()));
    }

    private static String fileName(BoardReport report) {
        return "board-report-" + report.from() + "-to-" + report.to();
    }

    private String page(Model model, Authentication auth, BoardReport report, Map<Section, String> commentary,
            Map<String, String> errors) {
        IndicatorReport figures = indicators.report(report.from(), report.to(), report.areaId());
        model.addAttribute("report", report);
        model.addAttribute("period", period(report));
        model.addAttribute("scope", figures.areaName() == null ? "Whole partnership" : figures.areaName());
        model.addAttribute("figures", figures);
        model.addAttribute("sections", Section.values());
        Map<String, String> text = new LinkedHashMap<>();
        for (Section s : Section.values()) {
            text.put(s.slug(), commentary.getOrDefault(s, ""));
        }
        model.addAttribute("commentary", text);
        model.addAttribute("errors", errors);
        model.addAttribute("canWrite", canWrite(auth));
        model.addAttribute("bvpi225", indicators.bvpi225(report.from(), report.to()).orElse(null));
        model.addAttribute("strategy", indicators.strategy(report.to()).orElse(null));
        return "insights/report";
    }

    private BoardReport find(String id) {
        try {
            return reports.find(new BoardReportId(UUID.fromString(id)))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private Map<UUID, String> areaNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        for (Area a : partnerships.areas()) {
            names.put(a.id().value(), a.name());
        }
        return names;
    }

    private static String period(BoardReport r) {
        return Dates.DAY.format(r.from()) + " to " + Dates.DAY.format(r.to());
    }

    private static boolean canWrite(Authentication auth) {
        return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.PARTNERSHIP_COORDINATOR.authority())
                || a.getAuthority().equals(Role.SYSTEM_ADMIN.authority()));
    }
}
