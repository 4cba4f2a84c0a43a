package org.hearth.marac.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.hearth.insights.Cell;
import org.hearth.insights.Suppression;
import org.hearth.insights.Suppression.Count;
import org.hearth.marac.MaracReturns;
import org.hearth.marac.ReturnLine;
import org.hearth.people.Disability;
import org.hearth.people.Ethnicity;
import org.hearth.people.GenderIdentity;
import org.hearth.people.Sex;
import org.hearth.people.SexualOrientation;

/**
 * The figures of a SafeLives return from the cases discussed (pure: no store, no clock). Each figure is a test on a
 * case, so the figure and the cases behind it (the coordinator's drill-down) can never disagree.
 */
final class ReturnFigures {

    /** A case discussed, with what the return counts of it. Ages are at the referral to MARAC. */
    record Case(UUID id, String reference, UUID meeting, java.time.LocalDate meetsOn, UUID victim, String victimName,
            UUID agency, String agencyName, boolean police, boolean repeat, String ethnicity, String disability,
            String sex, String orientation, String genderIdentity, Integer age, int children,
            boolean youngPerpetrator) {

        boolean raciallyMinoritised() {
            return ethnicity != null && Ethnicity.valueOf(ethnicity).raciallyMinoritised();
        }

        boolean lgbt() {
            return SexualOrientation.valueOf(orientation).lgbt() || GenderIdentity.valueOf(genderIdentity).trans();
        }

        boolean disabled() {
            return Disability.YES.name().equals(disability);
        }

        boolean male() {
            return Sex.MALE.name().equals(sex);
        }

        boolean aged16to17() {
            return age != null && age >= 16 && age <= 17;
        }
    }

    static final String YEAR = "year";

    private ReturnFigures() {
    }

