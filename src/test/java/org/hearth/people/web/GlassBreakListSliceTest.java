package org.hearth.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.support.WebSlices.staff;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.people.GlassBreak;
import org.hearth.people.People;
import org.hearth.people.PersonId;
import org.hearth.support.HearthWebSlice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The break-glass list says once that nothing waits: a paragraph instead of the table (GOV.UK), where it used to
 * say it twice, in the caption and in an empty row. With openings it is the table under its counting caption.
 */
@HearthWebSlice
class GlassBreakListSliceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;

    @Test
    void nothingToReviewIsOneParagraphAndNoTable() throws Exception {
        when(people.countGlassBreaks(anyBoolean())).thenReturn(0L);
        when(people.glassBreaks(anyBoolean(), anyInt(), anyInt())).thenReturn(List.of());
        Document page = page("/break-glass", Role.INFORMATION_GOVERNANCE);
        assertThat(page.select("#no-breaks").text()).isEqualTo("No openings waiting for review.");
        assertThat(page.select("#breaks, table")).isEmpty();
        assertThat(page.select("main").text()).doesNotContain("Nothing to review")
                .containsOnlyOnce("No openings");
        assertThat(page("/break-glass?all=true", Role.HUB_COORDINATOR).select("#no-breaks").text())
                .isEqualTo("No openings.");
    }

    @Test
    void openingsAreTheTableUnderItsCaption() throws Exception {
        GlassBreak opening = new GlassBreak(7, new PersonId(UUID.randomUUID()), "Ada Example", "Slice User",
                "Northfield Police", "Child disclosed at school", Instant.parse("2026-12-01T10:00:00Z"),
                Instant.parse("2026-12-02T10:00:00Z"), null, null);
        when(people.countGlassBreaks(anyBoolean())).thenReturn(1L);
        when(people.glassBreaks(anyBoolean(), anyInt(), anyInt())).thenReturn(List.of(opening));
        Document page = page("/break-glass", Role.HUB_COORDINATOR);
        assertThat(page.select("#no-breaks")).isEmpty();
        assertThat(page.select("#breaks caption").text()).isEqualTo("Openings 1 to 1 of 1 waiting for review");
        assertThat(page.select("#breaks tbody tr")).hasSize(1);
    }

    @Test
    void onlyReviewersSeeTheList() throws Exception {
        mvc.perform(get("/break-glass").with(user(staff(Role.PRACTITIONER)))).andExpect(status().isForbidden());
    }

    private Document page(String path, Role role) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(staff(role)))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
