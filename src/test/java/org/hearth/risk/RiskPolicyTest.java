package org.hearth.risk;

import org.hearth.platform.InvalidInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hearth.platform.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scoring, bands and grading rules, without Spring. */
class RiskPolicyTest {

    private final RiskPolicy policy = RiskPolicy.DEFAULT;

    static List<Answer> answers(int yes, int no, int dontKnow, int notAsked) {
        List<Answer> all = new ArrayList<>();
        all.addAll(Collections.nCopies(yes, Answer.YES));
        all.addAll(Collections.nCopies(no, Answer.NO));
        all.addAll(Collections.nCopies(dontKnow, Answer.DONT_KNOW));
        all.addAll(Collections.nCopies(notAsked, Answer.NOT_ASKED));
        Collections.shuffle(all);
        return all;
    }

    @ParameterizedTest(name = "{0} yes, {1} no, {2} don't know, {3} not asked scores {4}")
    @CsvSource({
            "0, 24, 0, 0, 0",
            "1, 0, 23, 0, 1",
            "13, 5, 3, 3, 13",
            "14, 10, 0, 0, 14",
            "24, 0, 0, 0, 24",
            "0, 0, 0, 27, 0",
            "27, 0, 0, 0, 27"})
    void scoreCountsOnlyYes(int yes, int no, int dontKnow, int notAsked, int score) {
        assertThat(policy.score(answers(yes, no, dontKnow, notAsked))).isEqualTo(score);
    }

    @ParameterizedTest(name = "score {0}: suggested {1}, visible high risk {2}")
    @CsvSource({
            "0, STANDARD, false",
            "9, STANDARD, false",
            "10, MEDIUM, false",
            "13, MEDIUM, false",
            "14, HIGH, true",
            "24, HIGH, true"})
    void defaultBands(int score, RiskGrade suggested, boolean visibleHigh) {
        assertThat(policy.suggestedGrade(score)).isEqualTo(suggested);
        assertThat(policy.visibleHighRisk(score)).isEqualTo(visibleHigh);
    }

    @ParameterizedTest(name = "threshold {0}, bands {1}/{2}: score {3} suggests {4}, visible high {5}")
    @CsvSource({
            "12, 8, 12, 7, STANDARD, false",
            "12, 8, 12, 8, MEDIUM, false",
            "12, 8, 12, 11, MEDIUM, false",
            "12, 8, 12, 12, HIGH, true",
            // high band above the threshold: a visible high risk is still suggested high
            "14, 10, 16, 14, HIGH, true",
            "14, 10, 16, 13, MEDIUM, false",
            // high band below the threshold: suggested high without being a visible high risk
            "14, 8, 12, 12, HIGH, false"})
    void configuredBands(int threshold, int mediumFrom, int highFrom, int score, RiskGrade suggested,
            boolean visibleHigh) {
        RiskPolicy configured = new RiskPolicy(threshold, mediumFrom, highFrom);
        assertThat(configured.suggestedGrade(score)).isEqualTo(suggested);
        assertThat(configured.visibleHighRisk(score)).isEqualTo(visibleHigh);
    }

    @Test
    void bandsDescribeTheirScores() {
        assertThat(policy.band(RiskGrade.STANDARD)).isEqualTo("0 to 9");
        assertThat(policy.band(RiskGrade.MEDIUM)).isEqualTo("10 to 13");
        assertThat(policy.band(RiskGrade.HIGH)).isEqualTo("14 or more");
    }

    @Test
    void nonsenseThresholdsAreRefused() {
        assertThatThrownBy(() -> new RiskPolicy(0, 10, 14)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskPolicy(14, 15, 14)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "score {0} graded {1} with reason \"{2}\": {3}")
    @CsvSource(nullValues = "null", value = {
            // as suggested: no reason needed
            "5, STANDARD, null, ok",
            "12, MEDIUM, null, ok",
            "14, HIGH, null, ok",
            "24, HIGH, '', ok",
            // raising above the band needs a reason
            "5, MEDIUM, null, reason",
            "5, HIGH, '   ', reason",
            "13, HIGH, null, reason",
            "5, HIGH, Threats to kill with a weapon last week, ok",
            "13, HIGH, Strangled last night, ok",
            // lowering below the band (not a visible high risk) also needs a reason
            "12, STANDARD, null, reason",
            "12, STANDARD, Answers came from a third party and are disputed, ok",
            // a visible high risk can never be graded lower, reason or not
            "14, MEDIUM, null, grade",
            "14, MEDIUM, I think it is lower, grade",
            "20, STANDARD, Victim withdrew, grade",
            // no grade at all
            "3, null, null, grade",
            "16, null, null, grade"})
    void gradingRules(int score, RiskGrade grade, String reason, String expectedProblem) {
        List<Problem> problems = policy.gradingProblems(score, grade, reason);
        if (expectedProblem.equals("ok")) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).extracting(Problem::field).containsExactly(expectedProblem);
        }
    }

    @Test
    void problemsExplainThemselves() {
        assertThat(policy.gradingProblems(15, RiskGrade.MEDIUM, null)).singleElement().extracting(Problem::message)
                .asString().contains("visible high risk", "never lower");
        assertThat(policy.gradingProblems(4, RiskGrade.HIGH, null)).singleElement().extracting(Problem::message)
                .asString().contains("reason", "high", "suggests standard");
        assertThat(policy.gradingProblems(4, null, null)).singleElement().extracting(Problem::message)
                .isEqualTo("Select the final risk grade");
        assertThat(policy.gradingProblems(4, RiskGrade.HIGH, "x".repeat(RiskPolicy.MAX_REASON + 1)))
                .extracting(Problem::field).containsExactly("reason");
    }
}
