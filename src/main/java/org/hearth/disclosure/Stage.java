package org.hearth.disclosure;

/**
 * The stages of an application before the decision forum, in order (the forum and the outcome are recorded with
 * {@link Disclosures#decide} and {@link Disclosures#close}).
 */
public enum Stage {
    CONTACT("Initial contact and immediate-risk check"),
    FACE_TO_FACE("Face-to-face meeting with proof of identity"),
    CHECKS("Checks with agencies completed"),
    RISK_ASSESSMENT("Risk assessment");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
