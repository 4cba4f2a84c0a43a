package org.hearth.partnership;

import java.util.List;
import java.util.Optional;

/** The partnership module's API. */
public interface Partnerships {

    /** The partnership, once it has been set up. */
    Optional<Partnership> current();

    /** Sets up the partnership on first start; fails if one exists. */
    Partnership establish(String name, Integer population);

    /** Changes the partnership's name and population (null when not known). */
    Partnership updatePartnership(String name, Integer population);

    /** Fails with {@link DuplicateNameException} when another area has the name. */
    Area addArea(String name, Integer population);

    /** Fails with {@link DuplicateNameException} when another area has the name. */
    Area updateArea(AreaId id, String name, Integer population);

    Optional<Area> area(AreaId id);

    List<Area> areas();

    List<Agency> agencies();

    Optional<Agency> agency(AgencyId id);

    Agency createAgency(AgencyDetails details);

    Agency updateAgency(AgencyId id, AgencyDetails details);
}
