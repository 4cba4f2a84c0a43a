package org.hearth.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where an application is, in the team's list: closed, decided, its furthest stage, or just received. */
class DisclosureAssemblerTest {

    @Test
    void theListSaysClosedThenDecidedThenTheFurthestStage() {
        assertThat(DisclosureAssembler.stageWords("CHECKS", "DISCLOSE", true)).isEqualTo("Closed");
        assertThat(DisclosureAssembler.stageWords("CHECKS", "DISCLOSE", false)).isEqualTo("Decided: disclose");
        assertThat(DisclosureAssembler.stageWords("CHECKS", "NO_DISCLOSURE", false))
                .isEqualTo("Decided: no disclosure");
        assertThat(DisclosureAssembler.stageWords("CHECKS", null, false)).isEqualTo("Checks with agencies completed");
        assertThat(DisclosureAssembler.stageWords(null, null, false)).isEqualTo("Received");
    }
}
