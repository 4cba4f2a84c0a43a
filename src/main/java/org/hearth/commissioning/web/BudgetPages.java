package org.hearth.commissioning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.audit.NotAudited;
import org.hearth.commissioning.BudgetTable;
import org.hearth.commissioning.Budgets;
import org.hearth.commissioning.ContributionStatus;
import org.hearth.commissioning.FinancialYear;
import org.hearth.commissioning.Money;
import org.hearth.commissioning.StreamBudget;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnership;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.Downloads;
import org.hearth.platform.web.FormPost;
import org.hearth.platform.web.Option;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Budgets by financial year (partnership coordinators write; analysts read): the years, and one year's table by
 * stream and partner with its movement, spend by quarter and variance, the three forms that build it (a stream's
 * budget, a partner's contribution, spend in a quarter) and its workbook. No person data.
 */
@Controller
@PreAuthorize(BudgetPages.READERS)
class BudgetPages {

    static final String READERS = "hasAnyRole('PARTNERSHIP_COORDINATOR','ANALYST')";

    private final Budgets budgets;
    private final Partnerships partnerships;

    BudgetPages(Budgets budgets, Partnerships partnerships) {
        this.budgets = budgets;
        this.partnerships = partnerships;
    }

    /** A year in the list. */
    record YearRow(String label, String budget, String spent, String variance) {
    }

    @Navigation(label = "Commissioning", order = 68, section = NavigationSection.STRATEGY,
            roles = {"PARTNERSHIP_COORDINATOR", "ANALYST"})
    @GetMapping("/commissioning")
    @NotAudited("budgets and contracts of agencies: no person data")
    String index(Model model, Authentication auth) {
        FinancialYear current = FinancialYear.of(Today.today());
        model.addAttribute("years", budgets.years().stream().map(y -> {
            List<StreamBudget> streams = budgets.year(y);
            long budget = streams.stream().mapToLong(StreamBudget::budgetPence).sum();
            long spent = streams.stream().mapToLong(StreamBudget::spent).sum();
            return new YearRow(y.label(), Money.format(budget), Money.format(spent), Money.format(budget - spent));
        }).toList());
        model.addAttribute("current", current.label());
        model.addAttribute("next", new FinancialYear(current.start() + 1).label());
        model.addAttribute("canWrite", writer(auth));
        return "commissioning/index";
    }

    @GetMapping("/commissioning/years/{year}")
    @NotAudited("budgets by work stream and partner agency: no person data")
    String year(@PathVariable String year, Model model, Authentication auth) {
        return page(year(year), Map.of(), Map.of(), model, auth);
    }

    @GetMapping("/commissioning/years/{year}/budget.xlsx")
    @Audited(action = AuditAction.EXPORT, recordType = "commissioning_budget", reason = "'workbook ' + #year")
    ResponseEntity<byte[]> workbook(@PathVariable String year) {
        FinancialYear y = year(year);
        String name = partnerships.current().map(Partnership::name).orElse("Partnership");
        byte[] body = BudgetWorkbook.render(name, budgets.table(y), budgets.year(y));
        return Downloads.attachment(Downloads.XLSX, "commissioning-budget-" + y.label() + ".xlsx", body);
    }

    @PostMapping("/commissioning/years/{year}/budgets")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Budgets.setBudget audits the budget it sets")
    String setBudget(@PathVariable String year, @RequestParam(required = false) String budgetStream,
            @RequestParam(required = false) String budgetAmount, Model model, Authentication auth,
            HttpServletResponse response, RedirectAttributes redirect) {
        FinancialYear y = year(year);
        Map<String, String> typed = Map.of("budgetStream", nz(budgetStream), "budgetAmount", nz(budgetAmount));
        return post(y, "budget", typed, model, auth, response, redirect, () -> {
            long pence = Money.parse(budgetAmount).orElseThrow(() -> InvalidInputException.of("amount",
                    "Enter the budget in pounds, for example 125000"));
            StreamBudget b = budgets.setBudget(y, budgetStream, pence);
            return "Budget set: " + b.stream().name() + " " + Money.format(b.budgetPence());
        });
    }

    @PostMapping("/commissioning/years/{year}/contributions")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Budgets.contribute audits the contribution it records")
    String contribute(@PathVariable String year, @RequestParam(required = false) String contributionStream,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String contributionAmount,
            @RequestParam(required = false) String status, @RequestParam(required = false) String sourceFund,
            Model model, Authentication auth, HttpServletResponse response, RedirectAttributes redirect) {
        FinancialYear y = year(year);
        Map<String, String> typed = Map.of("contributionStream", nz(contributionStream), "agency", nz(agency),
                "contributionAmount", nz(contributionAmount), "status", nz(status), "sourceFund", nz(sourceFund));
        return post(y, "contribution", typed, model, auth, response, redirect, () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            Optional<Long> pence = Money.parse(contributionAmount);
            if (pence.isEmpty()) {
                errors.put("amount", "Enter the contribution in pounds, for example 40000");
            }
            ContributionStatus s = status == null ? null : java.util.Arrays.stream(ContributionStatus.values())
                    .filter(v -> v.name().equals(status)).findFirst().orElse(null);
            AgencyId partner = agencyId(agency);
            InvalidInputException.refuseIfAny(errors);
            StreamBudget b = budgets.contribute(y, contributionStream, partner, pence.get(), s, sourceFund);
            return "Contribution added to " + b.stream().name();
        });
    }

    @PostMapping("/commissioning/years/{year}/spend")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Budgets.recordSpend audits the spend it records")
    String spend(@PathVariable String year, @RequestParam(required = false) String spendStream,
            @RequestParam(required = false) String quarter, @RequestParam(required = false) String spendAmount,
            @RequestParam(required = false) String note, Model model, Authentication auth,
            HttpServletResponse response, RedirectAttributes redirect) {
        FinancialYear y = year(year);
        Map<String, String> typed = Map.of("spendStream", nz(spendStream), "quarter", nz(quarter),
                "spendAmount", nz(spendAmount), "note", nz(note));
        return post(y, "spend", typed, model, auth, response, redirect, () -> {
            long pence = Money.parse(spendAmount).orElseThrow(() -> InvalidInputException.of("amount",
                    "Enter the spend in pounds, for example 31250.50"));
            int q = quarter != null && quarter.matches("[1-4]") ? Integer.parseInt(quarter) : 0;
            StreamBudget b = budgets.recordSpend(y, spendStream, q, pence, note);
            return "Spend recorded: " + b.stream().name() + " " + Money.format(pence) + " in Q" + q;
        });
    }

    /**
     * Runs one of the year page's three forms: {@code write} answers the success banner and the year's page follows;
     * refused, the page shows again with each message under the form's own field names, answering 400.
     */
    private String post(FinancialYear y, String form, Map<String, String> typed, Model model, Authentication auth,
            HttpServletResponse response, RedirectAttributes redirect, Supplier<String> write) {
        return FormPost.submit(new LinkedHashMap<>(), response,
                () -> FormPost.redirect(redirect, write.get(), "/commissioning/years/" + y.label()),
                errors -> page(y, prefixed(form, errors), typed, model, auth));
    }

    private String page(FinancialYear y, Map<String, String> errors, Map<String, String> typed, Model model,
            Authentication auth) {
        List<StreamBudget> streams = budgets.year(y);
        BudgetTable table = budgets.table(y);
        model.addAttribute("year", y.label());
        model.addAttribute("previousYear", y.previous().label());
        model.addAttribute("nextYear", new FinancialYear(y.start() + 1).label());
        model.addAttribute("streams", CommissioningViews.streamRows(streams));
        model.addAttribute("partnerTable", CommissioningViews.partnerTable(table));
        model.addAttribute("movement", CommissioningViews.movement(table));
        model.addAttribute("hasBudget", !streams.isEmpty());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("canWrite", writer(auth));
        List<Option> streamOptions = new java.util.ArrayList<>();
        streamOptions.add(new Option("", "Select a work stream"));
        budgets.streams().forEach(s -> streamOptions.add(new Option(s.code(), s.name())));
        model.addAttribute("streamOptions", streamOptions);
        List<Option> budgeted = new java.util.ArrayList<>();
        budgeted.add(new Option("", "Select a work stream"));
        streams.forEach(s -> budgeted.add(new Option(s.stream().code(), s.stream().name())));
        model.addAttribute("budgetedOptions", budgeted);
        List<Option> agencies = new java.util.ArrayList<>();
        agencies.add(new Option("", "Select an agency"));
        agencies.addAll(Option.of(partnerships.agencies().stream().filter(Agency::active).toList(),
                a -> a.id().value(), Agency::name));
        model.addAttribute("agencyOptions", agencies);
        model.addAttribute("statusOptions", Option.of(ContributionStatus::label, ContributionStatus.values()));
        List<Option> quarters = new java.util.ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            quarters.add(new Option(String.valueOf(q), FinancialYear.quarterLabel(q)));
        }
        model.addAttribute("quarterOptions", quarters);
        return "commissioning/year";
    }

    /** The module's field names as this page's (three forms share a page, so each form's fields are its own). */
    static Map<String, String> prefixed(String form, Map<String, String> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach((field, message) -> out.put(switch (field) {
            case "stream", "amount" -> form + Character.toUpperCase(field.charAt(0)) + field.substring(1);
            default -> field;
        }, message));
        return out;
    }

    static FinancialYear year(String text) {
        return CommissioningViews.year(text).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static AgencyId agencyId(String text) {
        try {
            return text == null || text.isBlank() ? null : new AgencyId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean writer(Authentication auth) {
        return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority()
                .equals(Role.PARTNERSHIP_COORDINATOR.authority()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
