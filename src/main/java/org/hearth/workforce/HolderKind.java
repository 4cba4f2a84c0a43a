package org.hearth.workforce;

import org.hearth.platform.Worded;

/** Who applies for the Quality Mark: a member agency of the partnership or a school in the encompass register. */
public enum HolderKind implements Worded {
    AGENCY,
    SCHOOL;
}
