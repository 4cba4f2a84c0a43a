package org.hearth.workforce;

/**
 * The staff groups training reaches. The first five are the groups BVPI 225 item 11 names.
 */
public enum TrainingAudience {
    HOUSING("Housing", true),
    SOCIAL_SERVICES("Social services", true),
    EDUCATION("Education", true),
    HEALTH("Health", true),
    POLICE("Front-line police", true),
    VOLUNTARY_SECTOR("Specialist and voluntary services", false),
    OTHER("Other", false);

    private final String label;
    private final boolean namedByBvpi225;

    TrainingAudience(String label, boolean namedByBvpi225) {
        this.label = label;
        this.namedByBvpi225 = namedByBvpi225;
    }

    public String label() {
        return label;
    }

    /** One of housing, social services, education, health and front-line police. */
    public boolean namedByBvpi225() {
        return namedByBvpi225;
    }
}
