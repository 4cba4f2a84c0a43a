package org.hearth.marac;

import org.hearth.platform.InvalidInputException;
import java.util.List;
import java.util.Optional;

/**
 * The MARACs of the partnership. Anyone signed in except analysts reads them; system administrators and
 * hub/MARAC coordinators ({@link #mayManage}) create and change them. Writes are audited.
 */
public interface Maracs {

    /** Every MARAC, by name. */
    List<Marac> all();

    Optional<Marac> find(MaracId id);

    /** Whether the current user may create and change MARACs: system administrators and hub/MARAC coordinators. */
    boolean mayManage();

    /** What is wrong with these details (field to message, in the order of the form); empty when they would save. */
    java.util.Map<String, String> problems(MaracDetails details, MaracId self);

    /**
     * Creates a MARAC.
     *
     * @throws InvalidInputException for a blank or taken name, no area, a chair or coordinator who is not an
     *     enabled member of staff, a capacity below 1, an agency listed twice, or a representative or deputy who
     *     does not work for their agency
     */
    Marac create(MaracDetails details);

    /** Changes a MARAC (the same checks as {@link #create}). */
    Marac update(MaracId id, MaracDetails details);

    /**
     * Whether this member of staff may represent the agency: enabled, working for it, in a casework role. Checked when
     * a MARAC is saved and again for each representative and deputy when an agenda is published.
     */
    boolean mayRepresent(org.hearth.access.StaffUserId user, org.hearth.partnership.AgencyId agency);
}
