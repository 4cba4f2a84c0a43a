package org.hearth.notifications;

/** What a message is about, for the administrators' outbox page. The words sent are the same for every kind. */
public enum MessageKind {
    SCHOOL_NOTIFICATION("School notification (Operation Encompass)"),
    GP_NOTIFICATION("GP practice notification"),
    GENERAL("New notification");

    private final String label;

    MessageKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
