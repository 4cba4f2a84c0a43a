package org.hearth.access.web;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions after an administrator changes what they may do (disabled, roles, password, second
 * factor). A session keeps the user as they were at sign-in, so without this a disabled user could carry on
 * until their session timed out.
 */
@Component
class SignedInSessions {

    private final FindByIndexNameSessionRepository<?> sessions;

    SignedInSessions(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the user with this username; returns how many were ended. */
    int endAll(String username) {
        var found = sessions.findByPrincipalName(username).keySet();
        found.forEach(sessions::deleteById);
        return found.size();
    }
}
