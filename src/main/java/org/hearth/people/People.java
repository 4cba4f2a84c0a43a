package org.hearth.people;

import java.util.List;
import java.util.Optional;
import org.hearth.partnership.AgencyId;

/**
 * The people module's API. Every method acts as the signed-in user: reads and writes are audited, and
 * {@link #record} applies need-to-know.
 */
public interface People {

    /** Records a new person; the user's agency becomes involved (as {@code reason}). */
    PersonId create(PersonDetails details, List<String> aliases, Involvement reason);

    /** The person as the current user may see them (audited as a read), or empty if no such person. */
    Optional<PersonRecord> record(PersonId id);

    /** Name only, for lists and links (not audited: no personal detail beyond the name). */
    Optional<String> name(PersonId id);

    /** Corrects who a person is (names, date of birth, equality data) and their other names. */
    void update(PersonId id, PersonDetails details, List<String> aliases);

    void addAddress(PersonId id, Address address);

    void setSafeContact(PersonId id, SafeContact rules);

    void relate(PersonId from, PersonId to, RelationshipKind kind);

    /** Marks an agency as involved, giving its staff the full record. */
    void involve(PersonId id, AgencyId agency, Involvement reason);

    /** Allocates the current user to the person (they then see safe contact numbers and addresses). */
    void allocateToMe(PersonId id);

    /**
     * Opens a person's full record to a user whose agency is not involved, for a limited time, with their
     * reason. Audited as {@code BREAK_GLASS} and listed for coordinators to review.
     */
    void breakGlass(PersonId id, String reason);

    /** Break-glass openings, newest first, for coordinators to review (audited as a search). */
    List<GlassBreak> glassBreaks(boolean unreviewedOnly);

    /** Marks a break-glass opening as reviewed by the current user. */
    void reviewGlassBreak(long id);

    /** Whether the current user may see the full record. */
    boolean mayView(PersonId id);
}
