package org.hearth.hub.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hearth.access.StaffUser;
import org.hearth.hub.HubMeetings.NewAction;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.InvalidInputException;

/**
 * What the hub refuses before anything is written (pure, one field message each): information and actions bounded
 * in length, an action owned by a known agency and due in the future, a representative who works for the agency
 * attending and whose account is active, nothing added to a meeting that has ended.
 */
final class HubInput {

    static final int INFORMATION_MAX = 5000;
    static final int ACTION_MAX = 1000;

    private HubInput() {
    }

    static void information(String text, boolean ended) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            errors.put("text", "Enter the information the agency brings");
        } else if (text.length() > INFORMATION_MAX) {
            errors.put("text", "The information must be 5,000 characters or fewer");
        }
        if (ended) {
            errors.put("text", "The meeting has ended");
        }
        InvalidInputException.refuseIfAny(errors);
    }

    /** {@code ownerKnown}: the owner is given and is an agency of the partnership. */
    static void action(NewAction a, boolean ownerKnown, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (a.subject() == null) {
            errors.put("subject", "Choose whom the action is for");
        }
        if (a.description() == null || a.description().isBlank()) {
            errors.put("description", "Describe the action");
        } else if (a.description().length() > ACTION_MAX) {
            errors.put("description", "The action must be 1,000 characters or fewer");
        }
        if (!ownerKnown) {
            errors.put("owner", "Choose the agency that owns the action");
        }
        if (a.dueAt() == null) {
            errors.put("due", "Enter when the action is due");
        } else if (a.dueAt().isBefore(now)) {
            errors.put("due", "The action must be due in the future");
        }
        InvalidInputException.refuseIfAny(errors);
    }

    /** {@code agencyKnown}: the agency is given and is one of the partnership. */
    static void attendance(AgencyId agency, boolean agencyKnown, Optional<StaffUser> rep, boolean ended) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!agencyKnown) {
            errors.put("agency", "Choose the agency attending");
        }
        if (rep.isEmpty()) {
            errors.put("representative", "Choose the agency's representative");
        } else if (agency != null && !rep.get().agency().equals(agency)) {
            errors.put("representative", "The representative must work for the agency attending");
        } else if (!rep.get().enabled()) {
            errors.put("representative", "Choose a representative whose account is active");
        }
        if (ended) {
            errors.put("agency", "The meeting has ended");
        }
        InvalidInputException.refuseIfAny(errors);
    }

}
