package org.hearth.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.support.WebSlices.errorSummary;
import static org.hearth.support.WebSlices.fieldError;
import static org.hearth.support.WebSlices.refused;
import static org.hearth.support.WebSlices.staff;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserDetails;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.partnership.Partnerships;
import org.hearth.support.HearthWebSlice;
import org.hearth.support.WebSlices;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Adding a user ({@code POST /admin/users}) without a database: binding, field errors, the redirect, the role rule. */
@HearthWebSlice
class UserAdminSliceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffUsers users;
    @Autowired
    Partnerships partnerships;

    @BeforeEach
    void agencies() {
        when(partnerships.agencies()).thenReturn(List.of(WebSlices.POLICE));
    }

    private static MockHttpServletRequestBuilder add(String username, String displayName, String password) {
        return add(username, displayName, password, WebSlices.AGENCY.value());
    }

    private static MockHttpServletRequestBuilder add(String username, String displayName, String password,
            UUID agency) {
        return post("/admin/users").with(csrf())
                .param("username", username).param("displayName", displayName).param("email", " j.okafor@example.org ")
                .param("agency", agency.toString()).param("roles", "ANALYST")
                .param("password", password).param("enabled", "true");
    }

    @Test
    void theTypedValuesReachStaffUsersAndTheAdministratorIsSentToTheNewUser() throws Exception {
        StaffUserId id = new StaffUserId(UUID.randomUUID());
        StaffUser saved = new StaffUser(id, "j.okafor", "Jo Okafor", null, WebSlices.AGENCY, Set.of(Role.ANALYST), true,
                false, false, false, null);
        when(users.changeRoles(isNull(), any(), any(), any(), any()))
                .thenReturn(new StaffUsers.RoleChange(saved, Set.of()));

        mvc.perform(add(" J.Okafor ", "Jo Okafor", "a long synthetic passphrase").with(user(staff(Role.SYSTEM_ADMIN))))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/admin/users/" + id.value()));

        ArgumentCaptor<StaffUserDetails> details = ArgumentCaptor.forClass(StaffUserDetails.class);
        verify(users).changeRoles(isNull(), details.capture(), eq("a long synthetic passphrase"), any(Actor.class),
                any());
        assertThat(details.getValue()).isEqualTo(new StaffUserDetails("j.okafor", "Jo Okafor", "j.okafor@example.org",
                WebSlices.AGENCY, Set.of(Role.ANALYST), true));
    }

    @Test
    void eachBadFieldIsShownBesideItAndLinkedFromTheErrorSummaryInFormOrderAndNothingIsSaved() throws Exception {
        Document page = refused(mvc, post("/admin/users").with(csrf()).with(user(staff(Role.SYSTEM_ADMIN)))
                        .param("username", "").param("displayName", "").param("agency", "").param("_roles", "on")
                        .param("_enabled", "on").param("password", "short").param("email", " j.okafor@example.org "));
        assertThat(page.title()).startsWith("Error: Add a user");
        assertThat(errorSummary(page)).containsExactly("#username Enter a username",
                "#displayName Enter the person's full name", "#agency Select the user's agency",
                "#roles Select at least one role", "#password Password must be 12 characters or more");
        assertThat(fieldError(page, "username")).isEqualTo("Error: Enter a username");
        assertThat(page.getElementById("password").val()).as("the password is never echoed").isEmpty();
        assertThat(page.getElementById("email").val()).as("what was typed is shown again")
                .isEqualTo("j.okafor@example.org");
        verifyNoInteractions(users);
    }

    @Test
    void valuesThatCannotBeBoundAreFieldErrorsNotA500() throws Exception {
        Document page = refused(mvc, post("/admin/users").with(csrf()).with(user(staff(Role.SYSTEM_ADMIN)))
                        .param("username", "Bad Name!").param("displayName", "X").param("email", "not-an-email")
                        .param("agency", "not-a-uuid").param("roles", "KING").param("_roles", "on")
                        .param("enabled", "perhaps").param("password", "a long synthetic passphrase"));

        assertThat(errorSummary(page)).anySatisfy(e -> assertThat(e).startsWith("#username Username must be 3 to 60"))
                .anySatisfy(e -> assertThat(e).startsWith("#email Enter an email address in the correct format"))
                .contains("#agency Select the user's agency", "#roles Select roles from the list",
                        "#enabled Select whether the account is enabled");
        assertThat(page.outerHtml()).doesNotContain("Exception").doesNotContain("Failed to convert");

        Document unknownAgency = refused(mvc, add("j.okafor", "Jo Okafor", "a long synthetic passphrase",
                UUID.randomUUID()).with(user(staff(Role.SYSTEM_ADMIN))));
        assertThat(errorSummary(unknownAgency)).contains("#agency Select the user's agency");
        verifyNoInteractions(users);
    }

    @Test
    void onlyASystemAdministratorMayAddAUser() throws Exception {
        mvc.perform(add("j.okafor", "Jo Okafor", "a long synthetic passphrase")
                .with(user(staff(Role.PARTNERSHIP_COORDINATOR)))).andExpect(status().isForbidden());
        mvc.perform(add("j.okafor", "Jo Okafor", "a long synthetic passphrase").with(user(staff(Role.SYSTEM_ADMIN)))
                .with(csrf().useInvalidToken())).andExpect(status().isForbidden());
        verifyNoInteractions(users);
    }
}
