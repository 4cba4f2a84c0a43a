package org.hearth.services;

/** A group of people a service is for, or a need it meets. */
public enum Need {
    WOMEN("Women"),
    MEN("Men"),
    LGBT("LGBT+ people"),
    CHILDREN_YOUNG_PEOPLE("Children and young people"),
    OLDER_PEOPLE("Older people"),
    DISABLED_PEOPLE("Disabled people"),
    BLACK_MINORITISED("Black and minoritised communities"),
    NO_RECOURSE("No recourse to public funds"),
    SUBSTANCE_USE("Substance use");

    private final String label;

    Need(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
