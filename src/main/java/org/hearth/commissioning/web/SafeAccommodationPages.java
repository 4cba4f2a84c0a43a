package org.hearth.commissioning.web;

import org.hearth.audit.NotAudited;
import org.hearth.commissioning.FinancialYear;
import org.hearth.commissioning.SafeAccommodation;
import org.hearth.commissioning.SafeAccommodationReturn;
import org.hearth.platform.Dates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The safe accommodation duty's needs assessment figures and annual return for a financial year (partnership
 * coordinators and analysts read; the figures are suppressed counts and money, no person data).
 */
@Controller
@PreAuthorize(BudgetPages.READERS)
class SafeAccommodationPages {

    private final SafeAccommodation safeAccommodation;
    private final org.hearth.commissioning.Contracts contracts;

    SafeAccommodationPages(SafeAccommodation safeAccommodation, org.hearth.commissioning.Contracts contracts) {
        this.safeAccommodation = safeAccommodation;
        this.contracts = contracts;
    }

    @GetMapping("/commissioning/safe-accommodation")
    @NotAudited("suppressed counts of refuge and sanctuary work and spend: no person data")
    String page(@RequestParam(required = false) String year, Model model) {
        FinancialYear y = CommissioningViews.year(year).orElse(FinancialYear.of(contracts.today()));
        SafeAccommodationReturn r = safeAccommodation.year(y);
        model.addAttribute("year", y.label());
        model.addAttribute("previousYear", y.previous().label());
        model.addAttribute("nextYear", new FinancialYear(y.start() + 1).label());
        model.addAttribute("from", Dates.DAY.format(r.from()));
        model.addAttribute("to", Dates.DAY.format(r.to()));
        model.addAttribute("toDate", !r.to().equals(y.lastDay()));
        model.addAttribute("figures", r);
        model.addAttribute("streams", CommissioningViews.streamRows(r.streams()));
        return "commissioning/safe-accommodation";
    }
}
