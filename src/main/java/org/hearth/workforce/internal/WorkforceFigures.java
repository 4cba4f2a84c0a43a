package org.hearth.workforce.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hearth.insights.Headline;
import org.hearth.insights.Section;
import org.hearth.insights.SectionIndicators;
import org.hearth.insights.Suppression;
import org.hearth.insights.Suppression.Count;
import org.hearth.insights.Table;
import org.hearth.partnership.Agency;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.hearth.workforce.Ambassador;
import org.hearth.workforce.Ambassadors;
import org.hearth.workforce.HolderKind;
import org.hearth.workforce.QualityMark;
import org.hearth.workforce.QualityMarkHolding;
import org.springframework.stereotype.Component;

/**
 * The workforce's figures on the insights dashboard and in every board report (section
 * {@link Section#WORKFORCE}), as at the last day of the period: Quality Mark coverage (agencies and schools holding
 * it, by level, and awards expiring within {@link QualityMark#RENEWAL_MONTHS} months) and DV ambassadors per
 * agency (active, refresher overdue, colleagues supported). In one area: the agencies and schools of that area
 * (partnership-wide agencies only in the whole partnership's figures). Every count goes through
 * {@link Suppression}: a table's rows that add up to a headline are one group, so no small count can be worked out.
 */
@Component
class WorkforceFigures extends SectionIndicators {

    private final QualityMark qualityMark;
    private final Ambassadors ambassadors;
    private final Partnerships partnerships;

    WorkforceFigures(QualityMark qualityMark, Ambassadors ambassadors, Partnerships partnerships) {
        super(Section.WORKFORCE);
        this.qualityMark = qualityMark;
        this.ambassadors = ambassadors;
        this.partnerships = partnerships;
    }

    @Override
    public Figures figures(LocalDate from, LocalDate to, UUID areaId) {
        String asAt = Dates.DAY.format(to);
        List<QualityMarkHolding> holding = qualityMark.latestAwards().stream().filter(h -> h.holdsOn(to))
                .filter(h -> areaId == null || areaId.equals(h.holder().areaId())).toList();
        long[][] levels = new long[2][2];
        long[] expiring = new long[2];
        for (QualityMarkHolding h : holding) {
            int row = h.holder().kind() == HolderKind.AGENCY ? 0 : 1;
            levels[row][h.level() - 1]++;
            if (!h.expiresOn().isAfter(to.plusMonths(QualityMark.RENEWAL_MONTHS))) {
                expiring[row]++;
            }
        }
        List<List<Count>> byLevel = Suppression.table(levels, true);
        List<Count> expiringCounts = Suppression.group(expiring);
        Count agencies = Suppression.single(levels[0][0] + levels[0][1]);
        Count schools = Suppression.single(levels[1][0] + levels[1][1]);
        Count expiringAll = Suppression.single(expiring[0] + expiring[1]);

        Map<UUID, Agency> agencyById = new java.util.HashMap<>();
        partnerships.agencies().forEach(a -> agencyById.put(a.id().value(), a));
        Map<String, long[]> byAgency = new TreeMap<>();
        for (Ambassador a : ambassadors.all()) {
            List<LocalDate> trainedBy = a.trainedOn().stream().filter(d -> !d.isAfter(to)).toList();
            if (trainedBy.isEmpty() || a.leftOn() != null && !a.leftOn().isAfter(to)) {
                continue;
            }
            Agency agency = agencyById.get(a.agency().value());
            if (agency == null || areaId != null && (agency.area() == null || !areaId.equals(agency.area().value()))) {
                continue;
            }
            long[] row = byAgency.computeIfAbsent(agency.name(), k -> new long[3]);
            row[0]++;
            if (trainedBy.get(trainedBy.size() - 1).plusMonths(Ambassador.REFRESHER_MONTHS).isBefore(to)) {
                row[1]++;
            }
            row[2] += a.colleaguesSupported();
        }
        long[][] ambassadorCounts = byAgency.values().toArray(long[][]::new);
        long active = byAgency.values().stream().mapToLong(r -> r[0]).sum();
        long overdue = byAgency.values().stream().mapToLong(r -> r[1]).sum();
        long reach = byAgency.values().stream().mapToLong(r -> r[2]).sum();
        Count activeCount = Suppression.single(active);

        List<Headline> headlines = new ArrayList<>();
        headlines.add(headline("quality-mark-agencies", "Agencies holding the Quality Mark",
                agencies.cell(), "Level 1 or 2, on " + asAt));
        headlines.add(headline("quality-mark-schools", "Schools holding the Quality Mark",
                schools.cell(), "Level 1 or 2, on " + asAt));
        headlines.add(headline("quality-mark-expiring", "Quality Marks due for renewal",
                expiringAll.cell(), "Held on " + asAt + " and expiring within " + QualityMark.RENEWAL_MONTHS + " months"));
        headlines.add(headline("ambassadors", "DV ambassadors", activeCount.cell(),
                "Trained and not stepped down, on " + asAt));
        headlines.add(headline("ambassadors-refresher-overdue", "DV ambassadors with a refresher overdue",
                Suppression.single(overdue).cell(), "Last trained over " + Ambassador.REFRESHER_MONTHS
                        + " months before " + asAt));
        headlines.add(headline("ambassador-reach", "Colleagues supported by DV ambassadors",
                Suppression.single(reach).cell(), "As recorded for the ambassadors active on " + asAt));

        List<Table> tables = new ArrayList<>();
        tables.add(table("quality-mark-coverage", "Quality Mark holders by level",
                "Agencies and schools holding the Quality Mark on " + asAt + ", by the level awarded, and those "
                        + "expiring within " + QualityMark.RENEWAL_MONTHS + " months.",
                "Holder", List.of("Level 1", "Level 2", "Expiring within " + QualityMark.RENEWAL_MONTHS + " months"),
                List.of(new Table.Row("Agencies", List.of(byLevel.get(0).get(0).cell(), byLevel.get(0).get(1).cell(),
                        expiringCounts.get(0).cell())),
                        new Table.Row("Schools", List.of(byLevel.get(1).get(0).cell(), byLevel.get(1).get(1).cell(),
                                expiringCounts.get(1).cell()))),
                Table.ChartKind.BAR, List.of(0, 1)));
        List<Table.Row> rows = Suppression.rows(List.copyOf(byAgency.keySet()), ambassadorCounts, false);
        tables.add(table("ambassadors-by-agency", "DV ambassadors by agency",
                "Ambassadors active on " + asAt + " in each agency, those whose yearly refresher is overdue, and the "
                        + "colleagues they have supported.",
                "Agency", List.of("Ambassadors", "Refresher overdue", "Colleagues supported"), rows,
                Table.ChartKind.BAR, List.of(0)));
        return new Figures(headlines, tables);
    }
}
