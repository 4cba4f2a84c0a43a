package org.hearth.subjectaccess.internal;

import java.util.ArrayList;
import java.util.List;
import org.hearth.people.PersonDataSection;
import org.hearth.people.PersonDataSection.Kind;
import org.hearth.people.PersonDataSection.SectionKind;
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

    /**
     * For a requester other than the person at risk, MARAC is left out altogether: a line withheld as "MARAC
     * involvement", or the labels of a MARAC entry, would tell him that she was referred. A MARAC section
     * ({@link SectionKind#MARAC}, whatever its title) goes whole; in any other section an entry keeps its other
     * fields without its MARAC ones (a referral decided "Refer to MARAC"); a section left empty goes (null).
     */
    static PersonDataSection withoutMarac(PersonDataSection s) {
        if (s.kind() == SectionKind.MARAC) {
            return null;
        }
        List<PersonDataSection.Entry> entries = new ArrayList<>();
        for (PersonDataSection.Entry e : s.entries()) {
            List<PersonDataSection.Field> kept = e.fields().stream().filter(f -> f.kind() != Kind.MARAC).toList();
            if (kept.size() == e.fields().size()) {
                entries.add(e);
            } else {
                entries.add(new PersonDataSection.Entry(e.heading(), kept));
            }
        }
        return entries.isEmpty() ? null : s.withEntries(entries);
    }

    /** The kind's label inside a sentence: lower-cased at the start, except an acronym ("MARAC involvement"). */
    static String why(Kind kind) {
        String label = kind.label();
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return acronym ? label : label.substring(0, 1).toLowerCase() + label.substring(1);
    }
}
