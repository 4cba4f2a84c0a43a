package org.hearth.notifications;

import org.hearth.platform.Worded;

/** Whether a message goes to an establishment's contact or to a user of Hearth. */
public enum RecipientKind implements Worded {
    ESTABLISHMENT, USER;
}
