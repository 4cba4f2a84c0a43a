package org.hearth.casework;

import org.hearth.platform.Worded;

/** Where a case is: waiting in its service's queue, open with a worker, or closed. */
public enum CaseStatus implements Worded {
    AWAITING_ALLOCATION,
    OPEN,
    CLOSED;
}
