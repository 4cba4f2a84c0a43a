package org.hearth.partnership.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.GroupId;
import org.hearth.partnership.PartnershipGroup;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Structures;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pages under {@code /partnership/groups/{id}}: each handler loads the group named by the path with
 * {@link #group}, which puts it in the model as {@code group} (an unknown id is a 404). Not a {@code @ModelAttribute}
 * method: those run before the handler's {@code @PreAuthorize}, so a caller who may not manage groups would learn
 * from a 404 whether a group exists before being refused ({@code AuthorisationMatrixTest} expects the 403).
 */
abstract class OneGroup {

    static final String MANAGE = "hasAnyRole('PARTNERSHIP_COORDINATOR', 'SYSTEM_ADMIN')";

    protected final Structures structures;
    protected final Partnerships partnerships;

    OneGroup(Structures structures, Partnerships partnerships) {
        this.structures = structures;
        this.partnerships = partnerships;
    }

    /** The group named by the path, also put in the model as {@code group}; an unknown one is a 404. */
    PartnershipGroup group(UUID id, Model model) {
        PartnershipGroup g = structures.group(new GroupId(id)).orElseThrow(OneGroup::notFound);
        model.addAttribute("group", g);
        return g;
    }

    Map<AgencyId, String> agencyNames() {
        return agencyNames(partnerships);
    }

    static Map<AgencyId, String> agencyNames(Partnerships partnerships) {
        return partnerships.agencies().stream().collect(Collectors.toMap(Agency::id, Agency::name));
    }

    static Set<AgencyId> agencyIds(Partnerships partnerships) {
        return partnerships.agencies().stream().map(Agency::id).collect(Collectors.toSet());
    }

    static Set<GroupId> groupIds(Structures structures) {
        return structures.groups().stream().map(PartnershipGroup::id).collect(Collectors.toSet());
    }

    static boolean canManage(Authentication auth) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority()
                .equals("ROLE_PARTNERSHIP_COORDINATOR") || a.getAuthority().equals("ROLE_SYSTEM_ADMIN"));
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