    /** The test behind a figure's key; empty for a key the return does not have. */
    static Optional<Predicate<Case>> test(String key) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.startsWith("agency:")) {
            try {
                UUID agency = UUID.fromString(key.substring("agency:".length()));
                return Optional.of(c -> c.agency().equals(agency));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(switch (key) {
            case "cases" -> c -> true;
            case "repeats" -> Case::repeat;
            case "partner" -> c -> !c.police();
            case "children" -> c -> c.children() > 0;
            case "minoritised" -> Case::raciallyMinoritised;
            case "lgbt" -> Case::lgbt;
            case "disabled" -> Case::disabled;
            case "male" -> Case::male;
            case "aged-16-17" -> Case::aged16to17;
            case "young-perpetrator" -> Case::youngPerpetrator;
            default -> null;
        });
    }

    /**
     * The lines of the return.
     *
     * @param cases the cases discussed in the period (or at the meeting)
     * @param yearCases the cases discussed by the MARAC in the 12 months to the period's end
     * @param women women aged 16+ in the MARAC's areas, null when not known
     * @param suppress through insights' small-number suppression (everyone but coordinators)
     */
    static List<ReturnLine> lines(List<Case> cases, long meetings, long yearCases, Integer women, String yearLabel,
            boolean suppress) {
        List<ReturnLine> lines = new ArrayList<>();
        long n = cases.size();
        Count all = count(n, suppress);
        lines.add(new ReturnLine(null, "Meetings held", Cell.shown(String.valueOf(meetings), meetings), Cell.none(),
                "Meetings whose agenda was published and whose day has come"));
        lines.add(new ReturnLine("cases", "Cases discussed (repeats included)", all.cell(), Cell.none(),
                "Each case on the agenda of a meeting held; a victim discussed at two meetings counts twice"));
        Count repeats = count(cases.stream().filter(Case::repeat).count(), suppress);
        lines.add(new ReturnLine("repeats", "Repeat cases", repeats.cell(), Suppression.percent(repeats, all),
                "Any instance of abuse between the same victim and perpetrator within 12 months of the last referral "
                        + "to MARAC. National: " + MaracReturns.NATIONAL_REPEAT_RATE + "% (12 months to September 2024)"));

        // by referring agency: the agencies' counts add up to the cases discussed
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, Long> byAgency = new LinkedHashMap<>();
        Map<UUID, Boolean> police = new LinkedHashMap<>();
        cases.stream().sorted(Comparator.comparing(Case::agencyName, String.CASE_INSENSITIVE_ORDER)).forEach(c -> {
            names.put(c.agency(), c.agencyName());
            police.put(c.agency(), c.police());
            byAgency.merge(c.agency(), 1L, Long::sum);
        });
        List<UUID> agencies = new ArrayList<>(names.keySet());
        agencies.sort(Comparator.comparing((UUID a) -> -byAgency.get(a)).thenComparing(a -> names.get(a),
                String.CASE_INSENSITIVE_ORDER));
        long[] agencyCounts = agencies.stream().mapToLong(byAgency::get).toArray();
        List<Count> agencyCells = suppress ? Suppression.group(agencyCounts) : shown(agencyCounts);
        for (int i = 0; i < agencies.size(); i++) {
            UUID a = agencies.get(i);
            lines.add(new ReturnLine("agency:" + a, "Referred by " + names.get(a), agencyCells.get(i).cell(),
                    Suppression.percent(agencyCells.get(i), all), police.get(a) ? "Police" : "Partner agency"));
        }
        long partnerCount = cases.stream().filter(c -> !c.police()).count();
        List<Count> split = suppress ? Suppression.group(n - partnerCount, partnerCount)
                : shown(new long[] {n - partnerCount, partnerCount});
        lines.add(new ReturnLine("partner", "Referred by partner agencies other than the police", split.get(1).cell(),
                Suppression.percent(split.get(1), all), "National: 36.1% (12 months to September 2024)"));

        int children = cases.stream().mapToInt(Case::children).sum();
        lines.add(new ReturnLine("children", "Children in the households", count(children, suppress).cell(),
                Cell.none(), "Children under 18 named on the referral, or the victim's children or household "
                        + "members under 18 in the records, counted for each case"));
        lines.add(share(cases, "minoritised", "Victims who are Black, Asian or racially minoritised",
                Case::raciallyMinoritised, all, suppress, "Every ethnic group but White British, White Irish and "
                        + "any other White background. National: 14.1%"));
        lines.add(share(cases, "lgbt", "Victims who are LGBT+", Case::lgbt, all, suppress,
                "Gay, lesbian, bisexual or another sexual orientation, or a gender identity other than the sex "
                        + "registered at birth (coded). National: 1.6%"));
        lines.add(share(cases, "disabled", "Victims with a disability", Case::disabled, all, suppress,
                "National: 10.1%"));
        lines.add(share(cases, "male", "Male victims", Case::male, all, suppress, "National: 6.4%"));
        lines.add(share(cases, "aged-16-17", "Victims aged 16 or 17", Case::aged16to17, all, suppress,
                "Age when referred to MARAC. National: 1.3%"));
        lines.add(share(cases, "young-perpetrator", "Cases with a perpetrator aged 17 or under",
                Case::youngPerpetrator, all, suppress, "Age when the victim was referred to MARAC"));

        Count year = count(yearCases, suppress);
        lines.add(new ReturnLine(YEAR, "Cases discussed in the 12 months to " + yearLabel, year.cell(),
                Cell.none(), "The year the volume below is worked out over"));
        lines.add(new ReturnLine(null, "Women aged 16 and over in the MARAC's areas",
                women == null ? Cell.none() : Cell.shown(String.format(Locale.UK, "%,d", women), women), Cell.none(),
                women == null ? "Not set for every area: an administrator sets it under MARAC, women aged 16+" : ""));
        Cell rate = women == null ? Cell.none() : suppress ? Suppression.rate(year, women, 10_000)
                : rate(yearCases, women);
        lines.add(new ReturnLine(null, "Cases per 10,000 women aged 16 and over (12 months)", rate, Cell.none(),
                "SafeLives recommends " + MaracReturns.RECOMMENDED_PER_10000 + " a year. National: 47"
                        + (rate.isShown() ? (((BigDecimal) rate.value()).compareTo(
                                BigDecimal.valueOf(MaracReturns.RECOMMENDED_PER_10000)) < 0
                                        ? "; below the recommended volume" : "; at or above the recommended volume")
                                : "")));
        return lines;
    }

    private static ReturnLine share(List<Case> cases, String key, String label, Predicate<Case> test, Count all,
            boolean suppress, String note) {
        Count c = count(cases.stream().filter(test).count(), suppress);
        return new ReturnLine(key, label, c.cell(), Suppression.percent(c, all), note);
    }

    private static Count count(long n, boolean suppress) {
        return suppress ? Suppression.single(n) : new Count(n, Cell.Status.SHOWN);
    }

    private static List<Count> shown(long[] counts) {
        List<Count> out = new ArrayList<>();
        for (long c : counts) {
            out.add(new Count(c, Cell.Status.SHOWN));
        }
        return out;
    }

    private static Cell rate(long count, int women) {
        BigDecimal r = BigDecimal.valueOf(count * 10_000L).divide(BigDecimal.valueOf(women), 1, RoundingMode.HALF_UP);
        return Cell.shown(r.toPlainString(), r);
    }
}
