package org.hearth.setup;

import static org.hearth.commissioning.ContributionStatus.COMMITTED;
import static org.hearth.commissioning.ContributionStatus.PLEDGED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hearth.commissioning.Budgets;
import org.hearth.commissioning.Contract;
import org.hearth.commissioning.Contracts;
import org.hearth.commissioning.FinancialYear;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;

/**
 * Synthetic commissioning for Northfield over two financial years (last year and this): budgets for every work
 * stream funded by the council's community safety team, police, health, probation and housing; spend by quarter
 * (last year complete, this year to date, one stream over its committed funds with a note); contracts with the IDVA
 * service, refuge, outreach and the perpetrator programme (one ending within 6 months) and their KPIs.
 */
final class DemoCommissioning {

    private final Budgets budgets;
    private final Contracts contracts;
    private final Partnerships partnerships;

    DemoCommissioning(Budgets budgets, Contracts contracts, Partnerships partnerships) {
        this.budgets = budgets;
        this.contracts = contracts;
        this.partnerships = partnerships;
    }

    void load(LocalDate today) {
        Map<String, AgencyId> agencies = partnerships.agencies().stream()
                .collect(Collectors.toMap(Agency::name, Agency::id, (a, b) -> a));
        Function<String, AgencyId> a = name -> agencies.get(name);
        AgencyId council = a.apply("Northfield Community Safety Team");
        AgencyId police = a.apply("Northfield Police");
        AgencyId health = a.apply("Northfield Hospitals NHS Trust");
        AgencyId probation = a.apply("Northfield Probation Delivery Unit");
        AgencyId housing = a.apply("Northfield City Council Housing Options");
        FinancialYear thisYear = FinancialYear.of(today);
        FinancialYear lastYear = thisYear.previous();

        // last year: the whole year spent
        year(lastYear, 100, council, police, health, probation, housing);
        for (String stream : new String[] {"IDVA", "OUTREACH", "REFUGE", "SANCTUARY", "PERPETRATOR", "COORDINATION",
                "TRAINING"}) {
            for (int q = 1; q <= 4; q++) {
                var b = budgets.year(lastYear).stream().filter(x -> x.stream().code().equals(stream)).findFirst()
                        .orElseThrow();
                long amount = b.budgetPence() / 4 - 12_345L * q;
                budgets.recordSpend(lastYear, stream, q, amount, b.spent() + amount > b.committed()
                        ? "Spent against the pledged funding, confirmed by the finance lead" : null);
            }
        }
        // this year: budgets up 4%, spend to date
        year(thisYear, 104, council, police, health, probation, housing);
        int quarterNow = 1 + (int) java.time.temporal.ChronoUnit.MONTHS.between(thisYear.firstDay().withDayOfMonth(1),
                today.withDayOfMonth(1)) / 3;
        for (int q = 1; q < quarterNow; q++) {
            budgets.recordSpend(thisYear, "IDVA", q, 10_650_000L, null);
            budgets.recordSpend(thisYear, "REFUGE", q, 9_100_000L, null);
            budgets.recordSpend(thisYear, "OUTREACH", q, 4_025_050L, null);
            budgets.recordSpend(thisYear, "COORDINATION", q, 1_690_000L, null);
            budgets.recordSpend(thisYear, "PERPETRATOR", q, 3_300_000L, null);
            budgets.recordSpend(thisYear, "SANCTUARY", q, 1_000_000L, null);
        }
        budgets.recordSpend(thisYear, "SANCTUARY", quarterNow, 5_400_000L,
                "Target hardening for 40 households after the winter surge: the housing pledge is expected in January");

        LocalDate start = lastYear.firstDay();
        contract("Northfield IDVA service", a.apply("Northfield IDVA Service"), "IDVA", 126_000_000L, start,
                start.plusYears(3).minusDays(1), "Either party on 6 months notice after the first year", k -> {
                    contracts.addKpi(k.id(), null, "CASES_TAKEN_ON", new BigDecimal("45"), null, true);
                    contracts.addKpi(k.id(), null, "FIRST_CONTACT_IN_TARGET", new BigDecimal("85"), null, true);
                    contracts.addKpi(k.id(), null, "CASELOAD_PER_FTE", new BigDecimal("80"), null, false);
                    contracts.addKpi(k.id(), null, "MARAC_ATTENDANCE", new BigDecimal("90"), null, true);
                });
        contract("Haven Refuge: 18 units of safe accommodation", a.apply("Haven Refuge"), "REFUGE", 110_400_000L,
                start, today.plusMonths(4).withDayOfMonth(1).minusDays(1), null, k -> {
                    var occupancy = contracts.addKpi(k.id(), "Refuge occupancy", null, new BigDecimal("90"), "%", true);
                    var moved = contracts.addKpi(k.id(), "Residents moving on to settled accommodation", null,
                            new BigDecimal("60"), "%", true);
                    FinancialYear y = thisYear;
                    for (int q = 1; q < quarterNow; q++) {
                        contracts.enterReturn(k.id(), occupancy.id(), y, q, new BigDecimal(q % 2 == 0 ? "92" : "84"));
                        contracts.enterReturn(k.id(), moved.id(), y, q, new BigDecimal("57.5"));
                    }
                });
        // three years from last April: it never ends within 6 months of the demo's day (the refuge's is the one)
        contract("Eastvale outreach", a.apply("Eastvale Women's Aid Outreach"), "OUTREACH", 48_000_000L, start,
                start.plusYears(3).minusDays(1), null, k -> contracts.addKpi(k.id(), "Clients safer at exit", null,
                        new BigDecimal("75"), "%", true));
        contract("Change Ahead perpetrator programme", a.apply("Change Ahead Perpetrator Programme"), "PERPETRATOR",
                39_600_000L, thisYear.firstDay(), thisYear.firstDay().plusYears(3).minusDays(1),
                "After 18 months on 3 months notice", k -> contracts.addKpi(k.id(), "Completions", null,
                        new BigDecimal("24"), "men", true));
    }

