package org.hearth.strategy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearth.platform.Dates;
import org.hearth.audit.NotAudited;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.strategy.Bvpi225Answer;
import org.hearth.strategy.Bvpi225Assessment;
import org.hearth.strategy.Bvpi225Assessments;
import org.hearth.strategy.Bvpi225LockedException;
import org.hearth.strategy.Bvpi225Proposal;
import org.hearth.strategy.Bvpi225Question;
import org.hearth.strategy.Rag;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * BVPI 225 self-assessment for partnership coordinators and system administrators: periods with their scores,
 * starting a period, answering the 11 questions beside Hearth's proposals, the summary, marking as reported and
 * correcting by a new revision. Analysts may read the history only (it holds no person data).
 */
@Controller
@RequestMapping("/strategy/bvpi225")
@NotAudited("BVPI 225 is partnership-level figures, not person data; Bvpi225Assessments records every change")
class Bvpi225Controller {

    static final String FORM = "periodForm";

    private final Bvpi225Assessments assessments;

    Bvpi225Controller(Bvpi225Assessments assessments) {
        this.assessments = assessments;
    }

    /** A row of the periods table. */
    record PeriodRow(String period, String slug, String dates, String score, String status, String statusColour,
            int revision, int answered) {
    }

    @Navigation(label = "BVPI 225", order = 65, section = NavigationSection.STRATEGY,
            roles = {"PARTNERSHIP_COORDINATOR", "SYSTEM_ADMIN"})
    @GetMapping
    String periods(Model model) {
        model.addAttribute("periods", assessments.periods().stream().map(a -> new PeriodRow(a.period(), a.slug(),
                Dates.DAY.format(a.startsOn()) + " to " + Dates.DAY.format(a.endsOn()), a.score().percent() + "%",
                a.status().label(), a.status().colour(), a.revision(), a.answered())).toList());
        return "strategy/periods";
    }

    @GetMapping("/new")
    String startForm(Model model) {
        model.addAttribute(FORM, PeriodForm.forYearOf(assessments.today()));
        model.addAttribute("fields", PeriodForm.FIELDS);
        return "strategy/start";
    }

    @PostMapping
    String start(@ModelAttribute(FORM) PeriodForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PeriodForm.Valid valid = form.validate(result, p -> assessments.find(p).isPresent());
        if (valid == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fields", PeriodForm.FIELDS);
            return "strategy/start";
        }
        Bvpi225Assessment started = assessments.start(valid.period(), valid.startsOn(), valid.endsOn());
        redirect.addFlashAttribute("success", "BVPI 225 for " + started.period() + " has been started");
        return "redirect:/strategy/bvpi225/" + started.slug() + "/answers";
    }

    /** A cell of the history table: a RAG status and how it moved since the period before. */
    record HistoryCell(String rag, String colour, String answer) {
    }

    /** A question's row of the history table, with its movement between the last two reports. */
    record HistoryRow(int number, String question, List<HistoryCell> cells, String movement) {
    }

    /** Analysts reach the history only (a coordinator who is also an analyst sees the fuller link). */
    @Navigation(label = "BVPI 225", order = 66, section = NavigationSection.STRATEGY, roles = "ANALYST")
    @GetMapping("/history")
    String history(Model model) {
        List<Bvpi225Assessment> reported = assessments.reportedHistory();
        List<HistoryRow> rows = new ArrayList<>();
        for (Bvpi225Question q : assessments.questions()) {
            List<HistoryCell> cells = reported.stream().map(a -> {
                Bvpi225Answer answer = a.answer(q.number());
                return new HistoryCell(answer.rag() == null ? "Not given" : answer.rag().label(),
                        answer.rag() == null ? "grey" : answer.rag().colour(),
                        answer.yes() == null ? "" : answer.yes() ? "Yes" : "No");
            }).toList();
            rows.add(new HistoryRow(q.number(), q.text(), cells, movement(reported, q.number())));
        }
        model.addAttribute("periods", reported);
        model.addAttribute("rows", rows);
        model.addAttribute("scoreMovement", scoreMovement(reported));
        return "strategy/history";
    }

