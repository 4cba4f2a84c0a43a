package org.hearth.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.casework.CaseOutcomes;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseworkInsights;
import org.hearth.casework.ServiceFigures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.hearth.platform.web.ReportPeriod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Casework figures: for the partnership's insights roles every service with small numbers suppressed
 * ({@code /insights/casework}); for a service's managers their service as it is ({@code /casework/services/{id}/insights}).
 */
@Controller
@NotAudited("aggregate figures, never a person")
class CaseworkFigurePages {

    static final String INSIGHTS = Role.SEES_INSIGHTS;

    private final CaseworkInsights insights;
    private final CaseOutcomes outcomes;

    CaseworkFigurePages(CaseworkInsights insights, CaseOutcomes outcomes) {
        this.insights = insights;
        this.outcomes = outcomes;
    }

    @GetMapping("/insights/casework")
    @PreAuthorize(INSIGHTS)
    String partnership(@RequestParam java.util.Map<String, String> params, Model model,
            HttpServletResponse response) {
        return page("/insights/casework", "Casework: capacity, first contact and outcomes", null, true, params,
                model, response);
    }

    @GetMapping("/casework/services/{id}/insights")
    @PreAuthorize(CaseworkPages.CASEWORK_OR_ADMIN)
    String service(@PathVariable UUID id, @RequestParam java.util.Map<String, String> params, Model model,
            HttpServletResponse response) {
        return page("/casework/services/" + id + "/insights", "Capacity, first contact and outcomes",
                new CaseServiceId(id), false, params, model, response);
    }

    private String page(String action, String title, CaseServiceId service, boolean suppress,
            java.util.Map<String, String> params, Model model, HttpServletResponse response) {
        ReportPeriod period = ReportPeriod.ofPage(params, CaseViews.today(), model);
        model.addAttribute("title", title);
        model.addAttribute("action", action);
        model.addAttribute("suppressed", suppress);
        if (!period.errors().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "casework/figures";
        }
        List<ServiceFigures> figures;
        try {
            figures = service == null ? insights.figures(period.from(), period.to())
                    : List.of(insights.figures(service, period.from(), period.to()));
        } catch (java.util.NoSuchElementException e) {
            throw Forms.notFound();
        }
        if (service != null) {
            model.addAttribute("serviceName", figures.get(0).name());
            model.addAttribute("backHref", "/casework/services/" + service);
        }
        model.addAttribute("period", period.words());
        model.addAttribute("capacity", CaseworkFigureViews.capacity(figures, suppress));
        model.addAttribute("outcomes", CaseworkFigureViews.outcomes(figures, outcomes.measures(), suppress));
        return "casework/figures";
    }
}
