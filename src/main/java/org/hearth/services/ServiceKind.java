package org.hearth.services;

/** What kind of help a service gives. */
public enum ServiceKind {
    REFUGE("Refuge"),
    OUTREACH("Outreach and floating support"),
    HELPLINE("Helpline"),
    IDVA("Independent domestic violence adviser (IDVA)"),
    PERPETRATOR_PROGRAMME("Perpetrator programme"),
    CHILDREN("Children's services"),
    DROP_IN("Drop-in"),
    SANCTUARY_SCHEME("Sanctuary scheme"),
    COUNSELLING("Counselling"),
    LEGAL_ADVICE("Legal advice");

    private final String label;

    ServiceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
