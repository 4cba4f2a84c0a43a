package org.hearth.reviews;

/** The dated stages of a review after the decision to hold it (a panel meeting may be recorded many times). */
public enum Stage {
    TERMS_OF_REFERENCE("Terms of reference agreed"),
    FAMILY_CONTACT("Family contacted"),
    PANEL_MEETING("Panel meeting"),
    DRAFT("Draft report circulated"),
    SUBMITTED_TO_QA("Submitted to the Home Office quality assurance panel"),
    QA_FEEDBACK("Quality assurance feedback received"),
    QA_APPROVED("Approved by the quality assurance panel"),
    PUBLISHED("Published (anonymised report and executive summary)");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
