package org.hearth.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What was typed in the search box, and what kind of thing it looks like. The kind (never the text) is what the
 * audit trail records of a search.
 *
 * @param text the query, trimmed, spaces collapsed
 * @param name for {@link Kind#NAME}: the words of the name (a date at the end, if any, is {@code date})
 * @param date for {@link Kind#DATE}, or a date typed after a name
 */
public record SearchQuery(String text, Kind kind, String name, LocalDate date) {

    /** The longest query taken. */
    public static final int MAX_LENGTH = 200;

    public enum Kind {
        NAME("name"), DATE("date of birth"), POSTCODE("postcode"), REFERRAL_REFERENCE("referral reference"),
        POLICE_REFERENCE("police reference"), ID("Hearth id");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final Pattern REFERENCE = Pattern.compile("(?i)R\\d{4}-\\d{6}");
    private static final Pattern ID = Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern POSTCODE = Pattern.compile("(?i)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");
    private static final Pattern TRAILING_DATE = Pattern.compile("^(.*?)\\s*(\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}"
            + "|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2} [A-Za-z]{3,9} \\d{4})$");
    private static final List<DateTimeFormatter> DATES = List.of(pattern("d/M/uuuu"), pattern("d.M.uuuu"),
            pattern("d-M-uuuu"), pattern("uuuu-M-d"), pattern("d MMMM uuuu"), pattern("d MMM uuuu"));

    private static DateTimeFormatter pattern(String p) {
        return DateTimeFormatter.ofPattern(p, Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The query, or empty when nothing (or only spaces) was typed. Over-long text is cut to {@link #MAX_LENGTH}. */
    public static Optional<SearchQuery> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip().replaceAll("\\s+", " ");
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH).strip();
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (REFERENCE.matcher(text).matches()) {
            return Optional.of(new SearchQuery(text.toUpperCase(Locale.ROOT), Kind.REFERRAL_REFERENCE, null, null));
        }
        if (ID.matcher(text).matches()) {
            return Optional.of(new SearchQuery(text.toLowerCase(Locale.ROOT), Kind.ID, null, null));
        }
        if (POSTCODE.matcher(text).matches()) {
            String compact = text.toUpperCase(Locale.ROOT).replace(" ", "");
            return Optional.of(new SearchQuery(compact.substring(0, compact.length() - 3) + " "
                    + compact.substring(compact.length() - 3), Kind.POSTCODE, null, null));
        }
        Matcher dated = TRAILING_DATE.matcher(text);
        if (dated.matches()) {
            Optional<LocalDate> date = date(dated.group(2));
            if (date.isPresent()) {
                String name = dated.group(1).strip();
                return Optional.of(name.isEmpty() ? new SearchQuery(text, Kind.DATE, null, date.get())
                        : new SearchQuery(text, Kind.NAME, name, date.get()));
            }
        }
        if (!text.contains(" ") && text.chars().anyMatch(Character::isDigit)) {
            return Optional.of(new SearchQuery(text, Kind.POLICE_REFERENCE, null, null));
        }
        return Optional.of(new SearchQuery(text, Kind.NAME, text, null));
    }

    /** The id typed, for {@link Kind#ID}. */
    public UUID id() {
        return kind == Kind.ID ? UUID.fromString(text) : null;
    }

    static Optional<LocalDate> date(String s) {
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }
}
