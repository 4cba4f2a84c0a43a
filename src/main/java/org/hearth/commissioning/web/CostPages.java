package org.hearth.commissioning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.commissioning.Budgets;
import org.hearth.commissioning.Contract;
import org.hearth.commissioning.Contracts;
import org.hearth.commissioning.CostModel;
import org.hearth.commissioning.Costs;
import org.hearth.commissioning.FinancialYear;
import org.hearth.commissioning.Money;
import org.hearth.commissioning.StreamBudget;
import org.hearth.platform.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Value for money for a year (partnership coordinators write; analysts read): unit costs per case by stream, the
 * cost per high-risk victim supported, each national estimate's share for the area against the partnership's spend,
 * the safe accommodation duty's figures, and adding a published estimate. No person data.
 */
@Controller
@PreAuthorize(BudgetPages.READERS)
class CostPages {

    private final Costs costs;
    private final Budgets budgets;
    private final Contracts contracts;

    CostPages(Costs costs, Budgets budgets, Contracts contracts) {
        this.costs = costs;
        this.budgets = budgets;
        this.contracts = contracts;
    }

    @GetMapping("/commissioning/costs")
    @NotAudited("spend, counts of cases and published estimates: no person data")
    String costs(@RequestParam(required = false) String year, Model model, Authentication auth) {
        FinancialYear y = CommissioningViews.year(year).orElse(FinancialYear.of(contracts.today()));
        return page(y, Map.of(), Map.of(), model, auth);
    }

    @PostMapping("/commissioning/costs/estimates")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Costs.addEstimate audits the estimate it records")
    String addEstimate(@RequestParam(required = false) String label,
            @RequestParam(required = false) String nationalCost,
            @RequestParam(required = false) String nationalPopulation, @RequestParam(required = false) String source,
            @RequestParam(name = "year", required = false) String published, Model model, Authentication auth,
            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> typed = Map.of("label", Objects.toString(label, ""),
                "nationalCost", Objects.toString(nationalCost, ""),
                "nationalPopulation", Objects.toString(nationalPopulation, ""),
                "source", Objects.toString(source, ""), "year", Objects.toString(published, ""));
        try {
            Map<String, String> errors = new LinkedHashMap<>();
            String cost = nationalCost == null ? "" : nationalCost.trim().replace(",", "").replace("£", "");
            if (!cost.matches("\\d{1,13}")) {
                errors.put("nationalCost", "Enter the national cost in whole pounds, for example 66000000000");
            }
            String people = nationalPopulation == null ? "" : nationalPopulation.trim().replace(",", "");
            if (!people.matches("\\d{1,10}")) {
                errors.put("nationalPopulation", "Enter the population the estimate covers as a whole number");
            }
            String y = published == null ? "" : published.trim();
            if (!y.matches("\\d{4}")) {
                errors.put("year", "Enter the year it was published, for example 2019");
            }
            InvalidInputException.refuseIfAny(errors);
            costs.addEstimate(label, Long.parseLong(cost) * 100, Long.parseLong(people), source, Integer.parseInt(y));
            redirect.addFlashAttribute("success", "Estimate added");
            return "redirect:/commissioning/costs";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(FinancialYear.of(contracts.today()), e.errors(), typed, model, auth);
        }
    }

    private String page(FinancialYear y, Map<String, String> errors, Map<String, String> typed, Model model,
            Authentication auth) {
        CostModel m = costs.model(y);
        model.addAttribute("year", y.label());
        model.addAttribute("previousYear", y.previous().label());
        model.addAttribute("nextYear", new FinancialYear(y.start() + 1).label());
        model.addAttribute("units", m.unitCosts().stream().map(CommissioningViews::unitRow).toList());
        model.addAttribute("highRisk", m.highRisk() == null ? null : CommissioningViews.unitRow(m.highRisk()));
        model.addAttribute("population", m.population() == null ? null
                : java.text.NumberFormat.getIntegerInstance(java.util.Locale.UK).format(m.population()));
        model.addAttribute("totalSpend", Money.format(m.totalSpend()));
        model.addAttribute("areaCosts", m.areaCosts().stream().map(CommissioningViews::areaRow).toList());
        List<StreamBudget> safe = budgets.year(y).stream().filter(b -> b.stream().safeAccommodation()).toList();
        model.addAttribute("safe", CommissioningViews.streamRows(safe));
        List<Contract> safeContracts = contracts.all().stream().filter(c -> c.stream().safeAccommodation())
                .filter(c -> !c.startsOn().isAfter(y.lastDay()) && !c.endsOn().isBefore(y.firstDay())).toList();
        model.addAttribute("safeContracts", safeContracts.stream()
                .map(c -> CommissioningViews.contractRow(c, contracts.today())).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("canWrite", BudgetPages.writer(auth));
        return "commissioning/costs";
    }
}
