package org.hearth.commissioning.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.commissioning.Budgets;
import org.hearth.commissioning.Contract;
import org.hearth.commissioning.ContractId;
import org.hearth.commissioning.Contracts;
import org.hearth.commissioning.FinancialYear;
import org.hearth.commissioning.Kpi;
import org.hearth.commissioning.SafeAccommodation;
import org.hearth.commissioning.SafeAccommodationReturn;
import org.hearth.commissioning.StreamBudget;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.ApiFieldNames;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Commissioning as JSON, for finance systems and the partnership's own tools: a year's budgets (scope
 * {@code commissioning:read}, or a coordinator's or analyst's session), spend posted by a finance system (scope
 * {@code commissioning-spend:write}, or a coordinator), contracts, and a contract's KPIs (coordinators). Money is
 * whole pence. Bad input is a 400 problem detail naming each field; nothing is written then. Who may call what is
 * decided by the URL rules of {@code access.internal.SecurityConfiguration} before the body is read: a token by its
 * scope, a session by its role (coordinators and analysts read, coordinators write).
 */
@RestController
@NotAudited("budgets, spend and contracts between agencies: no person data; the module audits each write")
class CommissioningApi {

    private final Budgets budgets;
    private final Contracts contracts;
    private final SafeAccommodation safeAccommodation;

    CommissioningApi(Budgets budgets, Contracts contracts, SafeAccommodation safeAccommodation) {
        this.budgets = budgets;
        this.contracts = contracts;
        this.safeAccommodation = safeAccommodation;
    }

    /** A suppressed figure: its text as shown ("<5", "[c]", "–" for none) and its value when shown. */
    record LineView(String key, String label, String text, Object value, String share) {
    }

    record SafeAccommodationView(String year, LocalDate from, LocalDate to, List<LineView> annualReturn,
            List<LineView> refuge, List<LineView> outcomes, List<LineView> declined, List<LineView> needs,
            List<LineView> sanctuary, List<LineView> sanctuaryOutcomes, long budgetPence, long committedPence,
            long spentPence) {
    }

    private static List<LineView> lines(List<SafeAccommodationReturn.Line> lines) {
        return lines.stream().map(l -> new LineView(l.key(), l.label(), l.value().text(),
                l.value().isShown() ? l.value().value() : null, l.share().text())).toList();
    }

    /** The safe accommodation duty's figures for a year (counts suppressed, money in pence). */
    @GetMapping("/api/commissioning/safe-accommodation/{year}")
    SafeAccommodationView safeAccommodation(@PathVariable String year) {
        FinancialYear y = CommissioningViews.year(year)
                .orElseThrow(() -> new java.util.NoSuchElementException("No such financial year: use 2026-27"));
        SafeAccommodationReturn r = safeAccommodation.year(y);
        return new SafeAccommodationView(y.label(), r.from(), r.to(), lines(r.annualReturn()), lines(r.refuge()),
                lines(r.outcomes()), lines(r.declined()), lines(r.needs()), lines(r.sanctuary()),
                lines(r.sanctuaryOutcomes()), r.budgetPence(), r.committedPence(), r.spentPence());
    }

    record ContributionView(String agencyId, String agency, long amountPence, String status, String sourceFund) {
    }

    record StreamView(String stream, String name, long budgetPence, long committedPence, long pledgedPence,
            List<Long> spentByQuarterPence, long spentPence, long variancePence, List<ContributionView> contributions) {
    }

    record YearView(String year, LocalDate from, LocalDate to, List<StreamView> streams) {
    }

    static StreamView view(StreamBudget b) {
        List<Long> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            quarters.add(b.spentIn(q));
        }
        return new StreamView(b.stream().code(), b.stream().name(), b.budgetPence(), b.committed(), b.pledged(),
                quarters, b.spent(), b.variance(), b.contributions().stream().map(c -> new ContributionView(
                        c.agency().value().toString(), c.agencyName(), c.pence(), c.status().name(), c.sourceFund()))
                        .toList());
    }

    @GetMapping("/api/commissioning/budgets/{year}")
    YearView budget(@PathVariable String year) {
        FinancialYear y = CommissioningViews.year(year)
                .orElseThrow(() -> new java.util.NoSuchElementException("No such financial year: use 2026-27"));
        return new YearView(y.label(), y.firstDay(), y.lastDay(), budgets.year(y).stream().map(CommissioningApi::view)
                .toList());
    }

    /** Spend as a finance system sends it. */
    record SpendRequest(String year, String stream, Integer quarter, Long amountPence, String note) {
    }

    @PostMapping("/api/commissioning/spend")
    ResponseEntity<StreamView> spend(@RequestBody SpendRequest body) {
        FinancialYear y = CommissioningViews.year(body.year()).orElseThrow(() -> InvalidInputException.of("year",
                "Give the financial year as 2026-27"));
        if (body.amountPence() == null) {
            throw InvalidInputException.of("amountPence", "Give the amount spent in whole pence");
        }
        StreamBudget b = budgets.recordSpend(y, body.stream(), body.quarter() == null ? 0 : body.quarter(),
                body.amountPence(), body.note());
        return ResponseEntity.created(URI.create("/api/commissioning/budgets/" + y.label())).body(view(b));
    }

    record KpiView(String id, String name, String measure, BigDecimal target, String unit, boolean higherIsBetter) {
    }

    record ContractView(String id, String title, String providerId, String provider, String stream, long valuePence,
            LocalDate startsOn, LocalDate endsOn, String breakClauses, boolean endingSoon, List<KpiView> kpis) {
    }

    static KpiView view(Kpi k) {
        return new KpiView(k.id().toString(), k.name(), k.measure(), k.target(), k.unit(), k.higherIsBetter());
    }

    ContractView view(Contract c) {
        return new ContractView(c.id().toString(), c.title(), c.provider().value().toString(), c.providerName(),
                c.stream().code(), c.valuePence(), c.startsOn(), c.endsOn(), c.breakClauses(),
                c.endingSoon(contracts.today()), c.kpis().stream().map(CommissioningApi::view).toList());
    }

    @GetMapping("/api/commissioning/contracts")
    List<ContractView> contracts() {
        return contracts.all().stream().map(this::view).toList();
    }

    /** A KPI as the coordinator's tools send it; {@code measure} null or absent for one the provider enters. */
    record KpiRequest(String name, String measure, BigDecimal target, String unit, Boolean higherIsBetter) {
    }

    @PostMapping("/api/commissioning/contracts/{id}/kpis")
    ResponseEntity<KpiView> addKpi(@PathVariable UUID id, @RequestBody KpiRequest body) {
        ContractId c = new ContractId(id);
        if (contracts.find(c).isEmpty()) {
            throw new java.util.NoSuchElementException("No such contract");
        }
        Kpi k = contracts.addKpi(c, body.name(), body.measure(), body.target(), body.unit(),
                body.higherIsBetter() == null || body.higherIsBetter());
        return ResponseEntity.created(URI.create("/api/commissioning/contracts")).body(view(k));
    }

    /** The module's field names as this API's JSON names them. */
    @Bean
    static ApiFieldNames commissioningApiFieldNames() {
        return ApiFieldNames.renaming(Map.of("amount", "amountPence"), CommissioningApi.class);
    }
}
