package org.hearth.subjectaccess;

/**
 * Who the requester is in the records. A person causing harm asking about himself is the most dangerous request:
 * staff names and MARAC involvement are flagged as well as every third party. Not known is treated the same way.
 */
public enum RequesterRole {
    PERSON_AT_RISK("The person at risk (a victim or survivor)"),
    PERSON_CAUSING_HARM("A person causing harm"),
    NOT_KNOWN("Not known (treated as a person causing harm)");

    private final String label;

    RequesterRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
