package org.hearth.insights.internal;

import static org.hearth.insights.Suppression.percent;
import static org.hearth.insights.Suppression.single;
import static org.hearth.insights.internal.ComputedIndicators.DATE;
import static org.hearth.insights.internal.ComputedIndicators.MONTHS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hearth.insights.Cell;
import org.hearth.insights.Headline;
import org.hearth.insights.Section;
import org.hearth.insights.Suppression.Count;
import org.hearth.insights.Suppression;
import org.hearth.insights.internal.IndicatorQueries.HighRiskFact;
import org.hearth.insights.internal.IndicatorQueries.ReferralFact;
import org.hearth.partnership.Area;

/**
 * The computation of one report for {@link ComputedIndicators}: the facts of the period (and the same period last
 * year), its months, and the headlines. {@link IndicatorTables} adds the tables. Pure: no store, no clock.
 */
class IndicatorWork {

    final LocalDate from;
    final LocalDate to;
    final LocalDate lastFrom;
    final LocalDate lastTo;
    final List<ReferralFact> referrals;
    final List<HighRiskFact> highRisk;
    final List<HighRiskFact> highRiskLastYear;
    final List<Area> areas;
    final Map<UUID, String> areaNames;
    final Integer population;
    final Area area;
    final List<YearMonth> months = new ArrayList<>();
    final MaracFacts marac;

    /**
     * The MARAC facts of the period: the cases discussed, the research of those cases, the actions due in the period
     * whose outcome is known, and the women aged 16+ of the
     * area (or partnership), null when not known.
     */
    record MaracFacts(List<IndicatorQueries.MaracCase> cases, List<IndicatorQueries.ResearchFact> research,
            List<IndicatorQueries.ActionFact> actions, Integer women) {

        MaracFacts {
            cases = List.copyOf(cases);
            research = List.copyOf(research);
            actions = List.copyOf(actions);
        }
    }

    /** SafeLives' recommended MARAC volume: cases a year per 10,000 women aged 16+. */
    static final int RECOMMENDED_PER_10000 = 40;

    IndicatorWork(LocalDate from, LocalDate to, LocalDate lastFrom, LocalDate lastTo, List<ReferralFact> referrals,
            List<HighRiskFact> highRisk, List<HighRiskFact> highRiskLastYear, List<Area> areas,
            Map<UUID, String> areaNames, Integer population, Area area, MaracFacts marac) {
        this.from = from;
        this.marac = marac;
        this.to = to;
        this.lastFrom = lastFrom;
        this.lastTo = lastTo;
        this.referrals = referrals;
        this.highRisk = highRisk;
        this.highRiskLastYear = highRiskLastYear;
        this.areas = areas;
        this.areaNames = areaNames;
        this.population = population;
        this.area = area;
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
    }

    long count(Predicate<ReferralFact> test) {
        return referrals.stream().filter(test).count();
    }

    /** Victims in the period with the facts of their latest referral (the area and equality data they count under). */
    private Map<UUID, ReferralFact> victims;
    private Set<UUID> repeatVictims;

    Map<UUID, ReferralFact> victims() {
        if (victims != null) {
            return victims;
        }
        Map<UUID, ReferralFact> latest = new LinkedHashMap<>();
        for (ReferralFact r : referrals) {
            latest.merge(r.victim(), r, (a, b) -> b.receivedOn().isAfter(a.receivedOn()) ? b : a);
        }
        victims = latest;
        return latest;
    }

    Set<UUID> repeatVictims() {
        if (repeatVictims == null) {
            repeatVictims = referrals.stream().filter(ReferralFact::repeatVictim).map(ReferralFact::victim)
                    .collect(Collectors.toSet());
        }
        return repeatVictims;
    }

