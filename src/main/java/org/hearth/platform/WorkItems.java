package org.hearth.platform;

import java.util.List;

/**
 * What a module puts on the signed-in user's home page, "My work" (an SPI: each module contributes a bean and the
 * home page knows none of them). Called on every view of the home page as the signed-in user, so an
 * implementation applies that user's roles, agency and need-to-know itself, audits any person data it shows
 * (better: shows none, only references and counts), and stays cheap (a few indexed queries). It only reads: the
 * home page calls every implementation in one read-only transaction (a write there fails), and their audit entries
 * are written together as it ends.
 */
public interface WorkItems {

    /** The lists for the signed-in user; empty when nothing of this module concerns them. */
    List<WorkList> forCurrentUser();
}
