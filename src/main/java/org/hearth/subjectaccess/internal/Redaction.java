package org.hearth.subjectaccess.internal;

import org.hearth.people.PersonDataSection.Kind;
import org.hearth.subjectaccess.RequesterRole;

/**
 * Which items are flagged for review, by whose information they are and who asked. Every third party, another
 * person's address or contact details, a confidential address or safe contact detail and all free text are flagged
 * whoever asks; for a person causing harm (or a requester not known) staff names and MARAC involvement are flagged
 * too; for a request made by a representative the person's own confidential items, staff names and MARAC involvement
 * are flagged whoever the person is.
 * A flagged item is withheld until a reviewer releases it.
 */
final class Redaction {

    private Redaction() {
    }

    static boolean flagged(Kind kind, RequesterRole role) {
        return flagged(kind, role, false);
    }

    /**
     * With a representative the redaction stays the person's own, and never less: the person's own confidential
     * address, safe contact details and refuge, the staff who work with her and her MARAC involvement are flagged too,
     * because they leave the person's hands (a parent may be the one she fled).
     */
    static boolean flagged(Kind kind, RequesterRole role, boolean representative) {
        boolean atRisk = role == RequesterRole.PERSON_AT_RISK;
        return switch (kind) {
            case OWN -> false;
            case THIRD_PARTY, THIRD_PARTY_DETAIL, FREE_TEXT -> true;
            case CONFIDENTIAL -> !atRisk || representative;
            case STAFF, MARAC -> !atRisk || representative;
        };
    }

    /** The kind's label inside a sentence: lower-cased at the start, except an acronym ("MARAC involvement"). */
    static String why(Kind kind) {
        String label = kind.label();
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return acronym ? label : label.substring(0, 1).toLowerCase() + label.substring(1);
    }
}