    List<Headline> headlines() {
        List<Headline> h = new ArrayList<>();
        Count incidents = single(count(ReferralFact::police));
        Count partner = single(count(r -> !r.police()));
        Count all = single(referrals.size());
        String where = area == null ? "the partnership" : area.name();
        h.add(new Headline("police-incidents", Section.VOLUME.name(), "Police incidents", incidents.cell(),
                "Referrals from the police, by any door (web form, API, incident import)"));
        h.add(new Headline("partner-referrals", Section.VOLUME.name(), "Referrals from partner agencies",
                partner.cell(), "Referrals from every agency other than the police"));
        h.add(new Headline("referrals", Section.VOLUME.name(), "All referrals", all.cell(),
                "Police incidents and partner-agency referrals received in the period"));
        h.add(new Headline("incident-rate", Section.VOLUME.name(), "Police incidents per 1,000 population",
                Suppression.rate(incidents, population, 1000), population == null
                        ? "The population of " + where + " is not recorded (administrators record it under Partnership)"
                        : "Population of " + where + ": " + String.format(Locale.UK, "%,d", population)));

        Map<UUID, ReferralFact> victims = victims();
        Count victimCount = single(victims.size());
        Count repeat = single(repeatVictims().size());
        h.add(new Headline("repeat-victims", Section.REPEAT.name(), "Repeat victims", percent(repeat, victimCount),
                repeat.cell().text() + " of " + victimCount.cell().text()
                        + " victims had also been referred in the 12 months before"));
        Count children = single(count(ReferralFact::childrenPresent));
        h.add(new Headline("children-present", Section.REPEAT.name(), "Referrals with children present",
                percent(children, all), children.cell().text() + " of " + all.cell().text() + " referrals"));

        Count high = single(distinct(highRisk));
        Count highLast = single(distinct(highRiskLastYear));
        h.add(new Headline("high-risk", Section.HIGH_RISK.name(), "High-risk victims identified", high.cell(),
                "Victims with a risk assessment graded high in the period. Same period last year ("
                        + DATE.format(lastFrom) + " to " + DATE.format(lastTo) + "): " + highLast.cell().text()));
        h.add(new Headline("high-risk-change", Section.HIGH_RISK.name(),
                "High-risk victims against the same period last year", change(high, highLast),
                highLast.raw() == 0 ? "No high-risk victims were identified in the same period last year"
                        : high.cell().text() + " against " + highLast.cell().text()));

        List<IndicatorQueries.MaracCase> cases = marac.cases();
        Count discussed = single(cases.size());
        Count maracRepeat = single(cases.stream().filter(IndicatorQueries.MaracCase::repeat).count());
        h.add(new Headline("marac", Section.MARAC.name(), "MARAC cases discussed", discussed.cell(),
                "Cases on the agenda of MARAC meetings held in the period, repeats included"));
        h.add(new Headline("marac-repeat", Section.MARAC.name(), "MARAC repeat rate", percent(maracRepeat, discussed),
                maracRepeat.cell().text() + " of " + discussed.cell().text() + " cases were repeats (the same victim and "
                        + "perpetrator within 12 months of the last referral to MARAC). National figure: 31% (SafeLives, "
                        + "12 months to September 2024)"));
        h.add(new Headline("marac-per-10000", Section.MARAC.name(), "MARAC cases a year per 10,000 women aged 16+",
                perYear(discussed), marac.women() == null
                        ? "Women aged 16+ of " + where + " are not recorded (administrators set them under MARAC)"
                        : "Over the period, as a yearly rate; women aged 16+ of " + where + ": "
                                + String.format(Locale.UK, "%,d", marac.women()) + ". SafeLives recommends "
                                + RECOMMENDED_PER_10000 + " (national: 47)"));
        Count partnerCases = single(cases.stream().filter(c -> !c.police()).count());
        h.add(new Headline("marac-partner", Section.MARAC.name(), "MARAC cases referred by partner agencies",
                percent(partnerCases, discussed), partnerCases.cell().text() + " of " + discussed.cell().text()
                        + " cases were referred by an agency other than the police (national: 36.1%)"));
        Count tasks = single(marac.research().size());
        Count onTime = single(marac.research().stream().filter(IndicatorQueries.ResearchFact::returnedOnTime).count());
        h.add(new Headline("marac-research-on-time", Section.MARAC.name(), "MARAC research returned on time",
                percent(onTime, tasks), onTime.cell().text() + " of " + tasks.cell().text()
                        + " research tasks came back by the day they were due"));
        Count actionsDue = single(marac.actions().size());
        Count actionsOnTime = single(marac.actions().stream().filter(IndicatorQueries.ActionFact::completedOnTime)
                .count());
        h.add(new Headline("marac-actions-on-time", Section.MARAC.name(), "MARAC actions completed on time",
                percent(actionsOnTime, actionsDue), actionsOnTime.cell().text() + " of " + actionsDue.cell().text()
                        + " MARAC actions due in the period were completed by their due day (those still open and not"
                        + " yet due are not counted)"));

        List<Long> days = triageDays(referrals);
        h.add(new Headline("triage-median", Section.TRIAGE.name(), "Median days to triage decision",
                Suppression.median(days, ""),
                "From referral received to the hub's decision; first contact will be recorded once casework is in Hearth"));
        Count decided = single(days.size());
        h.add(new Headline("decided", Section.OUTCOMES.name(), "Referrals decided", percent(decided, all),
                decided.cell().text() + " of " + all.cell().text()
                        + " referrals have a triage outcome (outcomes at case closure once casework is in Hearth)"));
        return h;
    }

    /**
     * Cases a year per 10,000 women aged 16+: the period's count scaled to 365 days, to one decimal place, when the
     * count is shown and the women are known.
     */
    Cell perYear(Count count) {
        if (marac.women() == null || marac.women() <= 0) {
            return Cell.none();
        }
        if (!count.shown()) {
            return Cell.hidden();
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        BigDecimal rate = BigDecimal.valueOf(count.raw() * 10_000L * 365L)
                .divide(BigDecimal.valueOf(marac.women() * days), 1, RoundingMode.HALF_UP);
        return Cell.shown(rate.toPlainString(), rate);
    }

    static long distinct(List<HighRiskFact> facts) {
        return facts.stream().map(HighRiskFact::victim).distinct().count();
    }

    static Cell change(Count now, Count before) {
        if (before.raw() == 0) {
            return Cell.none();
        }
        if (!now.shown() || !before.shown()) {
            return Cell.hidden();
        }
        BigDecimal pct = BigDecimal.valueOf((now.raw() - before.raw()) * 100)
                .divide(BigDecimal.valueOf(before.raw()), 1, RoundingMode.HALF_UP);
        return Cell.shown((pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%", pct);
    }

    static List<Long> triageDays(List<ReferralFact> facts) {
        return facts.stream().filter(r -> r.triagedOn() != null)
                .map(r -> Math.max(0, ChronoUnit.DAYS.between(r.receivedOn(), r.triagedOn()))).toList();
    }

    String monthLabel(YearMonth m) {
        String label = MONTHS[m.getMonthValue() - 1] + " " + m.getYear();
        boolean part = m.atDay(1).isBefore(from) || m.atEndOfMonth().isAfter(to);
        return part ? label + " (part)" : label;
    }
}
