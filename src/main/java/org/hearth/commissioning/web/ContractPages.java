package org.hearth.commissioning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.commissioning.Budgets;
import org.hearth.commissioning.Contract;
import org.hearth.commissioning.ContractId;
import org.hearth.commissioning.Contracts;
import org.hearth.commissioning.FinancialYear;
import org.hearth.commissioning.Money;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.TypedId;
import org.hearth.platform.web.DateParts;
import org.hearth.platform.web.Option;
import org.springframework.http.HttpStatus;
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
 * Commissioned contracts (partnership coordinators write; analysts read): the list with end warnings, a new
 * contract, and one contract with its KPIs' figures and RAG for a quarter, adding a KPI and entering a provider's
 * quarterly figure. No person data.
 */
@Controller
@PreAuthorize(BudgetPages.READERS)
class ContractPages {

    private final Contracts contracts;
    private final Budgets budgets;
    private final Partnerships partnerships;

    ContractPages(Contracts contracts, Budgets budgets, Partnerships partnerships) {
        this.contracts = contracts;
        this.budgets = budgets;
        this.partnerships = partnerships;
    }

    @GetMapping("/commissioning/contracts")
    @NotAudited("contracts between agencies: no person data")
    String list(Model model, Authentication auth) {
        LocalDate today = contracts.today();
        model.addAttribute("contracts", contracts.all().stream().map(c -> CommissioningViews.contractRow(c, today))
                .toList());
        model.addAttribute("endingSoon", contracts.endingSoon(today).size());
        model.addAttribute("canWrite", BudgetPages.writer(auth));
        return "commissioning/contracts";
    }

    @GetMapping("/commissioning/contracts/new")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("a blank form")
    String form(Model model) {
        return newPage(Map.of(), Map.of(), new DateParts(), new DateParts(), model);
    }

    @PostMapping("/commissioning/contracts")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Contracts.create audits the contract it records")
    String create(@RequestParam(required = false) String title, @RequestParam(required = false) String provider,
            @RequestParam(required = false) String stream, @RequestParam(required = false) String value,
            @RequestParam(name = "startsOn.day", required = false) String startDay,
            @RequestParam(name = "startsOn.month", required = false) String startMonth,
            @RequestParam(name = "startsOn.year", required = false) String startYear,
            @RequestParam(name = "endsOn.day", required = false) String endDay,
            @RequestParam(name = "endsOn.month", required = false) String endMonth,
            @RequestParam(name = "endsOn.year", required = false) String endYear,
            @RequestParam(required = false) String breakClauses, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        DateParts starts = new DateParts(startDay, startMonth, startYear);
        DateParts ends = new DateParts(endDay, endMonth, endYear);
        Map<String, String> typed = Map.of("title", nz(title), "provider", nz(provider), "stream", nz(stream),
                "value", nz(value), "breakClauses", nz(breakClauses));
        Map<String, String> errors = new LinkedHashMap<>();
        Long pence = Money.parse(value).orElse(null);
        LocalDate startsOn = date(starts, "startsOn", "start", errors);
        LocalDate endsOn = date(ends, "endsOn", "end", errors);
        try {
            if (pence == null) {
                errors.put("value", "Enter the contract value in pounds, for example 450000");
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(ordered(errors));
            }
            Contract c = contracts.create(title, id(provider), stream, pence, startsOn, endsOn, breakClauses);
            redirect.addFlashAttribute("success", "Contract recorded: " + c.title());
            return "redirect:/commissioning/contracts/" + c.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return newPage(e.errors(), typed, starts, ends, model);
        }
    }

    @GetMapping("/commissioning/contracts/{id}")
    @NotAudited("a contract between agencies and its KPIs: no person data")
    String contract(@PathVariable UUID id, @RequestParam(required = false) String year,
            @RequestParam(required = false) String quarter, Model model, Authentication auth) {
        Contract c = found(id);
        return page(c, year, quarter, Map.of(), Map.of(), model, auth);
    }

    @PostMapping("/commissioning/contracts/{id}/kpis")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Contracts.addKpi audits the KPI it adds")
    String addKpi(@PathVariable UUID id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String measure, @RequestParam(required = false) String target,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String direction,
            Model model, Authentication auth, HttpServletResponse response, RedirectAttributes redirect) {
        Contract c = found(id);
        Map<String, String> typed = Map.of("name", nz(name), "measure", nz(measure), "target", nz(target),
                "unit", nz(unit), "direction", nz(direction));
        try {
            BigDecimal t = number(target);
            if (t == null && target != null && !target.isBlank()) {
                throw InvalidInputException.of("target", "Enter the target as a number, for example 85");
            }
            contracts.addKpi(c.id(), name, measure, t, unit, !"LOWER".equals(direction));
            redirect.addFlashAttribute("success", "KPI added");
            return "redirect:/commissioning/contracts/" + c.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(c, null, null, e.errors(), typed, model, auth);
        }
    }

