package org.hearth.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.hearth.insights.Dimension;
import org.hearth.insights.internal.IndicatorQueries.Equality;
import org.hearth.insights.internal.IndicatorQueries.HighRiskFact;
import org.hearth.insights.internal.IndicatorQueries.MaracCase;
import org.hearth.insights.internal.IndicatorQueries.ReferralFact;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.people.Disability;
import org.hearth.people.Ethnicity;
import org.hearth.people.Sex;
import org.hearth.referrals.TriageOutcome;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The equality tables worked out once per distinct value ({@link EqualityTables}) are those worked out fact by fact
 * ({@link PerFactEqualityTables}, the code before 7 Dec 2026): every dimension's categories, indicators and outcomes,
 * suppression included, over facts with every kind of value (codes, unknown codes, blanks, free text in any case and
 * spacing, no area, an area not of the partnership, ages at each band's edges, victims referred and assessed more
 * than once on the same day).
 */
class EqualityTablesTest {

    static final LocalDate FROM = LocalDate.of(2025, 12, 8);
    static final LocalDate TO = LocalDate.of(2026, 12, 7);

    static <T> T any(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    static List<String> codes(Enum<?>[] values, String... more) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(v.name());
        }
        out.add(null);
        out.addAll(java.util.Arrays.asList(more));
        return out;
    }

    static IndicatorWork work(long seed, int referrals, boolean oneArea) {
        Random r = new Random(seed);
        List<Area> areas = List.of(new Area(AreaId.random(), "North", 120_000), new Area(AreaId.random(), "South", null),
                new Area(AreaId.random(), "East", 80_000));
        Map<UUID, String> names = new LinkedHashMap<>();
        areas.forEach(a -> names.put(a.id().value(), a.name()));
        List<UUID> areaIds = new ArrayList<>(names.keySet());
        areaIds.add(null);
        areaIds.add(UUID.randomUUID()); // an area not (or no longer) the partnership's
        List<String> ethnicity = codes(Ethnicity.values(), "", "  ", " WHITE_BRITISH ", "white_british", "MARTIAN");
        List<String> sex = codes(Sex.values(), "", "UNKNOWN_CODE");
        List<String> disability = codes(Disability.values(), " ", "maybe");
        List<String> text = java.util.Arrays.asList(null, "", "English", "english", "  ENGLISH ", "Polish",
                "british  sign language", "Heterosexual", "gay", "Prefer not to say", "x");
        List<Integer> ages = new ArrayList<>(java.util.Arrays.asList(null, 0, 15, 16, 17, 18, 24, 25, 34, 35, 44, 45,
                54, 55, 64, 65, 99));
        List<String> outcomes = codes(TriageOutcome.values());
        List<UUID> victims = new ArrayList<>();
        for (int i = 0; i < referrals / 3; i++) {
            victims.add(UUID.randomUUID());
        }
        java.util.function.Supplier<Equality> equality = () -> new Equality(any(r, ethnicity), any(r, text),
                any(r, sex), any(r, disability), any(r, text), any(r, ages));
        List<ReferralFact> facts = new ArrayList<>();
        for (int i = 0; i < referrals; i++) {
            LocalDate received = FROM.plusDays(r.nextInt(365));
            LocalDate triaged = r.nextInt(4) == 0 ? null : received.plusDays(r.nextInt(12) - 1);
            facts.add(new ReferralFact(any(r, victims), received, any(r, areaIds), UUID.randomUUID(), "Agency",
                    r.nextBoolean(), any(r, outcomes), triaged, r.nextInt(3) == 0, r.nextInt(5) == 0, equality.get()));
        }
        List<HighRiskFact> high = new ArrayList<>();
        List<HighRiskFact> lastYear = new ArrayList<>();
        for (int i = 0; i < referrals / 4; i++) {
            // few days: the same victim assessed twice on one day, under two categories
            high.add(new HighRiskFact(any(r, victims), FROM.plusDays(r.nextInt(3)), any(r, areaIds), equality.get()));
            lastYear.add(new HighRiskFact(any(r, victims), FROM.minusYears(1).plusDays(r.nextInt(300)),
                    any(r, areaIds), equality.get()));
        }
        List<MaracCase> cases = new ArrayList<>();
        for (int i = 0; i < referrals / 10; i++) {
            cases.add(new MaracCase(UUID.randomUUID(), FROM.plusDays(r.nextInt(365)), any(r, areaIds), "Agency",
                    r.nextBoolean(), r.nextInt(3) == 0, equality.get()));
        }
        return new IndicatorWork(FROM, TO, FROM.minusYears(1), TO.minusYears(1), facts, high, lastYear, areas, names,
                200_000, oneArea ? areas.get(1) : null,
                new IndicatorWork.MaracFacts(cases, List.of(), List.of(), 10_000));
    }

    static void sameTables(IndicatorWork w) {
        EqualityTables now = new EqualityTables(w);
        PerFactEqualityTables before = new PerFactEqualityTables(w);
        for (Dimension d : Dimension.values()) {
            assertThat(now.categories(d)).as("%s categories", d).isEqualTo(before.categories(d));
            assertThat(now.split(d)).as("%s indicators", d).isEqualTo(before.split(d));
            assertThat(now.outcomesBy(d)).as("%s outcomes", d).isEqualTo(before.outcomesBy(d));
        }
        // asked out of order too (a dimension's split kept for its outcomes must not answer another's)
        assertThat(now.outcomesBy(Dimension.SEX)).isEqualTo(before.outcomesBy(Dimension.SEX));
        assertThat(now.split(Dimension.AREA)).isEqualTo(before.split(Dimension.AREA));
        assertThat(now.outcomesBy(Dimension.AGE_BAND)).isEqualTo(before.outcomesBy(Dimension.AGE_BAND));
    }

    @RepeatedTest(5)
    void theTablesAreThoseWorkedOutFactByFact(org.junit.jupiter.api.RepetitionInfo run) {
        sameTables(work(run.getCurrentRepetition(), 3_000, false));
    }

    @Test
    void smallNumbersAndOneAreaToo() {
        sameTables(work(42, 40, false));
        sameTables(work(43, 2_000, true));
        sameTables(work(44, 0, false));
    }
}
