package org.hearth.casework;

import org.hearth.platform.Worded;

/** A milestone of the criminal case the victim is supported through. */
public enum CourtEventKind implements Worded {
    CHARGE,
    FIRST_HEARING,
    TRIAL,
    VERDICT,
    SENTENCE,
    OTHER_HEARING;
}
