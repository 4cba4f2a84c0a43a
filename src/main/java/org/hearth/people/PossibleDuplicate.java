package org.hearth.people;

import java.time.Instant;
import java.util.List;

/**
 * Two person records that may be one person, as listed for the hub: from the doors (candidates left by the API
 * and the police import) or from a batch run of the matching engine over the register.
 *
 * @param probability the engine's match probability, 0 to 1 (ranks the list; people see its {@link #band()})
 * @param reasons     the engine's field-by-field evidence in words, e.g. "Date of birth with day and month swapped"
 * @param source      {@code DOOR} or {@code BATCH}
 * @param groupSize   records the engine clustered with these two (2 for a lone pair)
 * @param band        how likely the pair is one person, in words ({@link MatchBand#of(double, boolean)})
 */
public record PossibleDuplicate(PersonId a, String aName, PersonId b, String bName, double probability,
        List<String> reasons, String source, int groupSize, Instant foundAt, MatchBand band) {
}
