package org.hearth.encompass.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hearth.encompass.Term;

/**
 * A school's terms and non-school days as a UK user writes them, pure. One a line (or separated by semicolons, as in
 * the register's CSV); a day as {@code 3/9/2026} (or with dots or dashes, leading zeros or not), {@code 3 September
 * 2026}, {@code 3 Sept 2026}, {@code Thursday 3rd September 2026}, or {@code 2026-09-03} (the form the register took
 * before, still read); a term as its first and last day with "to" (or a dash, or {@code ..}) between them, the first
 * day's year left out when it is the last day's ({@code 3 September to 23 October 2026}). A problem names its line
 * (or the term or day of a CSV cell) and says why. Unit-tested by {@code WrittenDatesTest}.
 */
final class WrittenDates {

    /** A term as the register's page writes it back, and as an example to follow. */
    static final String TERM_EXAMPLE = "3 September 2026 to 23 October 2026";

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d+))?");
    private static final Pattern WORDS = Pattern.compile(
            "(?:[a-z]+day,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?([a-z]+)\\.?,?(?:\\s+(\\d+))?");
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\s*(?:\\.\\.|\\s(?:to|until|till)\\s|\\s-\\s|[–—])\\s*");
    private static final Map<String, Integer> MONTHS = months();

    private WrittenDates() {
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (java.time.Month m : java.time.Month.values()) {
            String name = m.getDisplayName(java.time.format.TextStyle.FULL, Locale.UK).toLowerCase(Locale.UK);
            out.put(name, m.getValue());
            out.put(name.substring(0, 3), m.getValue());
        }
        out.put("sept", 9);
        return Map.copyOf(out);
    }

    /** A day read, or why not: the date, or null and a problem about the text. */
    record Read(LocalDate date, String problem) {

        static Read of(String problem) {
            return new Read(null, problem);
        }
    }

    /** A day as written, in full. */
    static Read day(String text) {
        return day(text, null);
    }

    /** A day as written; {@code year} fills in a year left out (null: the year must be written). */
    static Read day(String text, Integer year) {
        String t = text.strip().replaceAll("\\s+", " ");
        String quoted = "\"" + t + "\"";
        Matcher m = ISO.matcher(t);
        if (m.matches()) {
            return real(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    quoted);
        }
        m = NUMERIC.matcher(t);
        Integer month = null;
        if (m.matches()) {
            month = Integer.parseInt(m.group(2));
        } else {
            m = WORDS.matcher(t.toLowerCase(Locale.UK));
            if (!m.matches()) {
                return Read.of(quoted + " is not a date like 3/9/2026 or 3 September 2026");
            }
            month = MONTHS.get(m.group(2));
            if (month == null) {
                return Read.of(quoted + " does not name a month: write it like 3 September 2026");
            }
        }
        if (m.group(3) == null && year == null) {
            return Read.of(quoted + " has no year: write it like 3/9/2026 or 3 September 2026");
        }
        if (m.group(3) != null && m.group(3).length() != 4) {
            return Read.of(quoted + ": write the year in full, like 2026");
        }
        return real(m.group(3) == null ? year : Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)),
                quoted);
    }

    private static Read real(int year, int month, int day, String quoted) {
        try {
            return new Read(LocalDate.of(year, month, day), null);
        } catch (DateTimeException e) {
            return Read.of(quoted + " is not a real date");
        }
    }

    /** A term's line: the term, or null with the problem given to {@code problem}. */
    static Term term(String text, java.util.function.Consumer<String> problem) {
        String[] ends = BETWEEN.split(text.strip(), -1);
        if (ends.length != 2 || ends[0].isBlank() || ends[1].isBlank()) {
            problem.accept("write the term's first and last day with \"to\" between them, like " + TERM_EXAMPLE);
            return null;
        }
        Read last = day(ends[1]);
        if (last.date() == null) {
            problem.accept(last.problem());
            return null;
        }
        Read first = day(ends[0], last.date().getYear());
        if (first.date() != null && first.date().isAfter(last.date()) && !hasYear(ends[0])) {
            // 14 December to 9 January 2027: the first day is in the year before
            first = day(ends[0], last.date().getYear() - 1);
        }
        if (first.date() == null) {
            problem.accept(first.problem());
            return null;
        }
        if (last.date().isBefore(first.date())) {
            problem.accept("the term ends before it starts");
            return null;
        }
        return new Term(first.date(), last.date());
    }

    private static boolean hasYear(String text) {
        return text.matches(".*\\d{4}.*");
    }

    /**
     * Each line of {@code text} (new lines or semicolons; blank ones skipped but counted) given to {@code read} with
     * its number, from 1.
     */
    static void lines(String text, BiConsumer<Integer, String> read) {
        if (text == null || text.isBlank()) {
            return;
        }
        String[] lines = text.split("\\r\\n|[\\r\\n;]", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                read.accept(i + 1, lines[i].strip());
            }
        }
    }

    /** The terms written in {@code text}; each problem, named by {@code noun} and number, added to {@code problems}. */
    static List<Term> terms(String text, String noun, List<String> problems) {
        List<Term> out = new java.util.ArrayList<>();
        lines(text, (n, line) -> {
            Term t = term(line, p -> problems.add(noun + " " + n + ": " + p));
            if (t != null) {
                out.add(t);
            }
        });
        return out;
    }

    /** The days written in {@code text}; each problem, named by {@code noun} and number, added to {@code problems}. */
    static List<LocalDate> days(String text, String noun, List<String> problems) {
        List<LocalDate> out = new java.util.ArrayList<>();
        lines(text, (n, line) -> {
            Read r = day(line);
            if (r.date() == null) {
                problems.add(noun + " " + n + ": " + r.problem());
            } else {
                out.add(r.date());
            }
        });
        return out;
    }

    /** Problems as one field's message: the first few, and how many more. */
    static String message(List<String> problems) {
        int shown = Math.min(problems.size(), 3);
        String more = problems.size() > shown ? ". And " + (problems.size() - shown) + " more" : "";
        return problems.stream().limit(shown).collect(Collectors.joining(". ")) + more;
    }
}
