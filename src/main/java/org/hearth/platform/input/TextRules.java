package org.hearth.platform.input;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for text Hearth accepts, from forms, query parameters and API bodies alike.
 * <ul>
 * <li>Refused: NUL and every other control character (C0, DEL, C1), except tab and line breaks in long text;
 * unpaired (lone) UTF-16 surrogates; the noncharacters U+FFFE and U+FFFF; the Unicode bidirectional embeddings,
 * overrides and isolates (U+202A-U+202E, U+2066-U+2069), which can make text display differently from what it
 * says.</li>
 * <li>Kept: zero-width joiner and non-joiner (U+200C, U+200D: part of how some Persian, Urdu and Bengali names are
 * spelt), zero-width space, and the left-to-right and right-to-left marks (U+200E, U+200F).</li>
 * <li>Accepted text is normalised to Unicode NFC (composed), except secrets (passwords), which are kept as
 * typed.</li>
 * </ul>
 * Long text is a field whose name contains one of {@link #LONG_TEXT_WORDS} (the textareas: narrative, reasons,
 * notes, descriptions, addresses...): only there may tab, carriage return and line feed appear.
 */
public final class TextRules {

    /** Words that make a field long text (multi-line), matched case-insensitively anywhere in the field's name. */
    public static final Set<String> LONG_TEXT_WORDS = Set.of("narrative", "reason", "note", "description", "text",
            "minutes", "decisions", "evidence", "address", "accessibility", "openingtimes", "comment", "summary",
            "details", "purpose", "remit");

    /** A problem with a piece of text: a message for the person who typed it, never quoting the text. */
    public enum Problem {
        CONTROL("contains a control character (such as NUL) that Hearth does not accept: remove it"),
        LINE_BREAK("must be on one line: remove the line breaks and tabs"),
        SURROGATE("contains a broken character (an unpaired surrogate): type it again"),
        BIDI("contains an invisible character that reverses the direction of text: remove it");

        private final String message;

        Problem(String message) {
            this.message = message;
        }

        /** The message for a form field or API field, e.g. "This answer contains ...". */
        public String message() {
            return "This answer " + message;
        }
    }

    private TextRules() {
    }

    /** Whether line breaks and tabs are allowed in a field of this name (the last part of a nested path). */
    public static boolean isLongText(String field) {
        if (field == null) {
            return false;
        }
        String name = lastSegment(field).toLowerCase(Locale.ROOT);
        for (String word : LONG_TEXT_WORDS) {
            if (name.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Secrets are checked but never normalised, so a password is compared exactly as it was typed. */
    public static boolean isSecret(String field) {
        return field != null && lastSegment(field).toLowerCase(Locale.ROOT).contains("password");
    }

    /** The first problem with this text, if any. */
    public static Optional<Problem> problem(String text, boolean longText) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c == '\t' || c == '\n' || c == '\r') {
                    if (!longText) {
                        return Optional.of(Problem.LINE_BREAK);
                    }
                } else {
                    return Optional.of(Problem.CONTROL);
                }
            } else if (c >= 0x7F && c <= 0x9F) {
                return Optional.of(Problem.CONTROL);
            } else if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                return Optional.of(Problem.BIDI);
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return Optional.of(Problem.SURROGATE);
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return Optional.of(Problem.SURROGATE);
            } else if (c == 0xFFFE || c == 0xFFFF) {
                return Optional.of(Problem.CONTROL);
            }
        }
        return Optional.empty();
    }

    /** Unicode NFC: "e" followed by a combining acute accent becomes one "é", as most keyboards type it. */
    public static String normalise(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The accepted form of a field's text: checked, then NFC-normalised unless it is a secret.
     *
     * @throws InvalidTextException when the text breaks the rule
     */
    public static String accept(String field, String text) {
        Optional<Problem> problem = problem(text, isLongText(field));
        if (problem.isPresent()) {
            throw new InvalidTextException(field, problem.get());
        }
        return isSecret(field) ? text : normalise(text);
    }

    /** The text with every refused character removed, safe to show back in a form. */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (problem(String.valueOf(c), true).isEmpty()) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String lastSegment(String path) {
        String p = path.replaceAll("\\[[^]]*]", "");
        int dot = p.lastIndexOf('.');
        return dot < 0 ? p : p.substring(dot + 1);
    }
}
