package org.hearth.housing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A refuge provider: a name and the area it serves, never an address. {@code places} is its capacity (BVPI 225
 * item 2 counts these); {@code vacancies} is what it last reported, with the day (null: never reported).
 *
 * @param area the partnership area's name, or the place outside the partnership in words
 * @param inPartnership whether the provider serves an area of the partnership
 */
public record RefugeProvider(RefugeProviderId id, String name, UUID areaId, String area, boolean inPartnership,
        UUID agencyId, int places, int placesOlderSons, int placesDisabledAccess, int placesNrpf, Integer vacancies,
        LocalDate vacanciesOn, boolean active) {
}
