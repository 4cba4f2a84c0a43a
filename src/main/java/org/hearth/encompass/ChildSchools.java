package org.hearth.encompass;

import java.util.List;
import java.util.Optional;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonId;

/**
 * A child's school, read and changed from the child's person page (outside the hub's attention list) by staff who
 * hold a real ground on the child ({@code PersonAccess.holdsGround}: their own or their agency's grant, or the hub
 * coordinator's role; a break-glass reading is not enough). Everyone else is refused with
 * {@code AccessDeniedException}, and the refusal is audited. Reads and changes are audited on the child's record.
 */
public interface ChildSchools {

    /** The child's school as recorded, or home-educated (then {@code school} is the area's education safeguarding team). */
    record ChildSchool(SchoolId school, String schoolName, AreaId area, boolean homeEducated) {
    }

    /** A school that may be chosen (not an education safeguarding team), with its area's name. */
    record Choice(SchoolId school, String name, String areaName) {
    }

    /** The child's school, if known. */
    Optional<ChildSchool> schoolOf(PersonId child);

    /** Every school of the register that may be chosen, by area and name. */
    List<Choice> choices();

    /**
     * Records (or changes) the child's school. The child's open entries on the hub's Operation Encompass attention
     * list are resolved with it: each incident's notification goes to this school, as if the hub had chosen it there.
     *
     * @throws org.hearth.platform.InvalidInputException (field {@code school}) for a school not in the register or an
     *     education safeguarding team
     */
    void recordSchool(PersonId child, SchoolId school);

    /**
     * Records the child as home-educated in the area: their notifications go to its education safeguarding team,
     * including those of the child's open entries on the hub's attention list (resolved with it).
     *
     * @throws org.hearth.platform.InvalidInputException (field {@code school}) when the area has no such team
     */
    void recordHomeEducated(PersonId child, AreaId area);
}
