package org.hearth.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hearth.people.matching.Evidence;
import org.hearth.people.matching.FieldEvidence;
import org.hearth.people.matching.MatchField;

/**
 * Says in words why the matching engine thinks two records may be one person, field by field, from its
 * {@link Evidence} (never its weights, which mean nothing to a practitioner): for example "Same date of birth",
 * "Family name spelt slightly differently", "Different postcode". Fields missing on either record, and the
 * engine's identifier, are left out.
 */
final class MatchExplanation {

    /** Said of a family name matched through a previous name or alias (a search must not show a stranger that link). */
    static final String VIA_ALIAS = " (a previous name or alias)";

    /** A match weight as older versions wrote it at the end of a reason, e.g. " (+13.1)" or " (−2.4)". */
    private static final Pattern WEIGHT = Pattern.compile("\\s*\\([+\u2212-]\\d+(\\.\\d+)?\\)\\s*$");

    private MatchExplanation() {
    }

    /** One sentence a field that was compared on both records, in the engine's field order. */
    static List<String> of(List<FieldEvidence> evidence, boolean viaAlias) {
        List<String> out = new ArrayList<>();
        for (FieldEvidence e : evidence) {
            String said = say(e.field(), e.evidence(), viaAlias);
            if (said != null) {
                out.add(said);
            }
        }
        return out;
    }

    /** The words for one field's evidence, or {@code null} when there is nothing to say. */
    static String say(MatchField field, Evidence evidence, boolean viaAlias) {
        if (field == MatchField.PRIOR || field == MatchField.IDENTIFIER) {
            return null;
        }
        String name = name(field);
        String said = switch (evidence) {
            case MISSING, COUNTED_ELSEWHERE -> null;
            case EXACT -> "Same " + name;
            case NAMES_SWAPPED -> "Given and family names swapped";
            case DAY_AND_MONTH_SWAPPED -> "Date of birth with day and month swapped";
            case CLOSE_SPELLING -> capital(name) + " spelt slightly differently";
            case DISTANT_SPELLING -> capital(name) + " spelt differently";
            case ONE_CHARACTER_DIFFERENT -> capital(name) + " one character different";
            case ONE_DIGIT_DIFFERENT -> capital(name) + " one digit different";
            case NICKNAME -> "Given name a short form or nickname of the other";
            case SOUNDS_ALIKE -> capital(name) + " sounds alike";
            case INITIAL -> "Given name only an initial on one record, the same initial";
            case SHARES_A_PART -> "Family name shares a part (double-barrelled)";
            case WITHIN_A_YEAR -> "Dates of birth within a year of each other";
            case SAME_HOUSE_AND_STREET -> "Same house and street";
            case SIMILAR -> "Similar address";
            case SAME_STREET -> "Same street, different house";
            case SAME_TOWN -> "Same town (only a town recorded)";
            case SAME_SECTOR -> "Postcodes in the same sector";
            case SAME_DISTRICT -> "Postcodes in the same district";
            case DIFFERENT -> "Different " + name;
        };
        if (said != null && field == MatchField.SURNAME && viaAlias) {
            said += VIA_ALIAS;
        }
        return said;
    }

    private static String name(MatchField field) {
        return switch (field) {
            case FORENAME -> "given name";
            case SURNAME -> "family name";
            case DATE_OF_BIRTH -> "date of birth";
            case ADDRESS -> "address";
            case POSTCODE -> "postcode";
            case SEX -> "sex";
            case IDENTIFIER -> "identifier";
            case PRIOR -> "prior";
        };
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A reason stored by an older version without its weight ("Postcode: the same (+9.2)" → "Postcode: the same"). */
    static String withoutWeight(String reason) {
        return reason == null ? null : WEIGHT.matcher(reason).replaceFirst("");
    }
}
