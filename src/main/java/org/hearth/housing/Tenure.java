package org.hearth.housing;

/** Whose home it is: a tenant's sanctuary works need the landlord's consent. */
public enum Tenure {
    OWNER("Owner-occupier", false),
    SOCIAL_TENANT("Council or housing association tenant", true),
    PRIVATE_TENANT("Private tenant", true),
    OTHER("Other (lodger, family home)", false);

    private final String label;
    private final boolean needsConsent;

    Tenure(String label, boolean needsConsent) {
        this.label = label;
        this.needsConsent = needsConsent;
    }

    public String label() {
        return label;
    }

    /** Whether works need a landlord consent record first. */
    public boolean needsConsent() {
        return needsConsent;
    }
}
