package org.hearth.housing;

import java.util.UUID;
import org.hearth.access.StaffUserId;

/** A refuge provider: in a partnership area ({@code areaId}) or outside it ({@code elsewhere}, in words). */
public record NewProvider(String name, UUID areaId, String elsewhere, UUID agencyId, StaffUserId namedWorker,
        int places, int placesOlderSons, int placesDisabledAccess, int placesNrpf) {
}
