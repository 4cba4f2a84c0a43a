package org.hearth.people;

/** Which parts of a person's record a grant opens. */
public enum AccessScope {
    /** The full record (details, address history with confidential addresses, relationships, risk), but not the safe phone number and safe address. */
    RECORD("Full record"),
    /** The full record and the safe phone number and safe address: held only by a named member of staff. */
    SAFE_CONTACT("Full record and safe contact details");

    private final String label;

    AccessScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
