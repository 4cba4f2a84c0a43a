package org.hearth.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.support.WebSlices.errorSummary;
import static org.hearth.support.WebSlices.fieldError;
import static org.hearth.support.WebSlices.refused;
import static org.hearth.support.WebSlices.staff;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.partnership.Area;
import org.hearth.partnership.Partnerships;
import org.hearth.people.People;
import org.hearth.people.PersonId;
import org.hearth.referrals.AbuseType;
import org.hearth.referrals.Consent;
import org.hearth.referrals.NewReferral;
import org.hearth.referrals.Referral;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralSource;
import org.hearth.referrals.Referrals;
import org.hearth.referrals.VictimRelationship;
import org.hearth.support.HearthWebSlice;
import org.hearth.support.WebSlices;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The referral form ({@code POST /referrals/new}, then the check page's {@code POST /referrals/submit}) without a
 * database: what is typed reaches {@link Referrals#submit}, each refused field is linked from the error summary, the
 * redirects, and who may refer. The matching and need-to-know of the check page are {@code CheckPageTest}'s.
 */
@HearthWebSlice
class ReferralFormSliceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Referrals referrals;
    @Autowired
    People people;
    @Autowired
    Partnerships partnerships;

    @BeforeEach
    void areas() {
        when(partnerships.areas()).thenReturn(List.of(new Area(WebSlices.AREA, "Northfield", 120_000)));
    }

    private static MockHttpServletRequestBuilder form(MockHttpSession session) {
        return post("/referrals/new").session(session).with(csrf())
                .param("incidentDate.day", "14").param("incidentDate.month", "3").param("incidentDate.year", "2026")
                .param("incidentTime", "21:30").param("policeReference", "NF/2026/0314")
                .param("area", WebSlices.AREA.value().toString())
                .param("victimGivenName", "Sam").param("victimFamilyName", "Testcase").param("victimSex", "FEMALE")
                .param("perpetratorKnown", "true").param("perpetratorGivenName", "Alex")
                .param("perpetratorFamilyName", "Example").param("relationship", "EX_PARTNER")
                .param("abuseTypes", "PHYSICAL").param("abuseTypes", "STALKING").param("consent", "GIVEN")
                .param("narrative", "Synthetic: a report of shouting and a door forced");
    }

    @Test
    void whatIsTypedReachesReferralsSubmitAfterTheCheckPage() throws Exception {
        StaffPrincipal me = staff(Role.PRACTITIONER);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(form(session).with(user(me)))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/referrals/check"));
        verifyNoInteractions(referrals);

        PersonId victim = new PersonId(UUID.randomUUID());
        PersonId perpetrator = new PersonId(UUID.randomUUID());
        when(people.create(any(), any(), any(), any())).thenReturn(victim, perpetrator);
        ReferralId id = new ReferralId(UUID.randomUUID());
        Referral saved = mock(Referral.class);
        when(saved.id()).thenReturn(id);
        when(referrals.submit(any())).thenReturn(saved);

        mvc.perform(post("/referrals/submit").session(session).with(csrf()).with(user(me))
                        .param("victim", "new").param("perpetrator", "new"))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/referrals/" + id + "?submitted"));

        ArgumentCaptor<NewReferral> sent = ArgumentCaptor.forClass(NewReferral.class);
        verify(referrals).submit(sent.capture());
        NewReferral r = sent.getValue();
        assertThat(r.source()).isEqualTo(ReferralSource.WEB);
        assertThat(r.referringAgency()).isEqualTo(WebSlices.AGENCY);
        assertThat(r.incidentOn()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(r.incidentTime()).isEqualTo(LocalTime.of(21, 30));
        assertThat(r.policeReference()).isEqualTo("NF/2026/0314");
        assertThat(r.victim()).isEqualTo(victim);
        assertThat(r.perpetrators()).containsExactly(perpetrator);
        assertThat(r.relationship()).isEqualTo(VictimRelationship.EX_PARTNER);
        assertThat(r.abuseTypes()).isEqualTo(Set.of(AbuseType.PHYSICAL, AbuseType.STALKING));
        assertThat(r.consent()).isEqualTo(Consent.GIVEN);
        assertThat(r.consentBasis()).isNull();
        assertThat(r.narrative()).isEqualTo("Synthetic: a report of shouting and a door forced");
        assertThat(r.area()).isEqualTo(WebSlices.AREA);
        assertThat(session.getAttribute("hearth.referralDraft")).as("the draft is gone once sent").isNull();
    }

    @Test
    void eachRefusedFieldIsShownBesideItAndLinkedFromTheErrorSummary() throws Exception {
        Document page = refused(mvc, post("/referrals/new").with(csrf()).with(user(staff(Role.PRACTITIONER)))
                        .param("incidentDate.day", "31").param("incidentDate.month", "2")
                        .param("incidentDate.year", "2026")
                        .param("victimGivenName", "").param("victimFamilyName", "Testcase")
                        .param("perpetratorKnown", "false").param("abuseTypes", "PHYSICAL")
                        .param("consent", "OVERRIDDEN")
                        .param("children[0].givenName", "Kit").param("children[0].age", "19").param("narrative", ""));
        assertThat(errorSummary(page)).containsExactly(
                "#incidentDate Date of the incident must be a real date, like 27 3 2026",
                "#victimGivenName Enter the victim’s first name",
                "#children[0].familyName Enter child 1's last name",
                "#children[0].age Child 1's age must be 0 to 17",
                "#narrative Describe what happened",
                "#consentBasis Select the lawful basis for sharing without consent",
                "#consentReason Explain why information is shared without consent");
        assertThat(fieldError(page, "narrative")).contains("Describe what happened");
        assertThat(page.getElementById("victimFamilyName").val()).as("what was typed is shown again")
                .isEqualTo("Testcase");
        verifyNoInteractions(referrals);
    }

    @Test
    void onlyTheCaseworkRolesMayRefer() throws Exception {
        for (Role role : List.of(Role.ANALYST, Role.SYSTEM_ADMIN, Role.PARTNERSHIP_COORDINATOR)) {
            mvc.perform(form(new MockHttpSession()).with(user(staff(role)))).andExpect(status().isForbidden());
        }
        mvc.perform(form(new MockHttpSession()).with(user(staff(Role.PRACTITIONER))).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        verify(referrals, never()).submit(any());
    }
}