    private void year(FinancialYear y, int percent, AgencyId council, AgencyId police, AgencyId health,
            AgencyId probation, AgencyId housing) {
        budget(y, "IDVA", 42_000_000L * percent / 100, new Object[][] {
            {council, 24_000_000L, COMMITTED, "Community safety grant"}, {police, 12_000_000L, COMMITTED,
                "Police and Crime Commissioner victims fund"}, {health, 6_000_000L * percent / 100, COMMITTED,
                "Public health grant"}});
        budget(y, "OUTREACH", 16_100_000L * percent / 100, new Object[][] {
            {council, 16_100_000L * percent / 100, COMMITTED, "Community safety grant"}});
        budget(y, "REFUGE", 36_800_000L * percent / 100, new Object[][] {
            {council, 30_000_000L, COMMITTED, "Domestic Abuse Act safe accommodation grant"},
            {housing, 6_800_000L * percent / 100, COMMITTED, "Homelessness prevention grant"}});
        budget(y, "SANCTUARY", 8_500_000L, new Object[][] {
            {housing, 5_000_000L, COMMITTED, "Homelessness prevention grant"},
            {council, 3_500_000L, PLEDGED, "Community safety grant"}});
        budget(y, "PERPETRATOR", 13_200_000L * percent / 100, new Object[][] {
            {probation, 7_000_000L, COMMITTED, "Probation commissioned rehabilitative services"},
            {police, 6_200_000L * percent / 100, COMMITTED, "Police and Crime Commissioner victims fund"}});
        budget(y, "COORDINATION", 6_760_000L * percent / 100, new Object[][] {
            {council, 4_000_000L, COMMITTED, "Community safety grant"},
            {police, 2_760_000L * percent / 100, COMMITTED, "Police and Crime Commissioner victims fund"}});
        budget(y, "TRAINING", 2_400_000L, new Object[][] {
            {health, 1_200_000L, COMMITTED, "Public health grant"}, {council, 1_200_000L, PLEDGED,
                "Community safety grant"}});
    }

    private void budget(FinancialYear y, String stream, long pence, Object[][] contributions) {
        budgets.setBudget(y, stream, pence);
        for (Object[] c : contributions) {
            if (c[0] != null) {
                budgets.contribute(y, stream, (AgencyId) c[0], (Long) c[1],
                        (org.hearth.commissioning.ContributionStatus) c[2], (String) c[3]);
            }
        }
    }

    private void contract(String title, AgencyId provider, String stream, long value, LocalDate from, LocalDate to,
            String breaks, java.util.function.Consumer<Contract> kpis) {
        if (provider == null) {
            return;
        }
        kpis.accept(contracts.create(title, provider, stream, value, from, to, breaks));
    }
}
