package org.hearth.casework;

/** Where a case came from. */
public enum CaseSource {
    TRIAGE("The hub's triage decision"),
    MARAC("A referral to MARAC"),
    PERSON_PAGE("A person's page"),
    API("Another system");

    private final String label;

    CaseSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
