package org.hearth.strategy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.strategy.Bvpi225Proposal;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyId;
import org.hearth.strategy.StrategyPlans;
import org.junit.jupiter.api.Test;

/** BVPI 225 item 4 proposed from the strategies recorded, both ways (a stand-in for the strategies). */
class StrategyAdoptedEvidenceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4); // in the 2026/27 assessment period

    final List<Strategy> strategies = new ArrayList<>();
    final StrategyPlans plans = (StrategyPlans) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {StrategyPlans.class}, (proxy, method, args) -> {
                if (method.getName().equals("all")) {
                    return List.copyOf(strategies);
                }
                throw new UnsupportedOperationException(method.getName());
            });
    final StrategyAdoptedEvidence evidence = new StrategyAdoptedEvidence(plans);

    static Strategy strategy(LocalDate starts, LocalDate ends, LocalDate adoptedOn) {
        return new Strategy(StrategyId.random(), "Inter-Agency Strategy", starts, ends, adoptedOn,
                adoptedOn == null ? null : "the partnership board", List.of(), List.of(), List.of());
    }

    @Test
    void anAdoptedStrategyCoveringTheYearIsYes() {
        strategies.add(strategy(LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31), LocalDate.of(2025, 3, 12)));
        Bvpi225Proposal p = evidence.propose(TODAY);
        assertThat(p.question()).isEqualTo(4);
        assertThat(p.yes()).isTrue();
        assertThat(p.reasoning()).isEqualTo("Yes: Inter-Agency Strategy (1 April 2025 to 31 March 2027) was adopted by"
                + " the partnership board on 12 March 2025 and covers the assessment period, 1 April 2026 to 31 March 2027.");
        assertThat(p.workings()).containsExactly("Assessment period: 1 April 2026 to 31 March 2027",
                "Inter-Agency Strategy: 1 April 2025 to 31 March 2027, adopted on 12 March 2025 by the partnership board");
    }

    @Test
    void aDraftIsNo() {
        strategies.add(strategy(LocalDate.of(2026, 4, 1), LocalDate.of(2028, 3, 31), null));
        Bvpi225Proposal p = evidence.propose(TODAY);
        assertThat(p.yes()).isFalse();
        assertThat(p.reasoning()).isEqualTo("No: a strategy covering 1 April 2026 to 31 March 2027 is recorded but has"
                + " not been adopted.");
    }

    @Test
    void aStrategyEndingWithinTheYearOrAdoptedLaterIsNo() {
        strategies.add(strategy(LocalDate.of(2024, 4, 1), LocalDate.of(2026, 9, 30), LocalDate.of(2024, 3, 1)));
        strategies.add(strategy(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), TODAY.plusDays(1)));
        Bvpi225Proposal p = evidence.propose(TODAY);
        assertThat(p.yes()).isFalse();
        assertThat(p.reasoning()).startsWith("No: no adopted strategy covers the whole assessment period");
        assertThat(p.workings()).hasSize(3);
        assertThat(evidence.propose(TODAY.plusDays(1)).yes()).as("once its adoption date has come").isTrue();
    }

    @Test
    void noStrategyRecordedIsNoEvidence() {
        Bvpi225Proposal p = evidence.propose(TODAY);
        assertThat(p.hasAnswer()).isFalse();
        assertThat(p.reasoning()).contains("no strategy has been recorded");
        assertThat(StrategyAdoptedEvidence.yearOf(LocalDate.of(2027, 3, 31))[0]).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(StrategyAdoptedEvidence.yearOf(LocalDate.of(2027, 4, 1))[0]).isEqualTo(LocalDate.of(2027, 4, 1));
    }
}
