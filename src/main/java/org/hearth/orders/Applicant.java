package org.hearth.orders;

/** Who applied for (or made) an order. Each type lists the ones that may. */
public enum Applicant {
    POLICE("The police"),
    VICTIM("The person protected"),
    THIRD_PARTY("Someone else, with the court's leave"),
    COURT("The court, of its own motion");

    private final String label;

    Applicant(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
