package org.hearth.casework;

/** What came of a contact attempt. {@link #SPOKE} is first contact. */
public enum ContactOutcome {
    SPOKE("Spoke to them"),
    NO_ANSWER("No answer"),
    LEFT_MESSAGE("Left a message"),
    MESSAGE_SENT("Message or letter sent"),
    NOT_SAFE_TO_TALK("Not safe to talk"),
    WRONG_DETAILS("Wrong number or address"),
    DECLINED("Declined support");

    private final String label;

    ContactOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
