package org.hearth.people;

import java.util.List;
import java.util.Optional;

/**
 * The people module's API. Every method acts as the signed-in user: reads and writes are audited, and
 * {@link #record} applies need-to-know.
 */
public interface People {

    /**
     * Records a new person, with their first address if {@code address} is not null, in one transaction: a
     * rejected address writes nothing. The acting agency is granted the record on {@code ground} (see
     * {@link PersonAccess}).
     */
    PersonId create(PersonDetails details, List<String> aliases, AccessGround ground, Address address);

    /** A person for {@link #createAll}: what {@link #create} takes. */
    record NewPerson(PersonDetails details, List<String> aliases, AccessGround ground, Address address) {

        public NewPerson {
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * {@link #create} for several people (those one police incident names), in one statement for their records,
     * grants and first addresses: exactly what {@link #create} writes and audits for each, in order. Returns their
     * ids in the order given. A rejected address writes nothing for any of them.
     */
    List<PersonId> createAll(List<NewPerson> people);

    /**
     * The person as the current user may see them (audited as a read), or empty if no such person: the full record
     * with a grant (see {@link PersonAccess}), else the locked-down stub.
     */
    Optional<PersonRecord> record(PersonId id);

    /**
     * Who a person is, for a module acting on a duty without a signed-in user (Operation Encompass hears a police
     * incident and must tell the child's school): audited as a read by {@code reader} with {@code purpose}.
     * Never for a page: pages read through {@link #record}.
     */
    Optional<PersonDetails> detailsFor(PersonId id, String reader, String purpose);

    /**
     * {@link #detailsFor} for many people in one statement (Operation Encompass hearing a chunk of the police import),
     * each read audited as {@link #detailsFor} audits it. Those not found are left out.
     */
    java.util.Map<PersonId, PersonDetails> detailsForAll(java.util.Collection<PersonId> ids, String reader,
            String purpose);

    /** Name only, for lists and links (not audited: no personal detail beyond the name). */
    Optional<String> name(PersonId id);

    /**
     * Corrects who a person is (names, date of birth, equality data) and their other names. This and the other
     * writes need a real ground (a grant or the hub role): a break-glass opening is a reading only.
     */
    void update(PersonId id, PersonDetails details, List<String> aliases);

    void addAddress(PersonId id, Address address);

    /**
     * Rectification (UK GDPR Art. 16): corrects one field of who the person is, keeping the old and the new value,
     * the reason and who asked for it in the person's history ({@link #corrections}); audited as an update
     * "correction" without the values. Needs a real ground, like {@link #update}. A date of birth is written
     * {@code 2001-03-14}. Refuses (with {@code InvalidInputException}) a blank reason or requester, an empty or
     * unchanged value, or a date that is not one.
     */
    PersonCorrection correct(PersonId id, PersonCorrection.Field field, String newValue, String reason,
            String requestedBy);

    /** The person's corrections, oldest first; needs a reading of the record ({@code PersonAccess.mayView}). */
    List<PersonCorrection> corrections(PersonId id);

    void setSafeContact(PersonId id, SafeContact rules);

    void relate(PersonId from, PersonId to, RelationshipKind kind);

    /**
     * {@link #relate} for several people at once (a referral's perpetrators and children): one statement, and an
     * audit entry for each relationship, in the caller's transaction.
     */
    void relateAll(PersonId from, List<java.util.Map.Entry<PersonId, RelationshipKind>> to);

    /**
     * Opens a person's record for reading to a user whose agency holds no grant, for a limited time, with their
     * reason: confidential addresses and safe contact details stay hidden, and it never creates or counts as a
     * grant. Audited as {@code BREAK_GLASS} and listed for coordinators to review.
     */
    void breakGlass(PersonId id, String reason);

    /**
     * A page of the break-glass openings, newest first, for hub coordinators and information governance to review
     * (anyone else is refused): audited as a search, and as a read of each person whose name the page shows.
     */
    List<GlassBreak> glassBreaks(boolean unreviewedOnly, int offset, int limit);

    /** How many break-glass openings there are, for the same reviewers (anyone else is refused). */
    long countGlassBreaks(boolean unreviewedOnly);

    /** Marks a break-glass opening as reviewed by the current user (a hub coordinator or information governance). */
    void reviewGlassBreak(long id);
}
