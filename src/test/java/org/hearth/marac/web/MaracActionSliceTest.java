package org.hearth.marac.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.support.WebSlices.errorSummary;
import static org.hearth.support.WebSlices.fieldError;
import static org.hearth.support.WebSlices.refused;
import static org.hearth.support.WebSlices.staff;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.marac.MaracAction;
import org.hearth.marac.MaracActionId;
import org.hearth.marac.MaracActions;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracReferralId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.InvalidInputException;
import org.hearth.support.HearthWebSlice;
import org.hearth.support.WebSlices;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Progress on a MARAC action without a database: binding, the module's refusal on its field, the redirect, roles. */
@HearthWebSlice
class MaracActionSliceTest {

    static final MaracActionId ACTION = new MaracActionId(UUID.randomUUID());

    @Autowired
    MockMvc mvc;
    @Autowired
    MaracActions actions;
    @Autowired
    Partnerships partnerships;

    private static MaracAction action(Instant closedAt) {
        return new MaracAction(ACTION, new MaracMeetingId(UUID.randomUUID()), LocalDate.of(2026, 11, 12),
                new MaracReferralId(UUID.randomUUID()), "MARAC-2026-0042", MaracAction.Subject.VICTIM,
                "Fit a door chain", "Forced entry", WebSlices.AGENCY, LocalDate.of(2026, 12, 1), closedAt,
                closedAt == null ? null : "Slice User", List.of());
    }

    @BeforeEach
    void anOpenAction() {
        when(actions.find(ACTION)).thenReturn(Optional.of(action(null)));
        when(partnerships.agency(WebSlices.AGENCY)).thenReturn(Optional.of(WebSlices.POLICE));
    }

    @Test
    void theNoteReachesMaracActionsAndTheRepresentativeIsSentBackToTheAction() throws Exception {
        when(actions.progress(any(), any(), any(), anyBoolean())).thenReturn(action(Instant.now()));

        mvc.perform(post("/marac/actions/" + ACTION.value() + "/progress").with(csrf())
                        .with(user(staff(Role.AGENCY_REPRESENTATIVE)))
                        .param("note", "Chain fitted on 30 November").param("evidence", "Job 7781")
                        .param("complete", "true"))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/marac/actions/" + ACTION.value()))
                .andExpect(flash().attribute("success", "Action completed"));

        verify(actions).progress(ACTION, "Chain fitted on 30 November", "Job 7781", true);
    }

    @Test
    void theModulesRefusalIsShownBesideTheNoteAndLinkedFromTheSummary() throws Exception {
        when(actions.progress(any(), any(), any(), anyBoolean()))
                .thenThrow(InvalidInputException.of("note", "Enter what has been done"));

        Document page = refused(mvc, post("/marac/actions/" + ACTION.value() + "/progress").with(csrf())
                        .with(user(staff(Role.PRACTITIONER))).param("note", "").param("evidence", "Job 7781"));
        assertThat(errorSummary(page)).containsExactly("#note Enter what has been done");
        assertThat(fieldError(page, "note")).contains("Enter what has been done");
        assertThat(page.getElementById("evidence").text()).isEqualTo("Job 7781");
    }

    @Test
    void onlyTheCaseworkRolesMayRecordProgress() throws Exception {
        for (Role role : List.of(Role.ANALYST, Role.PARTNERSHIP_COORDINATOR, Role.SYSTEM_ADMIN)) {
            mvc.perform(post("/marac/actions/" + ACTION.value() + "/progress").with(csrf()).with(user(staff(role)))
                    .param("note", "Chain fitted")).andExpect(status().isForbidden());
        }
        verify(actions, never()).progress(any(), any(), any(), anyBoolean());
    }
}
