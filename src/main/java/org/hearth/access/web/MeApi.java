package org.hearth.access.web;

import java.util.Set;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.audit.NotAudited;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is signed in as. */
@RestController
@NotAudited("returns only the caller's own account")
class MeApi {

    /** The signed-in user. */
    record Me(String id, String username, String displayName, String agencyId, Set<Role> roles) {
    }

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal StaffPrincipal me) {
        return new Me(me.id().toString(), me.getUsername(), me.displayName(), me.agency().toString(), me.roles());
    }
}
