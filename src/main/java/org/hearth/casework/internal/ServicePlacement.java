package org.hearth.casework.internal;

import java.util.List;
import java.util.Optional;
import org.hearth.casework.CaseService;
import org.hearth.casework.ServiceKind;
import org.hearth.partnership.AreaId;

/**
 * Which service takes a case placed by an event (the hub's triage decision, a referral to MARAC), and so which
 * agency's managers see it in their queue: the service of that kind covering one of the victim's areas; else one
 * covering the whole partnership (no area); else any of that kind. Pure.
 */
final class ServicePlacement {

    private ServicePlacement() {
    }

    static Optional<CaseService> choose(List<CaseService> all, ServiceKind kind, List<AreaId> areas) {
        List<CaseService> ofKind = all.stream().filter(s -> s.kind() == kind).toList();
        return ofKind.stream().filter(s -> s.area() != null && areas.contains(s.area())).findFirst()
                .or(() -> ofKind.stream().filter(s -> s.area() == null).findFirst())
                .or(() -> ofKind.stream().findFirst());
    }
}
