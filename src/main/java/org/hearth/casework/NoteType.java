package org.hearth.casework;

import org.hearth.platform.Worded;

/** The kinds of case note. */
public enum NoteType implements Worded {
    CONTACT,
    AGENCY_LIAISON,
    RISK,
    COURT,
    SAFEGUARDING;
}
