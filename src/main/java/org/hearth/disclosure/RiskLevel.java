package org.hearth.disclosure;

import org.hearth.platform.Worded;

/** The risk to the person at risk found by the application's risk assessment. */
public enum RiskLevel implements Worded {
    STANDARD,
    MEDIUM,
    HIGH;
}
