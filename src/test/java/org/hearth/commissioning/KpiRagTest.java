package org.hearth.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.strategy.Rag;
import org.junit.jupiter.api.Test;

/** A KPI's red, amber and green are the board's: the same words and the same GOV.UK tag colour as a strategy's. */
class KpiRagTest {

    @Test
    void amberIsOneColourEverywhere() {
        for (Rag rag : Rag.values()) {
            KpiRag kpi = KpiRag.valueOf(rag.name());
            assertThat(kpi.colour()).as(rag.name()).isEqualTo(rag.colour());
            assertThat(kpi.label()).isEqualTo(rag.label());
        }
        assertThat(KpiRag.AMBER.colour()).as("GOV.UK Frontend has no amber tag: its orange").isEqualTo("orange");
        assertThat(KpiRag.NONE.colour()).isEqualTo("grey");
        assertThat(KpiRag.NONE.label()).isEqualTo("No figure");
    }
}
