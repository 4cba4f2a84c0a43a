package org.hearth.housing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A home's address on one line, as the named people and a contractor's job sheet show it. */
class HousingAssemblerTest {

    @Test
    void anAddressIsOneLineWithoutTheEmptyParts() {
        assertThat(HousingAssembler.oneLine("1 Test Road", null, "Leeds", "LS1 4AP"))
                .isEqualTo("1 Test Road, Leeds, LS1 4AP");
        assertThat(HousingAssembler.oneLine("Flat 2", " ", "Leeds", "LS1 4AP")).isEqualTo("Flat 2, Leeds, LS1 4AP");
        assertThat(HousingAssembler.oneLine(null, null, null, null)).isEmpty();
    }
}
