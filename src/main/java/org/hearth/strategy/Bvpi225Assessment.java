package org.hearth.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One revision of a period's BVPI 225 self-assessment: the period (e.g. "2026/27") with its dates, the revision
 * number (1, then one more for each correction after reporting), its status and the answers to all 11 questions in
 * question order (unanswered ones with {@code yes} null).
 */
public record Bvpi225Assessment(UUID id, String period, LocalDate startsOn, LocalDate endsOn, int revision,
        Bvpi225Status status, LocalDate reportedOn, List<Bvpi225Answer> answers) {

    public Bvpi225Assessment {
        answers = List.copyOf(answers);
    }

    /** The period as it appears in a URL: "2026/27" is "2026-27". */
    public String slug() {
        return slug(period);
    }

    public static String slug(String period) {
        return period.replace('/', '-');
    }

    /**
     * The period's name ("2026/27") from "2026/27" or "2026-27", or empty when it is not a year and the last two
     * digits of the next.
     */
    public static java.util.Optional<String> period(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        var m = java.util.regex.Pattern.compile("(\\d{4})[/-](\\d{2})").matcher(text.trim());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        return second == (first + 1) % 100 ? java.util.Optional.of(m.group(1) + "/" + m.group(2))
                : java.util.Optional.empty();
    }

    public boolean reported() {
        return status == Bvpi225Status.REPORTED;
    }

    public Bvpi225Answer answer(int question) {
        return answers.stream().filter(a -> a.question() == question).findFirst()
                .orElse(Bvpi225Answer.unanswered(question));
    }

    public Bvpi225Score score() {
        return Bvpi225Score.of((int) answers.stream().filter(a -> Boolean.TRUE.equals(a.yes())).count());
    }

    public int answered() {
        return (int) answers.stream().filter(Bvpi225Answer::answered).count();
    }

    /** Every question answered with a RAG status. */
    public boolean complete() {
        return answers.size() == Bvpi225Question.COUNT && answers.stream().allMatch(Bvpi225Answer::complete);
    }
}
