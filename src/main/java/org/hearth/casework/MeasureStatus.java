package org.hearth.casework;

import org.hearth.platform.Worded;

/** Where a request for a special measure stands. */
public enum MeasureStatus implements Worded {
    REQUESTED,
    GRANTED,
    REFUSED;
}
