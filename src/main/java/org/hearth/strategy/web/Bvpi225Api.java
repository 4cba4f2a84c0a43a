package org.hearth.strategy.web;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.hearth.audit.NotAudited;
import org.hearth.strategy.Bvpi225Answer;
import org.hearth.strategy.Bvpi225Assessment;
import org.hearth.strategy.Bvpi225Assessments;
import org.hearth.strategy.Bvpi225Question;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * BVPI 225 as JSON, for coordinators and administrators: the periods with their scores, and one period's answers
 * (its latest revision). A period is "2026-27" (or "2026/27" encoded); an unknown one is a 404 problem detail.
 */
@RestController
@RequestMapping("/api/strategy/bvpi225")
@NotAudited("BVPI 225 is partnership-level figures, not person data")
class Bvpi225Api {

    private final Bvpi225Assessments assessments;

    Bvpi225Api(Bvpi225Assessments assessments) {
        this.assessments = assessments;
    }

    /** A period as the list shows it. */
    record PeriodView(String period, String slug, LocalDate startsOn, LocalDate endsOn, int revision, String status,
            LocalDate reportedOn, int score, int yes, int answered) {

        static PeriodView of(Bvpi225Assessment a) {
            return new PeriodView(a.period(), a.slug(), a.startsOn(), a.endsOn(), a.revision(), a.status().name(),
                    a.reportedOn(), a.score().percent(), a.score().yes(), a.answered());
        }
    }

    /** One question's answer; {@code answer} is null while unanswered. */
    record AnswerView(int question, String text, Boolean answer, String rag, String evidence, Boolean proposed,
            boolean overridden) {
    }

    /** A period with its answers. */
    record AssessmentView(PeriodView period, List<AnswerView> answers) {
    }

    @GetMapping
    List<PeriodView> periods() {
        return assessments.periods().stream().map(PeriodView::of).toList();
    }

    @GetMapping("/{period}")
    AssessmentView period(@PathVariable String period) {
        Bvpi225Assessment a = assessments.find(period).orElseThrow(NoSuchElementException::new);
        List<AnswerView> answers = assessments.questions().stream().map(q -> view(q, a.answer(q.number()))).toList();
        return new AssessmentView(PeriodView.of(a), answers);
    }

    private static AnswerView view(Bvpi225Question q, Bvpi225Answer a) {
        return new AnswerView(q.number(), q.text(), a.yes(), a.rag() == null ? null : a.rag().name(), a.evidence(),
                a.proposed(), a.overridden());
    }
}
