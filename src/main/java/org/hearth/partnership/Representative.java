package org.hearth.partnership;

/** A named member of a group: a member of staff or partner representing an agency (never a victim). */
public record Representative(MemberId id, String name, String role, AgencyId agency) {
}
