package org.hearth.casework;

import org.hearth.platform.Worded;

/** The worker's view of the risk at a stage of the case. */
public enum RiskLevel implements Worded {
    HIGH,
    MEDIUM,
    STANDARD;
}