    @PostMapping("/commissioning/contracts/{id}/returns")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Contracts.enterReturn audits the figure it records")
    String enterReturn(@PathVariable UUID id, @RequestParam(required = false) String kpi,
            @RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
            @RequestParam(required = false) String figure, Model model, Authentication auth,
            HttpServletResponse response, RedirectAttributes redirect) {
        Contract c = found(id);
        UUID k = TypedId.uuid(kpi).orElse(null);
        if (k == null || c.kpis().stream().noneMatch(x -> x.id().equals(k))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        FinancialYear y = CommissioningViews.year(year).orElse(FinancialYear.of(contracts.today()));
        int q = quarter != null && quarter.matches("[1-4]") ? Integer.parseInt(quarter) : 0;
        try {
            BigDecimal v = number(figure);
            if (v == null) {
                throw InvalidInputException.of("figure-" + k, "Enter the figure for the quarter as a number");
            }
            contracts.enterReturn(c.id(), k, y, q, v);
            redirect.addFlashAttribute("success", "Figure recorded");
            return "redirect:/commissioning/contracts/" + c.id() + "?year=" + y.label() + "&quarter=" + q;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach((f, m) -> errors.put(f.startsWith("figure-") ? f : "figure-" + k, m));
            return page(c, y.label(), String.valueOf(q == 0 ? 1 : q), errors, Map.of("figure-" + k, nz(figure)),
                    model, auth);
        }
    }

    private String page(Contract c, String year, String quarter, Map<String, String> errors, Map<String, String> typed,
            Model model, Authentication auth) {
        LocalDate today = contracts.today();
        FinancialYear y = CommissioningViews.year(year).orElse(FinancialYear.of(today));
        int q = quarter != null && quarter.matches("[1-4]") ? Integer.parseInt(quarter) : y.quarterOf(today);
        model.addAttribute("contract", CommissioningViews.contractRow(c, today));
        model.addAttribute("breakClauses", c.breakClauses());
        model.addAttribute("kpis", contracts.results(c, y, q).stream().map(CommissioningViews::kpiRow).toList());
        model.addAttribute("year", y.label());
        model.addAttribute("quarter", q);
        model.addAttribute("quarterLabel", FinancialYear.quarterLabel(q) + " " + y.label());
        List<String[]> periods = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            periods.add(new String[] {y.label(), String.valueOf(i), "Q" + i});
        }
        model.addAttribute("periods", periods);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("canWrite", BudgetPages.writer(auth));
        List<Option> measures = new ArrayList<>();
        measures.add(new Option("", "None: the provider enters it each quarter"));
        contracts.sources().forEach(s -> measures.add(new Option(s.measure(), s.label() + " (" + s.unit() + ")")));
        model.addAttribute("measureOptions", measures);
        model.addAttribute("directionOptions", List.of(new Option("HIGHER", "Higher is better"),
                new Option("LOWER", "Lower is better")));
        return "commissioning/contract";
    }

    private String newPage(Map<String, String> errors, Map<String, String> typed, DateParts starts, DateParts ends,
            Model model) {
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("startsOn", starts);
        model.addAttribute("endsOn", ends);
        List<Option> agencies = new ArrayList<>();
        agencies.add(new Option("", "Select an agency"));
        agencies.addAll(Option.of(partnerships.agencies().stream().filter(Agency::active).toList(),
                a -> a.id().value(), Agency::name));
        model.addAttribute("agencyOptions", agencies);
        List<Option> streams = new ArrayList<>();
        streams.add(new Option("", "Select a work stream"));
        budgets.streams().forEach(s -> streams.add(new Option(s.code(), s.name())));
        model.addAttribute("streamOptions", streams);
        return "commissioning/contract-new";
    }

    static Map<String, String> ordered(Map<String, String> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : List.of("title", "provider", "stream", "value", "startsOn", "endsOn", "breakClauses")) {
            if (errors.containsKey(f)) {
                out.put(f, errors.get(f));
            }
        }
        errors.forEach(out::putIfAbsent);
        return out;
    }

    private Contract found(UUID id) {
        return contracts.find(new ContractId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static LocalDate date(DateParts parts, String field, String what, Map<String, String> errors) {
        if (parts.blank()) {
            errors.put(field, "Enter the date the contract " + what + "s");
            return null;
        }
        return parts.toDate().orElseGet(() -> {
            errors.put(field, "The " + what + " date must be a real date, for example 1 4 2026");
            return null;
        });
    }

    static BigDecimal number(String text) {
        if (text == null || !text.trim().matches("-?\\d{1,12}(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(text.trim());
    }

    private static AgencyId id(String text) {
        UUID u = TypedId.uuid(text).orElse(null);
        return u == null ? null : new AgencyId(u);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String day(LocalDate d) {
        return Dates.DAY.format(d);
    }

}
