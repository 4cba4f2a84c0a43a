package org.hearth.marac;

import java.util.List;
import java.util.Optional;

/**
 * Actions agreed at MARAC meetings, tracked to completion. The owner agency's named representative and deputy see
 * and update their agency's actions (with {@code MARAC_ACTION} access to the people concerned until the action
 * closes); the MARAC's chair and hub/MARAC coordinators see every action. Writes and reads of actions are audited
 * with the case's people.
 */
public interface MaracActions {

    /**
     * An action, to its owner agency's representative or deputy, the MARAC's chair or a coordinator.
     *
     * @throws org.springframework.security.access.AccessDeniedException to anyone else
     */
    Optional<MaracAction> find(MaracActionId id);

    /** The open and recently closed actions of the agencies the current user represents on a MARAC, due first. */
    List<MaracAction> mine();

    /** Every open action past its due day, oldest due first (hub/MARAC coordinators). */
    List<MaracAction> overdue();

    /**
     * Adds a progress note (with optional evidence) as the owner's representative or deputy, a chair or a
     * coordinator; {@code complete} closes the action and ends the {@code MARAC_ACTION} grants it made (unless
     * another open action of the agency still concerns the person).
     *
     * @throws org.hearth.platform.InvalidInputException for no note, text too long, or an action already closed
     */
    MaracAction progress(MaracActionId id, String note, String evidence, boolean complete);
}
