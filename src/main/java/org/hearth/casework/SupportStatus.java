package org.hearth.casework;

import org.hearth.platform.Worded;

/** Where an intervention of the support plan is. */
public enum SupportStatus implements Worded {
    PLANNED,
    IN_PROGRESS,
    DONE,
    STOPPED;
}
