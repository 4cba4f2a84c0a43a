package org.hearth.casework;

/** The kinds of case note. */
public enum NoteType {
    CONTACT("Contact"),
    AGENCY_LIAISON("Agency liaison"),
    RISK("Risk"),
    COURT("Court"),
    SAFEGUARDING("Safeguarding");

    private final String label;

    NoteType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
