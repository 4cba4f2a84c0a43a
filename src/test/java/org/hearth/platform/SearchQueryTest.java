package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hearth.platform.SearchQuery.Kind;
import org.junit.jupiter.api.Test;

/** What the search box makes of what was typed. */
class SearchQueryTest {

    @Test
    void eachKindOfQueryIsRecognised() {
        assertThat(SearchQuery.parse("  Fern   Example ").orElseThrow())
                .isEqualTo(new SearchQuery("Fern Example", Kind.NAME, "Fern Example", null));
        assertThat(SearchQuery.parse("Fern Example 12/4/1990").orElseThrow())
                .isEqualTo(new SearchQuery("Fern Example 12/4/1990", Kind.NAME, "Fern Example", LocalDate.of(1990, 4, 12)));
        assertThat(SearchQuery.parse("14 March 1988").orElseThrow().date()).isEqualTo(LocalDate.of(1988, 3, 14));
        assertThat(SearchQuery.parse("14 March 1988").orElseThrow().kind()).isEqualTo(Kind.DATE);
        assertThat(SearchQuery.parse("1988-03-14").orElseThrow().kind()).isEqualTo(Kind.DATE);
        assertThat(SearchQuery.parse("nf12ab").orElseThrow()).isEqualTo(new SearchQuery("NF1 2AB", Kind.POSTCODE, null, null));
        assertThat(SearchQuery.parse("r2026-000042").orElseThrow())
                .isEqualTo(new SearchQuery("R2026-000042", Kind.REFERRAL_REFERENCE, null, null));
        assertThat(SearchQuery.parse("NP/2026/000123").orElseThrow().kind()).isEqualTo(Kind.POLICE_REFERENCE);
        assertThat(SearchQuery.parse("7D0C2A58-2B1E-4C8E-9F57-0A3A1C1E9B10").orElseThrow().id())
                .hasToString("7d0c2a58-2b1e-4c8e-9f57-0a3a1c1e9b10");
    }

    @Test
    void nothingTypedIsNoQueryAndNotARealDateIsAName() {
        assertThat(SearchQuery.parse(null)).isEmpty();
        assertThat(SearchQuery.parse("   ")).isEmpty();
        assertThat(SearchQuery.parse("31/2/1990").orElseThrow().kind()).as("no such day").isEqualTo(Kind.POLICE_REFERENCE);
        assertThat(SearchQuery.parse("Ann 31/2/1990").orElseThrow())
                .isEqualTo(new SearchQuery("Ann 31/2/1990", Kind.NAME, "Ann 31/2/1990", null));
        assertThat(SearchQuery.parse("x".repeat(500)).orElseThrow().text()).hasSize(SearchQuery.MAX_LENGTH);
    }
}
