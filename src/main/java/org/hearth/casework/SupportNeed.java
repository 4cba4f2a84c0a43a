package org.hearth.casework;

/** The areas of a support plan. */
public enum SupportNeed {
    HOUSING("Housing"),
    CRIMINAL_JUSTICE("Criminal justice"),
    CIVIL_ORDERS("Civil orders"),
    HEALTH("Health"),
    FINANCE("Finance"),
    IMMIGRATION("Immigration"),
    CHILDREN("Children");

    private final String label;

    SupportNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
