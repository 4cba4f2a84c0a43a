package org.hearth.referrals;

/** The victim's consent to share information; overriding it needs a lawful basis and a reason. */
public enum Consent {
    GIVEN("Given"), REFUSED("Refused"), OVERRIDDEN("Refused, but shared without consent");

    private final String label;

    Consent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
