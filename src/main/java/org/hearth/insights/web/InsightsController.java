package org.hearth.insights.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.hearth.platform.web.Option;
import org.hearth.platform.Dates;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.insights.Dimension;
import org.hearth.insights.IndicatorReport;
import org.hearth.insights.Indicators;
import org.hearth.partnership.Area;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.strategy.Bvpi225Assessment;
import org.hearth.strategy.StrategyOverview;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard: the indicators for a period (default the 12 months to today) and an area, each chart with its
 * table beside it (the table is the truth), split by area and by an equality characteristic; the BVPI 225 score
 * and the strategy status. Figures only, never a person or a link to one.
 */
@Controller
@RequestMapping("/insights")
@PreAuthorize(InsightsAccess.READ)
@NotAudited("aggregate figures with small numbers suppressed, never a person")
class InsightsController {

    private final Indicators indicators;
    private final Partnerships partnerships;
    private final SectionMarkup markup;

    InsightsController(Indicators indicators, Partnerships partnerships, SectionMarkup markup) {
        this.indicators = indicators;
        this.partnerships = partnerships;
        this.markup = markup;
    }

    /** An objective of the adopted strategy, with its status tag's colour. */
    record ObjectiveRow(String theme, String objective, String status, String colour, String previousStatus,
            String since) {
    }

    @Navigation(label = "Insights", order = 63, section = NavigationSection.PARTNERSHIP,
            roles = {"PARTNERSHIP_COORDINATOR", "SYSTEM_ADMIN", "ANALYST", "HUB_COORDINATOR"})
    @GetMapping
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String area, @RequestParam(required = false) String by,
            @RequestParam Map<String, String> query, Model model, HttpServletResponse response, Authentication auth) {
        List<Area> areas = partnerships.areas().stream()
                .sorted(java.util.Comparator.comparing(a -> a.name().toLowerCase(Locale.UK))).toList();
        PeriodQuery q = PeriodQuery.parse(PeriodQuery.typed(from, query, "from"), PeriodQuery.typed(to, query, "to"),
                area, indicators.today(), areas);
        Dimension dimension = by == null || by.isBlank() ? Dimension.AREA : Dimension.fromSlug(by).orElse(null);
        model.addAttribute("areas", areas);
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("areaOptions", Option.withNone("Whole partnership",
                Option.of(areas, a -> a.id().value(), a -> a.name())));
        model.addAttribute("byOptions", java.util.Arrays.stream(Dimension.values())
                .map(d -> new Option(d.slug(), d.label())).toList());
        model.addAttribute("fromParts", PeriodQuery.shown(query, "from", q.errors().containsKey("from") ? null : q.from(), from));
        model.addAttribute("toParts", PeriodQuery.shown(query, "to", q.errors().containsKey("to") ? null : q.to(), to));
        model.addAttribute("areaValue", area == null ? "" : area);
        model.addAttribute("byValue", dimension == null ? by : dimension.slug());
        model.addAttribute("errors", q.errors());
        if (dimension == null) {
            q.errors().put("by", "Choose what to split the indicators by");
        }
        model.addAttribute("canReport", auth.getAuthorities().stream().anyMatch(a -> a.getAuthority()
                .equals(Role.PARTNERSHIP_COORDINATOR.authority()) || a.getAuthority().equals(Role.SYSTEM_ADMIN.authority())
                || a.getAuthority().equals(Role.ANALYST.authority())));
        if (!q.valid()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "insights/dashboard";
        }
        IndicatorReport report = indicators.report(q.from(), q.to(), q.area());
        model.addAttribute("report", report);
        model.addAttribute("period", Dates.DAY.format(q.from()) + " to " + Dates.DAY.format(q.to()));
        model.addAttribute("scope", report.areaName() == null ? "the whole partnership" : report.areaName());
        model.addAttribute("dimension", dimension);
        model.addAttribute("sections", markup.sections(report, dimension));
        Optional<Bvpi225Assessment> bvpi = indicators.bvpi225(q.from(), q.to());
        model.addAttribute("bvpi225", bvpi.orElse(null));
        model.addAttribute("bvpi225Dates", bvpi.map(b -> Dates.DAY.format(b.startsOn()) + " to "
                + Dates.DAY.format(b.endsOn())).orElse(null));
        Optional<StrategyOverview> strategy = indicators.strategy(q.to());
        model.addAttribute("strategy", strategy.orElse(null));
        model.addAttribute("strategyDates", strategy.map(s -> Dates.DAY.format(s.starts()) + " to "
                + Dates.DAY.format(s.ends())).orElse(null));
        model.addAttribute("strategyOn", Dates.DAY.format(q.to()));
        model.addAttribute("objectives", strategy.map(o -> o.objectives().stream().map(l -> new ObjectiveRow(l.theme(),
                l.objective(), l.status(), statusColour(l.status()), l.previousStatus(),
                l.statusSince() == null ? "" : Dates.DAY.format(l.statusSince()))).toList()).orElse(List.of()));
        model.addAttribute("apiHref", "/api/insights/indicators?from=" + q.from() + "&to=" + q.to()
                + (q.area() == null ? "" : "&area=" + q.area()));
        return "insights/dashboard";
    }

    static String statusColour(String status) {
        if (status == null) {
            return "grey";
        }
        return switch (status) {
            case "Gap identified" -> "red";
            case "Working towards" -> "orange";
            case "Some success" -> "blue";
            case "Achieved" -> "green";
            default -> "grey";
        };
    }
}
