package org.hearth.commissioning;

import org.hearth.platform.Worded;

/** Whether a partner's money is committed (agreed) or only pledged. */
public enum ContributionStatus implements Worded {
    COMMITTED, PLEDGED;
}
