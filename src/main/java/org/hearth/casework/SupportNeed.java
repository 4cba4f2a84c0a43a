package org.hearth.casework;

import org.hearth.platform.Worded;

/** The areas of a support plan. */
public enum SupportNeed implements Worded {
    HOUSING,
    CRIMINAL_JUSTICE,
    CIVIL_ORDERS,
    HEALTH,
    FINANCE,
    IMMIGRATION,
    CHILDREN;
}
