package org.hearth.partnership;

/** The sector an agency belongs to. */
public enum Sector {
    POLICE("Police"),
    COUNCIL("Council"),
    HEALTH("Health"),
    EDUCATION("Education"),
    PROBATION("Probation"),
    COURTS("Courts"),
    VOLUNTARY("Voluntary and community"),
    OTHER("Other");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