    private static String movement(List<Bvpi225Assessment> reported, int question) {
        if (reported.size() < 2) {
            return "";
        }
        Rag before = reported.get(reported.size() - 2).answer(question).rag();
        Rag now = reported.get(reported.size() - 1).answer(question).rag();
        if (before == null || now == null || before == now) {
            return before == now ? "No change" : "";
        }
        return (now.ordinal() > before.ordinal() ? "Improved" : "Worse") + " (was " + before.label() + ")";
    }

    private static String scoreMovement(List<Bvpi225Assessment> reported) {
        if (reported.size() < 2) {
            return "";
        }
        int change = reported.get(reported.size() - 1).score().percent()
                - reported.get(reported.size() - 2).score().percent();
        return change == 0 ? "No change" : (change > 0 ? "Up " : "Down ") + Math.abs(change) + " points";
    }

    @GetMapping("/{period}")
    String summary(@PathVariable String period, Model model) {
        return summaryPage(existing(period), model);
    }

    private String summaryPage(Bvpi225Assessment assessment, Model model) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("questions", assessments.questions());
        model.addAttribute("dates", Dates.DAY.format(assessment.startsOn()) + " to "
                + Dates.DAY.format(assessment.endsOn()));
        model.addAttribute("reportedOn", assessment.reportedOn() == null ? null
                : Dates.DAY.format(assessment.reportedOn()));
        model.addAttribute("revisions", assessments.revisions(assessment.period()).stream()
                .filter(r -> r.revision() != assessment.revision()).toList());
        return "strategy/summary";
    }

    @GetMapping("/{period}/answers")
    String answersForm(@PathVariable String period, Model model, RedirectAttributes redirect) {
        Bvpi225Assessment assessment = existing(period);
        if (assessment.reported()) {
            redirect.addFlashAttribute("locked", true);
            return "redirect:/strategy/bvpi225/" + assessment.slug();
        }
        List<Bvpi225Question> questions = assessments.questions();
        return answersPage(assessment, AnswersForm.of(assessment, questions, assessments.proposals(assessments.today())),
                model);
    }

    @PostMapping("/{period}/answers")
    String answer(@PathVariable String period, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Bvpi225Assessment assessment = draft(period);
        List<Bvpi225Proposal> proposals = assessments.proposals(assessments.today());
        AnswersForm form = AnswersForm.posted(params, assessment, assessments.questions(), proposals);
        if (!form.errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return answersPage(assessment, form, model);
        }
        Bvpi225Assessment saved = assessments.answer(assessment.period(), form.answers());
        redirect.addFlashAttribute("success", "Answers for " + saved.period() + " have been saved: "
                + saved.score().text());
        return "redirect:/strategy/bvpi225/" + saved.slug();
    }

    private String answersPage(Bvpi225Assessment assessment, AnswersForm form, Model model) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("entries", form.entries);
        model.addAttribute("errors", form.errors);
        model.addAttribute("rags", AnswersForm.RAGS);
        return "strategy/answers";
    }

    @PostMapping("/{period}/report")
    String report(@PathVariable String period, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Bvpi225Assessment assessment = draft(period);
        if (!assessment.complete()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("reportError", "Answer every question and give each a RAG status before marking "
                    + assessment.period() + " as reported");
            return summaryPage(assessment, model);
        }
        Bvpi225Assessment reported = assessments.report(assessment.period(), assessments.today());
        redirect.addFlashAttribute("success", "BVPI 225 for " + reported.period() + " has been marked as reported at "
                + reported.score().percent() + "%");
        return "redirect:/strategy/bvpi225/" + reported.slug();
    }

    @PostMapping("/{period}/correct")
    String correct(@PathVariable String period, RedirectAttributes redirect) {
        Bvpi225Assessment assessment = existing(period);
        if (!assessment.reported()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        Bvpi225Assessment draft = assessments.correct(assessment.period());
        redirect.addFlashAttribute("success", "Revision " + draft.revision() + " of " + draft.period()
                + " has been started; revision " + assessment.revision() + " stays as reported");
        return "redirect:/strategy/bvpi225/" + draft.slug() + "/answers";
    }

    private Bvpi225Assessment existing(String period) {
        return assessments.find(period).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Bvpi225Assessment draft(String period) {
        Bvpi225Assessment assessment = existing(period);
        if (assessment.reported()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, new Bvpi225LockedException(assessment.period())
                    .getMessage());
        }
        return assessment;
    }
}
