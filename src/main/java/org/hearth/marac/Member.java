package org.hearth.marac;

import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;

/**
 * A standing member agency of a MARAC, with its named representative and deputy (members of that agency's staff):
 * the holders of the agency's {@code MARAC_RESEARCH} grants when an agenda is published.
 *
 * @param deputy null when the agency has named none
 */
public record Member(AgencyId agency, StaffUserId representative, StaffUserId deputy) {
}
