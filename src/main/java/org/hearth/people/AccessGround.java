package org.hearth.people;

/**
 * Why a holder may see a person's record: the ground of an {@link AccessGrant}. Modules add grounds here (MARAC,
 * handover, disclosure, review), never a parallel way of opening a record.
 */
public enum AccessGround {
    /** The holder's agency referred the person, or named them in a referral. */
    REFERRER("Referred or named them"),
    /** The holder's agency recorded the person (the person form, or an import for another agency). */
    RECORDED("Recorded them"),
    /** The holder's agency assessed their risk (recorded only where the agency already held a ground). */
    ASSESSOR("Assessed their risk"),
    /** A named worker allocated to the person (with approval where their agency had no ground before). */
    ALLOCATED("Allocated worker"),
    /**
     * Hub coordinators: a standing ground held through the role, never stored as a row (see
     * {@link PersonAccess#mayView}).
     */
    HUB("Hub coordinator"),
    /** Research for a MARAC meeting (temporary: ends when the meeting has been held). */
    MARAC_RESEARCH("MARAC research"),
    /**
     * A named representative of an agency attending the daily hub meeting, on the cases of its agenda (temporary:
     * ends with the meeting day).
     */
    HUB_MEETING("Hub meeting"),
    /** An action from a MARAC meeting (ends when the action closes). */
    MARAC_ACTION("MARAC action"),
    /** A case handed over from another service. */
    HANDOVER("Handover"),
    /** A disclosure team's work under the Domestic Violence Disclosure Scheme. */
    DISCLOSURE("Disclosure"),
    /** A domestic homicide or safeguarding review panel. */
    REVIEW("Review panel"),
    /** An information governance officer's subject access request about the person (ends when it is released). */
    SUBJECT_ACCESS("Subject access request");

    private final String label;

    AccessGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
