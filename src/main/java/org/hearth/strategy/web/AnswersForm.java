package org.hearth.strategy.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.platform.web.Option;
import org.hearth.strategy.Bvpi225Answer;
import org.hearth.strategy.Bvpi225Assessment;
import org.hearth.strategy.Bvpi225Proposal;
import org.hearth.strategy.Bvpi225Question;
import org.hearth.strategy.Rag;

/**
 * The assessment form, one fieldset per question, read from the raw request parameters ({@code answer-N},
 * {@code rag-N}, {@code evidence-N}) so no input fails to bind. {@code errors} maps a field's id to its message in
 * the order of the form.
 */
final class AnswersForm {

    static final int MAX_EVIDENCE = 4000;

    /** One question as shown and as typed. */
    record Entry(Bvpi225Question question, Bvpi225Proposal proposal, String answer, String rag, String evidence) {

        public String title() {
            String t = question.text();
            return Character.toUpperCase(t.charAt(0)) + t.substring(1);
        }

        public String proposedLabel() {
            return proposal.yes() == null ? null : proposal.yes() ? "Yes" : "No";
        }

        /** Yes and No, the one Hearth proposes saying so; ids answer-N and answer-N-no. */
        public List<Option> answerOptions() {
            String proposed = proposedLabel();
            return List.of(new Option("yes", "Yes" + ("Yes".equals(proposed) ? " (use this answer)" : "")),
                    new Option("no", "No" + ("No".equals(proposed) ? " (use this answer)" : "")).withIdSuffix("no"));
        }
    }

    /** The RAG choices, none given first. */
    static final List<Option> RAGS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(new Option("", "Not given yet")), Option.of(Rag::label, Rag.values()).stream())
            .toList();

    final List<Entry> entries = new ArrayList<>();
    final Map<String, String> errors = new LinkedHashMap<>();

    /** The form as last saved; where nothing is answered yet, Hearth's proposal is the default. */
    static AnswersForm of(Bvpi225Assessment assessment, List<Bvpi225Question> questions,
            List<Bvpi225Proposal> proposals) {
        AnswersForm form = new AnswersForm();
        for (Bvpi225Question q : questions) {
            Bvpi225Answer a = assessment.answer(q.number());
            Bvpi225Proposal p = proposals.get(q.number() - 1);
            Boolean yes = a.yes() != null ? a.yes() : p.yes();
            form.entries.add(new Entry(q, p, yes == null ? "" : yes ? "yes" : "no",
                    a.rag() == null ? "" : a.rag().name(), a.evidence() == null ? "" : a.evidence()));
        }
        return form;
    }

    /** The form as posted, checked; {@link #answers()} is usable when {@code errors} is empty. */
    static AnswersForm posted(Map<String, String> params, Bvpi225Assessment saved, List<Bvpi225Question> questions,
            List<Bvpi225Proposal> proposals) {
        AnswersForm form = new AnswersForm();
        for (Bvpi225Question q : questions) {
            int n = q.number();
            Bvpi225Proposal p = proposals.get(n - 1);
            String answer;
            String rag;
            String evidence;
            if (params.containsKey("answer-" + n) || params.containsKey("rag-" + n)
                    || params.containsKey("evidence-" + n)) {
                answer = params.getOrDefault("answer-" + n, "").trim();
                rag = params.getOrDefault("rag-" + n, "").trim();
                evidence = params.getOrDefault("evidence-" + n, "");
            } else {
                // a question the post does not mention keeps its saved answer
                Bvpi225Answer a = saved.answer(n);
                answer = a.yes() == null ? "" : a.yes() ? "yes" : "no";
                rag = a.rag() == null ? "" : a.rag().name();
                evidence = a.evidence() == null ? "" : a.evidence();
            }
            form.entries.add(new Entry(q, p, answer, rag, evidence));
            if (!answer.isEmpty() && !answer.equals("yes") && !answer.equals("no")) {
                form.errors.put("answer-" + n, "Select yes or no for question " + n);
            }
            if (!rag.isEmpty() && Rag.parse(rag) == null) {
                form.errors.put("rag-" + n, "Select a RAG status for question " + n + " from the list");
            }
            if (evidence.length() > MAX_EVIDENCE) {
                form.errors.put("evidence-" + n, "Evidence for question " + n + " must be " + MAX_EVIDENCE
                        + " characters or fewer");
            } else if (!form.errors.containsKey("answer-" + n) && p.overriddenBy(yes(answer)) && evidence.isBlank()) {
                form.errors.put("evidence-" + n, "Hearth proposes " + (p.yes() ? "yes" : "no") + " for question " + n
                        + ": give the evidence for answering " + answer);
            }
        }
        return form;
    }

    List<Bvpi225Answer> answers() {
        return entries.stream().map(e -> Bvpi225Answer.of(e.question().number(), yes(e.answer()), Rag.parse(e.rag()),
                e.evidence())).toList();
    }

    private static Boolean yes(String answer) {
        return switch (answer) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
    }
}
