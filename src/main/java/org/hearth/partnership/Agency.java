package org.hearth.partnership;

/** A member agency. {@code area} is null for agencies working across the whole partnership. */
public record Agency(AgencyId id, String name, Sector sector, boolean statutory, AreaId area, boolean active) {

    public String kind() {
        return statutory ? "Statutory" : "Voluntary";
    }
}
