package org.hearth.marac;

import java.time.LocalDate;
import org.hearth.people.PersonId;

/** A case behind a figure of the return, as the coordinator's drill-down lists it. */
public record ReturnCase(MaracReferralId id, String reference, LocalDate meetsOn, PersonId victim, String victimName,
        String referringAgency, boolean repeat) {
}
