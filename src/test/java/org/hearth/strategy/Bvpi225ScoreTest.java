package org.hearth.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The score is the share of the 11 questions answered yes, rounded half up as Leicester reported it. */
class Bvpi225ScoreTest {

    @Test
    void scoresAsLeicesterReported() {
        assertThat(Bvpi225Score.of(7).percent()).as("March 2006").isEqualTo(64);
        assertThat(Bvpi225Score.of(9).percent()).as("hoped for March 2007").isEqualTo(82);
        assertThat(Bvpi225Score.of(0).percent()).isZero();
        assertThat(Bvpi225Score.of(11).percent()).isEqualTo(100);
        assertThat(Bvpi225Score.of(1).percent()).isEqualTo(9);
        assertThat(Bvpi225Score.of(6).percent()).as("54.5 rounds up").isEqualTo(55);
        assertThat(Bvpi225Score.of(7).text()).isEqualTo("64% (7 of 11)");
        assertThat(new Bvpi225Score(1, 2).percent()).as("a half rounds up").isEqualTo(50);
        assertThat(new Bvpi225Score(1, 8).percent()).as("12.5 rounds up").isEqualTo(13);
        assertThatThrownBy(() -> Bvpi225Score.of(12)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAssessmentCountsOnlyYesAnswers() {
        List<Bvpi225Answer> answers = new ArrayList<>();
        for (int q = 1; q <= 11; q++) {
            answers.add(Bvpi225Answer.of(q, q <= 7 ? Boolean.TRUE : q <= 9 ? Boolean.FALSE : null,
                    q <= 9 ? Rag.GREEN : null, null));
        }
        var assessment = new Bvpi225Assessment(UUID.randomUUID(), "2005/06", LocalDate.of(2005, 4, 1),
                LocalDate.of(2006, 3, 31), 1, Bvpi225Status.DRAFT, null, answers);
        assertThat(assessment.score().percent()).isEqualTo(64);
        assertThat(assessment.answered()).isEqualTo(9);
        assertThat(assessment.complete()).isFalse();
        assertThat(assessment.slug()).isEqualTo("2005-06");
    }

    @Test
    void aProposalIsOverriddenOnlyByTheOtherAnswer() {
        var yes = new Bvpi225Proposal(1, true, "Yes", List.of());
        assertThat(yes.overriddenBy(false)).isTrue();
        assertThat(yes.overriddenBy(true)).isFalse();
        assertThat(yes.overriddenBy(null)).isFalse();
        assertThat(Bvpi225Proposal.none(4).overriddenBy(true)).isFalse();
        assertThat(Bvpi225Proposal.none(4).reasoning()).isEqualTo("Hearth holds no evidence for this yet.");
    }
}
