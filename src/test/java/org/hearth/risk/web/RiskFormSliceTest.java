package org.hearth.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.support.WebSlices.errorSummary;
import static org.hearth.support.WebSlices.refused;
import static org.hearth.support.WebSlices.staff;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.risk.Answer;
import org.hearth.risk.NewRiskAssessment;
import org.hearth.risk.Question;
import org.hearth.risk.Questionnaire;
import org.hearth.risk.QuestionnaireId;
import org.hearth.risk.Questionnaires;
import org.hearth.risk.RiskAssessment;
import org.hearth.risk.RiskAssessments;
import org.hearth.risk.RiskGrade;
import org.hearth.support.HearthWebSlice;
import org.hearth.support.WebSlices;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The risk assessment (DASH) form's last step ({@code POST /people/{id}/risk}) without a database: the answers
 * reach {@link RiskAssessments#submit}, refused answers are linked from the error summary, the redirect, and who may
 * assess (the roles, and a ground to see the person).
 */
@HearthWebSlice
class RiskFormSliceTest {

    static final PersonId PERSON = new PersonId(UUID.randomUUID());

    @Autowired
    MockMvc mvc;
    @Autowired
    RiskAssessments assessments;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    People people;
    @Autowired
    PersonAccess access;

    @BeforeEach
    void aPersonTheAssessorMaySeeAndAShortQuestionnaire() {
        when(people.name(PERSON)).thenReturn(Optional.of("Sam Testcase"));
        when(access.mayView(PERSON)).thenReturn(true);
        when(questionnaires.find("SAFELIVES_RIC", 1)).thenReturn(Optional.of(new Questionnaire(
                new QuestionnaireId(UUID.randomUUID()), "SAFELIVES_RIC", 1, "SafeLives DASH", "Synthetic", true,
                List.of(new Question(1, "Has the current incident resulted in injury?", "The incident", false, null),
                        new Question(2, "Are you very frightened?", "The incident", true, null),
                        new Question(3, "Is the abuse getting worse?", "The abuse", false, null)))));
    }

    private static MockHttpServletRequestBuilder assessment(String day, String third) {
        return post("/people/" + PERSON + "/risk").with(csrf())
                .param("questionnaire", "SAFELIVES_RIC").param("version", "1")
                .param("assessedOn.day", day).param("assessedOn.month", "3").param("assessedOn.year", "2026")
                .param("answer-1", "YES").param("notes-1", "Bruised arm").param("answer-2", "DONT_KNOW")
                .param("answer-3", third).param("narrative", "Synthetic narrative")
                .param("grade", "HIGH").param("reason", "Threats to kill since the incident");
    }

    @Test
    void theAnswersReachRiskAssessmentsAndTheAssessorIsSentToTheHistory() throws Exception {
        StaffPrincipal me = staff(Role.PRACTITIONER);
        RiskAssessment saved = mock(RiskAssessment.class);
        when(saved.score()).thenReturn(1);
        when(saved.finalGrade()).thenReturn(RiskGrade.HIGH);
        when(assessments.submit(any())).thenReturn(saved);

        mvc.perform(assessment("14", "NOT_ASKED").with(user(me)))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/people/" + PERSON + "/risk"));

        ArgumentCaptor<NewRiskAssessment> sent = ArgumentCaptor.forClass(NewRiskAssessment.class);
        verify(assessments).submit(sent.capture());
        NewRiskAssessment a = sent.getValue();
        assertThat(a.person()).isEqualTo(PERSON);
        assertThat(a.assessor()).isEqualTo(me.id());
        assertThat(a.agency()).isEqualTo(WebSlices.AGENCY);
        assertThat(a.assessedOn()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(a.answers()).isEqualTo(Map.of(1, Answer.YES, 2, Answer.DONT_KNOW, 3, Answer.NOT_ASKED));
        assertThat(a.notes()).isEqualTo(Map.of(1, "Bruised arm"));
        assertThat(a.grade()).isEqualTo(RiskGrade.HIGH);
        assertThat(a.gradeReason()).isEqualTo("Threats to kill since the incident");
        assertThat(a.narrative()).isEqualTo("Synthetic narrative");
    }

    @Test
    void refusedAnswersAreLinkedFromTheErrorSummaryInPageOrderAndNothingIsSaved() throws Exception {
        when(assessments.answerProblems(any())).thenReturn(
                List.of(new InvalidInputException.Problem("answers.2", "Answer question 2")));

        Document page = refused(mvc, assessment("32", "MAYBE").with(user(staff(Role.PRACTITIONER))));
        assertThat(errorSummary(page)).containsExactly(
                "#assessedOn Enter the date of the assessment as a real date, for example 27 3 2025",
                "#answer-2 Answer question 2",
                "#answer-3 Answer question 3 with Yes, No, Don't know or Not asked");
        assertThat(page.getElementById("answer-2-error")).as("the error beside question 2").isNotNull();
        verify(assessments, never()).submit(any());
    }

    @Test
    void onlyTheCaseworkRolesWithAGroundToSeeThePersonMayAssess() throws Exception {
        mvc.perform(assessment("14", "NO").with(user(staff(Role.ANALYST)))).andExpect(status().isForbidden());
        mvc.perform(assessment("14", "NO").with(user(staff(Role.PARTNERSHIP_COORDINATOR))))
                .andExpect(status().isForbidden());
        when(access.mayView(PERSON)).thenReturn(false);
        mvc.perform(assessment("14", "NO").with(user(staff(Role.PRACTITIONER)))).andExpect(status().isForbidden());
        verify(assessments, never()).submit(any());
    }
}
