package org.hearth.referrals;

/** The relationship between the victim and the person causing harm. */
public enum VictimRelationship {
    INTIMATE_PARTNER("Intimate partner"), EX_PARTNER("Ex-partner"), FAMILY_MEMBER("Family member"), OTHER("Other");

    private final String label;

    VictimRelationship(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
