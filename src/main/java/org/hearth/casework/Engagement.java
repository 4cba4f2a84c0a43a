package org.hearth.casework;

import org.hearth.platform.Worded;

/** Whether the person is engaging with the service. */
public enum Engagement implements Worded {
    ENGAGED,
    NOT_ENGAGED,
    DECLINED,
    UNCONTACTABLE;
}
