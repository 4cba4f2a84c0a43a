package org.hearth.workforce;

import java.util.UUID;

/**
 * An organisation that may hold the Quality Mark: an agency ({@code id} its {@code AgencyId}) or a school ({@code id}
 * its {@code SchoolId}), with its name and area (null: partnership-wide) as their modules hold them.
 */
public record Holder(HolderKind kind, UUID id, String name, UUID areaId) {
}
