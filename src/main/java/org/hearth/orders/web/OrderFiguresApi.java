package org.hearth.orders.web;

import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.orders.Orders;
import org.hearth.platform.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders made and breached over a period, by type, as JSON ({@code from}, {@code to}: yyyy-mm-dd, by default the 12
 * months to today), with small numbers suppressed as on the dashboard: for the insights roles.
 */
@RestController
@PreAuthorize(Role.SEES_INSIGHTS)
@NotAudited("aggregate figures with small numbers suppressed, never a person")
class OrderFiguresApi {

    private final Orders orders;

    OrderFiguresApi(Orders orders) {
        this.orders = orders;
    }

    @GetMapping("/api/insights/orders")
    OrderFigureViews.Shown figures(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        org.hearth.platform.web.ReportPeriod period = org.hearth.platform.web.ReportPeriod.parse(from, to, orders.today());
        if (!period.errors().isEmpty()) {
            throw new InvalidInputException(period.errors());
        }
        return OrderFigureViews.of(orders.figures(period.from(), period.to()));
    }
}
