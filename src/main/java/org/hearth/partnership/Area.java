package org.hearth.partnership;

/** An area of the partnership, such as a district. */
public record Area(AreaId id, String name, Integer population) {
}
