package org.hearth.notifications;

/** Where a message is: waiting (first try or a retry), sent, or given up on after the configured attempts. */
public enum MessageStatus {
    QUEUED("Queued"), SENT("Sent"), DEAD("Dead letter");

    private final String label;

    MessageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
