package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hearth.platform.UiShell.NavLink;
import org.junit.jupiter.api.Test;

/** A section's second row marks one page as current, never two (a page that contradicts itself). */
class SectionMenuCurrentTest {

    @Test
    void theLongerOfTwoMatchingPathsIsTheCurrentPage() {
        List<NavLink> links = UiShell.onlyNearest(List.of(new NavLink("My cases", "/casework/my-cases", true),
                new NavLink("Casework services", "/casework", true), new NavLink("Other", "/other", false)));
        assertThat(links).filteredOn(NavLink::current).extracting(NavLink::label).containsExactly("My cases");
        assertThat(UiShell.onlyNearest(List.of(new NavLink("Casework services", "/casework", true))))
                .extracting(NavLink::current).containsExactly(true);
        assertThat(UiShell.onlyNearest(List.of(new NavLink("A", "/a", false)))).extracting(NavLink::current)
                .containsExactly(false);
    }
}
