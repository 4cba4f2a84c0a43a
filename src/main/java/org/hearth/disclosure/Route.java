package org.hearth.disclosure;

/** How an application came: asked for by the public, or started by the police. */
public enum Route {
    RIGHT_TO_ASK("Right to Ask", "The person at risk, or a third party concerned for them, asked"),
    RIGHT_TO_KNOW("Right to Know", "The police started it from information they hold");

    private final String label;
    private final String hint;

    Route(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }
}
