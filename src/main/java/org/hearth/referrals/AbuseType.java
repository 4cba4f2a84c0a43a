package org.hearth.referrals;

/** Kinds of abuse a referral describes (a referral may name several). */
public enum AbuseType {
    PHYSICAL("Physical"),
    SEXUAL("Sexual"),
    PSYCHOLOGICAL("Psychological or emotional"),
    ECONOMIC("Economic"),
    COERCIVE_CONTROL("Coercive control"),
    STALKING("Stalking"),
    HONOUR_BASED("Honour-based abuse"),
    FORCED_MARRIAGE("Forced marriage"),
    FGM("Female genital mutilation");

    private final String label;

    AbuseType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
