package org.hearth.people;

import java.util.List;

/**
 * One module's part of a person's subject access output ({@link PersonDataSource}): a title and entries (a
 * referral, an assessment, a note), each a list of fields, and what the section is ({@link SectionKind}), which
 * decides what happens to it whatever its title says.
 */
public record PersonDataSection(String title, List<Entry> entries, SectionKind kind) {

    public PersonDataSection {
        entries = List.copyOf(entries);
        kind = java.util.Objects.requireNonNull(kind, "kind");
    }

    /** A section of records ({@link SectionKind#RECORDS}). */
    public PersonDataSection(String title, List<Entry> entries) {
        this(title, entries, SectionKind.RECORDS);
    }

    /** The same section with other entries (its title and kind kept). */
    public PersonDataSection withEntries(List<Entry> other) {
        return new PersonDataSection(title, other, kind);
    }

    /** What a whole section is. */
    public enum SectionKind {
        /** Records of a module: each field is flagged by its own {@link Kind}. */
        RECORDS,
        /**
         * Every entry is MARAC involvement (the MARAC module's referrals and meetings): for anyone but the person at
         * risk the whole section is left out, as its existence would tell him that she was referred.
         */
        MARAC
    }

    /** One record in the section, e.g. "Referral R-2026-00012, received 5 March 2026". */
    public record Entry(String heading, List<Field> fields) {

        public Entry {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One piece of information.
     *
     * @param key stable across reads: the module's record type, its id and the field ({@code referral:<id>:victim})
     * @param label what it is, in words ("Victim", "Narrative")
     * @param value the information (may be null: shown as "Not recorded")
     * @param kind whose it is, which decides whether it is flagged for review
     */
    public record Field(String key, String label, String value, Kind kind) {

        public static Field own(String key, String label, String value) {
            return new Field(key, label, value, Kind.OWN);
        }
    }

    /** Whose information a field is. */
    public enum Kind {
        /** The person's own data (their name, their date of birth, the dates of their own records). */
        OWN("The person's own information"),
        /** Another person named: a victim, a child, a perpetrator, a relative, a referrer outside the staff. */
        THIRD_PARTY("Names another person"),
        /** Another person's address or contact details (the victim's address, a safe phone number). */
        THIRD_PARTY_DETAIL("Another person's address or contact details"),
        /** A confidential address or the safe contact details of the person: could lead to someone else's home. */
        CONFIDENTIAL("A confidential address or safe contact details"),
        /** A member of staff named. */
        STAFF("Names a member of staff"),
        /** Involvement in a MARAC: for a person causing harm it reveals the victim's MARAC involvement. */
        MARAC("MARAC involvement"),
        /** Free text written by staff, which may name anyone. */
        FREE_TEXT("Free text that may name other people");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
