package org.hearth.risk.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.StaffPrincipal;
import org.hearth.people.PersonId;
import org.hearth.platform.web.DateParts;
import org.hearth.risk.Answer;
import org.hearth.risk.NewRiskAssessment;
import org.hearth.risk.RiskGrade;
import org.springframework.util.MultiValueMap;

/**
 * The risk assessment form as typed, carried from the questions page to the check page in hidden fields (so
 * nothing is kept in the session). Fields: {@code questionnaire}, {@code version}, {@code assessedOn.day|month|year},
 * {@code answer-N}, {@code notes-N}, {@code narrative}, {@code grade}, {@code reason}.
 */
public final class AssessmentForm {

    final String questionnaire;
    final String version;
    final DateParts assessedOn;
    final Map<Integer, String> answers = new HashMap<>();
    final Map<Integer, String> notes = new HashMap<>();
    final String narrative;
    final String grade;
    final String reason;

    private AssessmentForm(String questionnaire, String version, DateParts assessedOn, String narrative, String grade,
            String reason) {
        this.questionnaire = questionnaire;
        this.version = version;
        this.assessedOn = assessedOn;
        this.narrative = narrative;
        this.grade = grade;
        this.reason = reason;
    }

    static AssessmentForm blank(String questionnaire, int version, DateParts today) {
        return new AssessmentForm(questionnaire, String.valueOf(version), today, "", "", "");
    }

    static AssessmentForm from(MultiValueMap<String, String> params) {
        AssessmentForm form = new AssessmentForm(value(params, "questionnaire"), value(params, "version"),
                new DateParts(value(params, "assessedOn.day"), value(params, "assessedOn.month"),
                        value(params, "assessedOn.year")),
                value(params, "narrative"), value(params, "grade"), value(params, "reason"));
        params.forEach((name, values) -> {
            Integer answer = number(name, "answer-");
            if (answer != null) {
                form.answers.put(answer, values.isEmpty() ? "" : values.get(0));
            }
            Integer note = number(name, "notes-");
            if (note != null) {
                form.notes.put(note, values.isEmpty() ? "" : values.get(0));
            }
        });
        return form;
    }

    /** The version as a number, or -1 when it is not one. */
    int versionNumber() {
        try {
            return Integer.parseInt(version.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Answers that are one of the four values; the rest are reported by {@link #answerFormatProblems}. */
    Map<Integer, Answer> parsedAnswers() {
        Map<Integer, Answer> parsed = new HashMap<>();
        answers.forEach((n, value) -> parse(value).ifPresent(a -> parsed.put(n, a)));
        return parsed;
    }

    /** Field id to message for answers that are present but not one of the four values. */
    Map<String, String> answerFormatProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        answers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> !e.getValue().isBlank() && parse(e.getValue()).isEmpty())
                .forEach(e -> problems.put("answer-" + e.getKey(), "Answer question " + e.getKey()
                        + " with Yes, No, Don't know or Not asked"));
        return problems;
    }

    RiskGrade parsedGrade() {
        try {
            return grade.isBlank() ? null : RiskGrade.valueOf(grade);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    NewRiskAssessment toNew(PersonId person, StaffPrincipal me) {
        Map<Integer, String> keptNotes = new HashMap<>();
        notes.forEach((n, text) -> {
            if (!text.isBlank()) {
                keptNotes.put(n, text);
            }
        });
        return new NewRiskAssessment(person, me.id(), me.agency(), questionnaire, versionNumber(),
                assessedOn.toDate().orElse(null), parsedAnswers(), keptNotes, narrative, parsedGrade(), reason,
                (UUID) null);
    }

    /** How many answers of each kind, for the check page. */
    Map<Answer, Long> counts() {
        Map<Answer, Long> counts = new EnumMap<>(Answer.class);
        for (Answer a : Answer.values()) {
            counts.put(a, 0L);
        }
        parsedAnswers().values().forEach(a -> counts.merge(a, 1L, Long::sum));
        return counts;
    }

    // accessors for the templates

    public String getQuestionnaire() {
        return questionnaire;
    }

    public String getVersion() {
        return version;
    }

    public DateParts getAssessedOn() {
        return assessedOn;
    }

    public String answer(int number) {
        return answers.getOrDefault(number, "");
    }

    public String note(int number) {
        return notes.getOrDefault(number, "");
    }

    public Map<Integer, String> getAnswers() {
        return answers;
    }

    public Map<Integer, String> getNotes() {
        return notes;
    }

    public String getNarrative() {
        return narrative;
    }

    public String getGrade() {
        return grade;
    }

    public String getReason() {
        return reason;
    }

    private static java.util.Optional<Answer> parse(String value) {
        try {
            return java.util.Optional.of(Answer.valueOf(value));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static Integer number(String name, String prefix) {
        if (!name.startsWith(prefix)) {
            return null;
        }
        try {
            int n = Integer.parseInt(name.substring(prefix.length()));
            return n > 0 && n < 1000 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String value(MultiValueMap<String, String> params, String name) {
        String v = params.getFirst(name);
        return v == null ? "" : v;
    }
}
