package org.hearth.reviews;

/** Where a recommendation of the action plan stands. */
public enum RecommendationStatus {
    OPEN("Not started"),
    IN_PROGRESS("In progress"),
    DONE("Completed");

    private final String label;

    RecommendationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
