package org.hearth.partnership;

import java.util.List;
import java.util.Optional;

/** The partnership module's API. */
public interface Partnerships {

    /** The partnership, once it has been set up. */
    Optional<Partnership> current();

    /** Sets up the partnership on first start; fails if one exists. */
    Partnership establish(String name, Integer population);

    Area addArea(String name, Integer population);

    List<Area> areas();

    List<Agency> agencies();

    Optional<Agency> agency(AgencyId id);

    Agency createAgency(AgencyDetails details);

    Agency updateAgency(AgencyId id, AgencyDetails details);
}
