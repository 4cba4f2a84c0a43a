package org.hearth.hub;

/** Whom a hub action is for. */
public enum ActionSubject {
    VICTIM("For the victim"), CHILDREN("For the children"), PERPETRATOR("For the perpetrator");

    private final String label;

    ActionSubject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
