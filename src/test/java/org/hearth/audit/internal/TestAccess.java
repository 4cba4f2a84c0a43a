package org.hearth.audit.internal;

import org.hearth.audit.AuditTrail;

/** Lets tests outside this package build the (package-private) aspect around a trail of their own. */
public class TestAccess {

    public Object aspect(AuditTrail trail) {
        return new AuditedAspect(trail);
    }
}
