package org.hearth.notifications;

/** Whether a message goes to an establishment's contact or to a user of Hearth. */
public enum RecipientKind {
    ESTABLISHMENT("Establishment"), USER("User");

    private final String label;

    RecipientKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
