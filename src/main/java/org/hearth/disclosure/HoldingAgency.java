package org.hearth.disclosure;

import org.hearth.partnership.AgencyId;

/** An agency that holds a current grant on the subject's record: one to ask, never to read. */
public record HoldingAgency(AgencyId id, String name, boolean asked) {
}
