package org.hearth.people.matching.internal;

import static org.hearth.people.matching.Evidence.*;

import java.util.List;
import org.hearth.people.matching.Evidence;
import org.hearth.people.matching.MatchField;
import org.hearth.people.matching.MatchRecord;

/**
 * The field comparisons and their levels (what each level means and which {@link Evidence} it is); the level of a
 * pair is worked out field by field in {@link FieldLevels}. Level 0 of every comparison is "missing" (weight 0); then
 * levels from the strongest agreement to "else", the first that applies wins. At most 15 levels, so a
 * pair's comparison vector packs into one int, four bits a comparison.
 */
public enum Comparison {

    FORENAME(MatchField.FORENAME, List.of("missing", "exact", "swapped with surname", "Jaro-Winkler >= 0.92",
            "nickname", "phonetic", "initial", "Jaro-Winkler >= 0.80", "else"),
            List.of(MISSING, EXACT, NAMES_SWAPPED, CLOSE_SPELLING, NICKNAME, SOUNDS_ALIKE, INITIAL, DISTANT_SPELLING,
                    DIFFERENT)),
    SURNAME(MatchField.SURNAME, List.of("missing", "exact", "swapped with forename (weighed under forename)",
            "Jaro-Winkler >= 0.92", "phonetic", "shares a part", "Jaro-Winkler >= 0.80", "else"),
            List.of(MISSING, EXACT, COUNTED_ELSEWHERE, CLOSE_SPELLING, SOUNDS_ALIKE, SHARES_A_PART, DISTANT_SPELLING,
                    DIFFERENT)),
    DATE_OF_BIRTH(MatchField.DATE_OF_BIRTH, List.of("missing", "exact", "day and month swapped", "one digit wrong",
            "within a year", "else"),
            List.of(MISSING, EXACT, DAY_AND_MONTH_SWAPPED, ONE_DIGIT_DIFFERENT, WITHIN_A_YEAR, DIFFERENT)),
    ADDRESS(MatchField.ADDRESS, List.of("missing", "exact", "same house and street", "fuzzy", "same street",
            "same town (only a town recorded)", "else"),
            List.of(MISSING, EXACT, SAME_HOUSE_AND_STREET, SIMILAR, SAME_STREET, SAME_TOWN, DIFFERENT)),
    POSTCODE(MatchField.POSTCODE, List.of("missing", "exact", "one character wrong", "same sector", "same district",
            "else"),
            List.of(MISSING, EXACT, ONE_CHARACTER_DIFFERENT, SAME_SECTOR, SAME_DISTRICT, DIFFERENT)),
    SEX(MatchField.SEX, List.of("missing", "same", "different"), List.of(MISSING, EXACT, DIFFERENT)),
    IDENTIFIER(MatchField.IDENTIFIER, List.of("missing", "exact", "one character wrong", "else"),
            List.of(MISSING, EXACT, ONE_CHARACTER_DIFFERENT, DIFFERENT));

    static final Comparison[] ALL = values();
    static final int COUNT = ALL.length;

    final String field;
    final MatchField on;
    final List<String> levels;
    /** The evidence each level is, level by level. */
    final List<Evidence> evidence;

    Comparison(MatchField on, List<String> levels, List<Evidence> evidence) {
        if (levels.size() != evidence.size()) {
            throw new IllegalStateException(on + ": one evidence a level");
        }
        this.on = on;
        this.field = on.label();
        this.levels = levels;
        this.evidence = evidence;
    }

    public String field() {
        return field;
    }

    /** The evidence of level {@code level}. */
    public Evidence evidence(int level) {
        return evidence.get(level);
    }

    public List<String> levels() {
        return levels;
    }

    /** Number of levels including "missing". */
    int levelCount() {
        return levels.size();
    }

    /** Level 1 ("exact") carries a term-frequency adjustment. */
    boolean termFrequencyAdjusted() {
        return this == FORENAME || this == SURNAME || this == POSTCODE;
    }

    /** The comparison vector of records {@code i} of {@code a} and {@code j} of {@code b}, 4 bits a comparison. */
    static int pattern(Prepared a, int i, Prepared b, int j) {
        return FieldLevels.forename(a, i, b, j)
                | FieldLevels.surname(a, i, b, j) << 4
                | FieldLevels.dateOfBirth(a, i, b, j) << 8
                | FieldLevels.address(a, i, b, j) << 12
                | FieldLevels.postcode(a, i, b, j) << 16
                | FieldLevels.sex(a, i, b, j) << 20
                | FieldLevels.identifier(a, i, b, j) << 24;
    }

    /** How two recorded dates of birth compare (ISO or {@code yyyyMMdd}; null or blank is missing). */
    public static Evidence datesOfBirth(String a, String b) {
        Prepared p = new Prepared(java.util.List.of(
                new MatchRecord("a", null, null, a, null, null, null),
                new MatchRecord("b", null, null, b, null, null, null)), null);
        return DATE_OF_BIRTH.evidence(FieldLevels.dateOfBirth(p, 0, p, 1));
    }

    static int level(int pattern, int comparison) {
        return pattern >>> (4 * comparison) & 0xF;
    }
}
