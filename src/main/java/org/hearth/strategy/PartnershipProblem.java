package org.hearth.strategy;

/** The common problems of developing partnerships the Tavistock research found (seed 001 §8). */
public enum PartnershipProblem {
    NO_COMMON_PURPOSE("Lack of a clearly articulated common purpose"),
    DIFFERENT_GOALS("Different assumptions and goals"),
    CULTURE_CLASH("Clashes of culture"),
    INADEQUATE_RESOURCES("Inadequate resources"),
    NO_PARENT_SUPPORT("Lack of support from parent organisations"),
    LOSS_OF_COMMITMENT("Loss of commitment"),
    DOMINANT_PARTNER("Dominance of one partner"),
    POLITICAL_DIVISION("Political division"),
    NO_LEADERSHIP("Lack of leadership");

    private final String label;

    PartnershipProblem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
