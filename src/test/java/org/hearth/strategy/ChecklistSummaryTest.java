package org.hearth.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A checklist run summed up: strengths and gaps by area, and the common problems found or at risk. */
class ChecklistSummaryTest {

    static ChecklistResponse answer(String code, ChecklistArea area, PartnershipProblem problem, ChecklistAnswer a) {
        return new ChecklistResponse(ChecklistAnswerId.random(), new ChecklistQuestion(code, area, 1, "Question " + code,
                problem), a, null);
    }

    @Test
    void strengthsAndGapsByAreaWithTheProblemsTheyReveal() {
        ChecklistSummary s = ChecklistSummary.of(List.of(
                answer("SL1", ChecklistArea.SUSTAINABILITY_LEADERSHIP, PartnershipProblem.NO_COMMON_PURPOSE, ChecklistAnswer.YES),
                answer("SL2", ChecklistArea.SUSTAINABILITY_LEADERSHIP, PartnershipProblem.NO_LEADERSHIP, ChecklistAnswer.PARTLY),
                answer("RS1", ChecklistArea.STRATEGY_RESOURCES, PartnershipProblem.INADEQUATE_RESOURCES, ChecklistAnswer.NO),
                answer("PD1", ChecklistArea.PRACTICE_DELIVERY, PartnershipProblem.INADEQUATE_RESOURCES, ChecklistAnswer.PARTLY),
                answer("ST1", ChecklistArea.STRUCTURES, null, ChecklistAnswer.YES),
                answer("ST2", ChecklistArea.STRUCTURES, null, ChecklistAnswer.NO)));
        assertThat(s.areas()).extracting(a -> a.area()).containsExactly(ChecklistArea.SUSTAINABILITY_LEADERSHIP,
                ChecklistArea.STRUCTURES, ChecklistArea.STRATEGY_RESOURCES, ChecklistArea.PRACTICE_DELIVERY);
        ChecklistSummary.AreaSummary leadership = s.areas().get(0);
        assertThat(leadership.strengths()).extracting(r -> r.question().code()).containsExactly("SL1");
        assertThat(leadership.gaps()).extracting(r -> r.question().code()).containsExactly("SL2");
        assertThat(leadership.verdict()).isEqualTo("Partly in place");
        assertThat(s.areas().get(1).verdict()).isEqualTo("Gap");
        assertThat(s.areas().get(1).no()).isEqualTo(1);
        assertThat(s.found()).as("answered no").containsExactly(PartnershipProblem.INADEQUATE_RESOURCES);
        assertThat(s.atRisk()).as("partly, and not already found").containsExactly(PartnershipProblem.NO_LEADERSHIP);
    }

    @Test
    void allYesIsAStrengthWithNoProblems() {
        ChecklistSummary s = ChecklistSummary.of(List.of(
                answer("CR1", ChecklistArea.COORDINATOR, PartnershipProblem.INADEQUATE_RESOURCES, ChecklistAnswer.YES),
                answer("CR2", ChecklistArea.COORDINATOR, PartnershipProblem.NO_PARENT_SUPPORT, ChecklistAnswer.YES)));
        assertThat(s.areas()).singleElement().satisfies(a -> {
            assertThat(a.verdict()).isEqualTo("Strength");
            assertThat(a.gaps()).isEmpty();
        });
        assertThat(s.found()).isEmpty();
        assertThat(s.atRisk()).isEmpty();
    }
}
