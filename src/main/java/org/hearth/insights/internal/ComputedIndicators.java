package org.hearth.insights.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hearth.insights.Headline;
import org.hearth.insights.IndicatorReport;
import org.hearth.insights.IndicatorSource;
import org.hearth.insights.Table;
import org.hearth.insights.Indicators;
import org.hearth.insights.internal.IndicatorQueries.HighRiskFact;
import org.hearth.insights.internal.IndicatorQueries.ReferralFact;
import org.hearth.partnership.Area;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.hearth.strategy.Bvpi225Assessment;
import org.hearth.strategy.Bvpi225Assessments;
import org.hearth.strategy.StrategyOverview;
import org.hearth.strategy.StrategyStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the indicators from {@link IndicatorQueries}' rows, then suppresses every figure. Definitions:
 * <ul>
 * <li>a <b>police incident</b> is a referral from an agency of the police sector (by any door); a <b>partner-agency
 * referral</b> is one from any other agency;</li>
 * <li>a <b>repeat victim</b> is a victim referred in the period who had another referral in the 12 months before a
 * referral of theirs in the period;</li>
 * <li><b>high-risk victims identified</b>: distinct victims with a risk assessment graded high in the period;</li>
 * <li><b>MARAC</b>: cases discussed at MARAC meetings held in the period (the MARAC module's view
 * {@code marac_case_discussed}, repeats included), by the day of the meeting; a repeat is as the referral to MARAC
 * records it (SafeLives: the same victim and perpetrator within 12 months of the last referral); cases per 10,000
 * women aged 16+ are annualised over the period; research on time is research returned by its due day;</li>
 * <li><b>time to triage decision</b> and <b>triage outcomes</b> are the front door's; the case-holding services' time to
 * first contact, engagement and outcomes at exit are casework's own section ({@code Section.CASEWORK}).</li>
 * </ul>
 * Insights' own figures are computed once and reused until the read models change. The whole report, with the
 * modules' figures ({@link IndicatorSource}), is answered for {@code hearth.insights.max-staleness} after it was put
 * together (60 s by default; 0 puts every report together before answering); after a change of the read models, one
 * background thread puts together its successor meanwhile, so a busy front door never makes a dashboard wait for a
 * recomputation (seconds over a large area's ten years).
 */
@Service
@Transactional(readOnly = true)
class ComputedIndicators implements Indicators, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ComputedIndicators.class);
    static final String NOT_DECIDED = "Not yet decided";
    static final List<String> TRIAGE_BANDS = List.of("Same day", "1 day", "2 to 3 days", "4 to 7 days",
            "More than 7 days");
    static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    static final DateTimeFormatter DATE = Dates.DAY;

    private final IndicatorQueries queries;
    private final Rollups rollups;
    private final Partnerships partnerships;
    /**
     * Reports computed from the read models, by period, area and the areas' names and populations, with the read
     * models' version they were computed at: a report is reused until the read models change (most requests ask for
     * the same default period). At most {@link #CACHED} reports are kept, least recently used dropped first.
     */
    private final Map<Key, Cached> reports = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, Cached> eldest) {
                    return size() > CACHED;
                }
            });
    static final int CACHED = 32;
    private final Object[] computing = new Object[16];

    {
        for (int i = 0; i < computing.length; i++) {
            computing[i] = new Object();
        }
    }

    /** The MARAC facts are read on every request (a few rows) and are part of the key: a report never outlives them. */
    private record Key(LocalDate from, LocalDate to, UUID area, List<Area> areas, Integer population,
            IndicatorWork.MaracFacts marac) {
    }

    private record Cached(long version, IndicatorReport report) {
    }

    /**
     * A whole report (insights' own figures and the modules'), the read models' version its own figures were computed
     * at, and when it was put together.
     */
    private record Whole(long version, IndicatorReport report, Instant at) {
    }

    private record Period(LocalDate from, LocalDate to, UUID area) {
    }

    /**
     * Whole reports by period and area, each answered for at most the staleness bound after it was put together; once
     * the read models have changed, the first request in that time has the refresher put together its successor.
     */
    private final Map<Period, Whole> wholes = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Period, Whole> eldest) {
                    return size() > CACHED;
                }
            });
    private final Duration maxStaleness;
    private final Clock clock;
    /** Periods whose report the refresher is putting together (one at a time, so it never takes both cores). */
    private final Set<Period> refreshing = ConcurrentHashMap.newKeySet();
    /** Reports being put together for a request now, by period: one computation however many ask. */
    private final Map<Period, CompletableFuture<IndicatorReport>> assembling = new ConcurrentHashMap<>();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "insights-refresh");
        t.setDaemon(true);
        return t;
    });
    private final Bvpi225Assessments bvpi225;
    private final ObjectProvider<StrategyStatus> strategyStatus;
    private final List<IndicatorSource> sources;

    @Autowired
    ComputedIndicators(IndicatorQueries queries, Rollups rollups, Partnerships partnerships,
            Bvpi225Assessments bvpi225, ObjectProvider<StrategyStatus> strategyStatus, List<IndicatorSource> sources,
            @Value("${hearth.insights.max-staleness:60s}") Duration maxStaleness) {
        this(queries, rollups, partnerships, bvpi225, strategyStatus, sources, maxStaleness, Clock.systemUTC());
    }

    ComputedIndicators(IndicatorQueries queries, Rollups rollups, Partnerships partnerships,
            Bvpi225Assessments bvpi225, ObjectProvider<StrategyStatus> strategyStatus, List<IndicatorSource> sources,
            Duration maxStaleness, Clock clock) {
        if (maxStaleness.isNegative()) {
            throw new IllegalArgumentException("hearth.insights.max-staleness cannot be negative");
        }
        this.maxStaleness = maxStaleness;
        this.clock = clock;
        this.sources = List.copyOf(sources);
        this.queries = queries;
        this.rollups = rollups;
        this.partnerships = partnerships;
        this.bvpi225 = bvpi225;
        this.strategyStatus = strategyStatus;
    }

    @Override
    public Optional<Bvpi225Assessment> bvpi225(LocalDate from, LocalDate to) {
        List<Bvpi225Assessment> periods = bvpi225.periods();
        Optional<Bvpi225Assessment> covering = periods.stream()
                .filter(a -> !a.startsOn().isAfter(to) && !a.endsOn().isBefore(to)).findFirst();
        return covering.or(() -> periods.stream().filter(a -> !a.startsOn().isAfter(to) && !a.endsOn().isBefore(from))
                .max(Comparator.comparing(Bvpi225Assessment::endsOn)));
    }

    @Override
    public Optional<StrategyOverview> strategy(LocalDate on) {
        StrategyStatus status = strategyStatus.getIfAvailable();
        return status == null ? Optional.empty() : status.current(on);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public IndicatorReport report(LocalDate from, LocalDate to, UUID areaId) {
        Period period = new Period(from, to, areaId);
        Whole whole = wholes.get(period);
        if (whole != null && whole.at().plus(maxStaleness).isAfter(clock.instant())) {
            if (whole.version() != rollups.version() && refreshing.add(period)) {
                refresher.execute(() -> {
                    try {
                        assemble(period);
                    } catch (RuntimeException e) {
                        log.warn("Insights report not refreshed: {}", e.toString());
                    } finally {
                        refreshing.remove(period);
                    }
                });
            }
            return whole.report();
        }
        return assembleOnce(period);
    }

    /**
     * {@link #assemble}, once for everyone asking for the same period at the same time: the others wait for that
     * report instead of each computing it again (under saturation every dashboard request past the bound computed it
     * at once, each taking both cores' share: p95 24 s).
     */
    private IndicatorReport assembleOnce(Period period) {
        CompletableFuture<IndicatorReport> mine = new CompletableFuture<>();
        CompletableFuture<IndicatorReport> running = assembling.putIfAbsent(period, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            IndicatorReport report = assemble(period);
            mine.complete(report);
            return report;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            assembling.remove(period, mine);
        }
    }

    /** Insights' own figures (cached until the read models change) with the modules' figures, kept as a whole. */
    private IndicatorReport assemble(Period period) {
        Instant at = clock.instant();
        Cached own = computed(period.from(), period.to(), period.area());
        List<Headline> headlines = new ArrayList<>(own.report().headlines());
        List<Table> tables = new ArrayList<>(own.report().tables());
        for (IndicatorSource source : sources) {
            IndicatorSource.Figures figures = source.figures(period.from(), period.to(), period.area());
            headlines.addAll(figures.headlines());
            tables.addAll(figures.tables());
        }
        IndicatorReport report = new IndicatorReport(period.from(), period.to(), period.area(),
                own.report().areaName(), own.report().population(), headlines, tables);
        wholes.put(period, new Whole(own.version(), report, at));
        return report;
    }

    /** The figures insights computes from its read models, cached until they change. */
    private Cached computed(LocalDate from, LocalDate to, UUID areaId) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("The period must start on or before its end");
        }
        if (ChronoUnit.YEARS.between(from, to) >= 10) {
            throw new IllegalArgumentException("The period can be at most 10 years");
        }
        List<Area> areas = partnerships.areas().stream().sorted(Comparator.comparing(a -> a.name().toLowerCase(Locale.UK)))
                .toList();
        Area area = areaId == null ? null : areas.stream().filter(a -> a.id().value().equals(areaId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such area"));
        Integer population = area != null ? area.population()
                : partnerships.current().map(p -> p.population()).orElse(null);
        Map<UUID, String> areaNames = new HashMap<>();
        areas.forEach(a -> areaNames.put(a.id().value(), a.name()));
        IndicatorWork.MaracFacts marac = new IndicatorWork.MaracFacts(queries.maracCases(from, to, areaId),
                queries.research(from, to, areaId), queries.actions(from, to, areaId), queries.women(areaId));
        Key key = new Key(from, to, areaId, areas, population, marac);
        Cached cached = reports.get(key);
        if (cached != null && cached.version() == rollups.version()) {
            return cached;
        }
        return computeOnce(key, area, areaNames);
    }

    /**
     * One computation at a time per report: requests arriving meanwhile wait for it (holding no connection: this runs
     * outside a transaction) rather than each scanning the same facts.
     */
    private Cached computeOnce(Key key, Area area, Map<UUID, String> areaNames) {
        synchronized (computing[Math.floorMod(key.hashCode(), computing.length)]) {
            long version = rollups.version(); // read before the facts: a later change makes the report recomputed
            Cached cached = reports.get(key);
            if (cached != null && cached.version() == version) {
                return cached;
            }
            IndicatorReport report = compute(key.from(), key.to(), key.area(), key.areas(), area, areaNames,
                    key.population(), key.marac());
            Cached fresh = new Cached(version, report);
            reports.put(key, fresh);
            return fresh;
        }
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }

    private IndicatorReport compute(LocalDate from, LocalDate to, UUID areaId, List<Area> areas, Area area,
            Map<UUID, String> areaNames, Integer population, IndicatorWork.MaracFacts marac) {
        List<ReferralFact> referrals = queries.referrals(from, to, areaId);
        List<HighRiskFact> highRisk = queries.highRisk(from, to, areaId);
        LocalDate lastFrom = from.minusYears(1);
        LocalDate lastTo = to.minusYears(1);
        List<HighRiskFact> highRiskLastYear = queries.highRisk(lastFrom, lastTo, areaId);

        IndicatorTables work = new IndicatorTables(from, to, lastFrom, lastTo, referrals, highRisk, highRiskLastYear, areas, areaNames,
                population, area, marac);
        return new IndicatorReport(from, to, areaId, area == null ? null : area.name(), population, work.headlines(),
                work.tables());
    }
}
