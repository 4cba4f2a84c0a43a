package org.hearth.casework.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hearth.casework.CaseService;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseServices;
import org.hearth.casework.CaseworkInsights;
import org.hearth.casework.ServiceFigures;
import org.hearth.commissioning.KpiSource;
import org.hearth.partnership.AgencyId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Contract KPIs computed from casework for a provider agency's case-holding services (commissioning's
 * {@link KpiSource}): cases taken on, first contact within target, caseload per full-time worker. Aggregates only.
 */
@Configuration(proxyBeanMethods = false)
class CaseworkKpis {

    @Bean
    KpiSource casesTakenOn(CaseServices services, CaseworkInsights insights) {
        return new Source("CASES_TAKEN_ON", "Cases taken on", "cases", services, insights, figures ->
                Optional.of(BigDecimal.valueOf(figures.stream().mapToLong(ServiceFigures::referred).sum())));
    }

    @Bean
    KpiSource firstContactInTarget(CaseServices services, CaseworkInsights insights) {
        return new Source("FIRST_CONTACT_IN_TARGET", "First contact within target", "%", services, insights, figures -> {
            long inTarget = figures.stream().mapToLong(ServiceFigures::contactedInTarget).sum();
            long all = figures.stream().mapToLong(f -> f.contactedInTarget() + f.contactedLate() + f.notContacted()).sum();
            return all == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(inTarget * 100)
                    .divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP));
        });
    }

    @Bean
    KpiSource caseloadPerFte(CaseServices services, CaseworkInsights insights) {
        return new Source("CASELOAD_PER_FTE", "Open cases per full-time worker", "cases per FTE", services, insights,
                figures -> {
                    BigDecimal fte = figures.stream().map(ServiceFigures::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
                    long open = figures.stream().mapToLong(ServiceFigures::open).sum();
                    return fte.signum() == 0 ? Optional.empty()
                            : Optional.of(BigDecimal.valueOf(open).divide(fte, 1, RoundingMode.HALF_UP));
                });
    }

    record Source(String measure, String label, String unit, CaseServices services, CaseworkInsights insights,
            Function<List<ServiceFigures>, Optional<BigDecimal>> compute) implements KpiSource {

        @Override
        public Optional<BigDecimal> value(AgencyId provider, LocalDate from, LocalDate to) {
            Set<CaseServiceId> own = services.all().stream().filter(s -> s.agency().equals(provider))
                    .map(CaseService::id).collect(Collectors.toSet());
            if (own.isEmpty()) {
                return Optional.empty();
            }
            List<ServiceFigures> figures = insights.figures(from, to).stream().filter(f -> own.contains(f.service()))
                    .toList();
            return compute.apply(figures);
        }
    }

}
