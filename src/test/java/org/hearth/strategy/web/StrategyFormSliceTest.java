package org.hearth.strategy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.support.WebSlices.errorSummary;
import static org.hearth.support.WebSlices.fieldError;
import static org.hearth.support.WebSlices.refused;
import static org.hearth.support.WebSlices.staff;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.platform.InvalidInputException;
import org.hearth.strategy.ObjectiveId;
import org.hearth.strategy.ObjectiveStatus;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyId;
import org.hearth.strategy.StrategyPlans;
import org.hearth.strategy.Theme;
import org.hearth.strategy.ThemeId;
import org.hearth.support.HearthWebSlice;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Adding an objective to a strategy without a database: binding, field errors, the redirect, the role rule. */
@HearthWebSlice
class StrategyFormSliceTest {

    static final StrategyId STRATEGY = new StrategyId(UUID.randomUUID());
    static final ThemeId THEME = new ThemeId(UUID.randomUUID());

    @Autowired
    MockMvc mvc;
    @Autowired
    StrategyPlans plans;

    @BeforeEach
    void strategy() {
        when(plans.find(STRATEGY)).thenReturn(Optional.of(new Strategy(STRATEGY, "Northfield strategy 2026 to 2029",
                LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31), null, null,
                List.of(new Theme(THEME, "Prevention", List.of())), List.of(), List.of())));
    }

    private static MockHttpServletRequestBuilder objective(String day) {
        return objective(day, "Every school to teach healthy relationships");
    }

    private static MockHttpServletRequestBuilder objective(String day, String text) {
        return post("/strategy/plans/" + STRATEGY.value() + "/objectives").with(csrf())
                .param("theme", THEME.value().toString()).param("text", text)
                .param("status", "WORKING_TOWARDS").param("on.day", day).param("on.month", "3").param("on.year", "2026")
                .param("note", "Twelve of twenty schools");
    }

    @Test
    void theTypedValuesReachStrategyPlansAndTheCoordinatorIsSentBackToTheStrategy() throws Exception {
        when(plans.addObjective(any(), any(), any(), any(), any(), any()))
                .thenReturn(new ObjectiveId(UUID.randomUUID()));

        mvc.perform(objective("27").with(user(staff(Role.PARTNERSHIP_COORDINATOR))))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/strategy/plans/" + STRATEGY));

        verify(plans).addObjective(STRATEGY, THEME, "Every school to teach healthy relationships",
                ObjectiveStatus.WORKING_TOWARDS, LocalDate.of(2026, 3, 27), "Twelve of twenty schools");
    }

    /**
     * The page refuses an unreal date itself, and that stops the write: the module is never asked with the date
     * missing, so its own "enter a date" never joins the page's message, and nothing is written.
     */
    @Test
    void aDateThatIsNoDateIsRefusedBesideTheDateAndLinkedFromTheSummary() throws Exception {
        Document page = refused(mvc, objective("32").with(user(staff(Role.PARTNERSHIP_COORDINATOR))));
        assertThat(errorSummary(page)).containsExactly("#on The date must be a real date, for example 27 3 2026");
        assertThat(fieldError(page, "on")).contains("The date must be a real date");
        assertThat(page.getElementById("on.day").val()).isEqualTo("32");
        verify(plans, never()).addObjective(any(), any(), any(), any(), any(), any());
    }

    /**
     * A module that would take a missing date (here one that accepts anything) is never asked with one: an unreal
     * date never becomes a record written without its date.
     */
    @Test
    void anUnrealDateIsNeverWrittenAsNoDate() throws Exception {
        when(plans.addObjective(any(), any(), any(), any(), any(), any()))
                .thenReturn(new ObjectiveId(UUID.randomUUID()));

        Document page = refused(mvc, objective("32").with(user(staff(Role.PARTNERSHIP_COORDINATOR))));
        assertThat(errorSummary(page)).containsExactly("#on The date must be a real date, for example 27 3 2026");
        verify(plans, never()).addObjective(any(), any(), any(), any(), any(), any());
    }

    /**
     * The page is one form drawn by the layout (layout :: postPageFor): it posts back to the objectives with the
     * fields inside it, and ends with the button and a Cancel back to the strategy, where the back link goes.
     */
    @Test
    void theRefusedPageIsOneFormWithItsFieldsItsButtonAndCancelBackToTheStrategy() throws Exception {
        Document page = refused(mvc, objective("32").with(user(staff(Role.PARTNERSHIP_COORDINATOR))));
        Element form = page.selectFirst("form[action=\"/strategy/plans/" + STRATEGY + "/objectives\"]");
        assertThat(form).isNotNull();
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.hasAttr("novalidate")).isTrue();
        assertThat(form.getElementById("on.day")).isNotNull();
        assertThat(form.select("button[type=submit]").text()).isEqualTo("Add the objective");
        assertThat(form.select(".govuk-button-group a").attr("href")).isEqualTo("/strategy/plans/" + STRATEGY);
        assertThat(page.select("a.govuk-back-link").attr("href")).isEqualTo("/strategy/plans/" + STRATEGY);
    }

    @Test
    void theModulesRefusalIsShownOnItsField() throws Exception {
        when(plans.addObjective(any(), any(), any(), any(), any(), any()))
                .thenThrow(InvalidInputException.of("text", "Objective must be 2,000 characters or fewer"));

        Document page = refused(mvc, objective("27").with(user(staff(Role.SYSTEM_ADMIN))));
        assertThat(errorSummary(page)).containsExactly("#text Objective must be 2,000 characters or fewer");
        assertThat(fieldError(page, "text")).contains("Objective must be 2,000 characters or fewer");
    }

    /** Text breaking the input rules (a direction override) stops the write: the module is never asked. */
    @Test
    void textTheBinderRefusesIsShownOnItsFieldAndTheModuleIsNeverAsked() throws Exception {
        Document page = refused(mvc, objective("27", "Every school \u202Eto teach")
                .with(user(staff(Role.PARTNERSHIP_COORDINATOR))));
        assertThat(fieldError(page, "text")).contains("reverses the direction of text");
        verify(plans, never()).addObjective(any(), any(), any(), any(), any(), any());
    }

    @Test
    void analystsReadStrategiesButMayNotChangeThem() throws Exception {
        mvc.perform(objective("27").with(user(staff(Role.ANALYST)))).andExpect(status().isForbidden());
        mvc.perform(objective("27").with(user(staff(Role.HUB_COORDINATOR)))).andExpect(status().isForbidden());
        verify(plans, never()).addObjective(any(), any(), any(), any(), any(), any());
    }
}
