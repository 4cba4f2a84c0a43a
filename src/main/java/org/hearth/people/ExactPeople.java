package org.hearth.people;

import java.time.LocalDate;
import java.util.List;

/**
 * The people Hearth holds (not merged away) who go by exactly this given name, family name and date of birth now
 * (letter case and outer spaces aside; never a former name or alias): for a subject access request, which must name
 * one person and only one. Ids only; no need-to-know of its own and not audited: the caller checks its own grounds
 * and audits what it opens.
 */
public interface ExactPeople {

    List<PersonId> named(String givenName, String familyName, LocalDate dateOfBirth);
}
