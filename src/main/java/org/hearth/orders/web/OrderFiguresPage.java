package org.hearth.orders.web;

import jakarta.servlet.http.HttpServletResponse;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.orders.Orders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.hearth.platform.web.ReportPeriod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Orders made and breached over a period, by type, for the partnership's insights (a section the dashboard links
 * to): figures only, small numbers suppressed, never a person.
 */
@Controller
@PreAuthorize(Role.SEES_INSIGHTS)
@NotAudited("aggregate figures with small numbers suppressed, never a person")
class OrderFiguresPage {

    private final Orders orders;

    OrderFiguresPage(Orders orders) {
        this.orders = orders;
    }

    @GetMapping("/insights/orders")
    String figures(@RequestParam java.util.Map<String, String> params, Model model, HttpServletResponse response) {
        ReportPeriod period = ReportPeriod.ofPage(params, orders.today(), model);
        if (!period.errors().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "orders/figures";
        }
        model.addAttribute("figures", OrderFigureViews.of(orders.figures(period.from(), period.to())));
        model.addAttribute("period", period.words());
        return "orders/figures";
    }
}
