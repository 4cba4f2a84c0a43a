package org.hearth.encompass;

import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonId;

/** The schools register, for hub coordinators and administrators. Changes are audited. */
public interface Schools {

    List<School> inArea(AreaId area);

    List<School> all();

    Optional<School> find(SchoolId id);

    List<Term> terms(SchoolId id);

    List<LocalDate> closures(SchoolId id);

    /**
     * Imports schools from CSV (header: area, name, urn, phase, lead_name, lead_email, deputy_name, deputy_email,
     * starts_at, terms, closures; terms as {@code 2026-09-03..2026-10-23;2026-11-02..2026-12-18}, closures as
     * {@code 2026-09-02;2026-11-02}, or as a UK user writes them: {@code 3/9/2026 to 23/10/2026}). Each row is added or refused on its own, with its reasons: an unknown area,
     * a URN that is not 6 digits, an unknown phase, a school already in the register or twice in the file, a bad
     * e-mail, time or date.
     */
    ImportReport importCsv(Reader csv);

    /**
     * When a notification about an incident at {@code incident} (UK local time) is due at this school: the school's
     * start time on its first school day that starts after the incident (a school day: inside one of its terms,
     * Monday to Friday, not a bank holiday, not one of its closures; past its last recorded term, every working
     * day counts, so a missing calendar never makes the clock later).
     */
    LocalDateTime dueFor(SchoolId school, LocalDateTime incident);

    /** Records a child's school (replacing any earlier one). */
    void linkChild(PersonId child, SchoolId school);

    /**
     * Records a child as home-educated: their notifications go to the area's education safeguarding team.
     *
     * @throws org.hearth.platform.InvalidInputException when the area has no education safeguarding team
     */
    void markHomeEducated(PersonId child, AreaId area);

    /**
     * Changes a school's details, terms and non-school days together (hub coordinators and administrators; audited).
     * Every field is checked: a blank or over-long name, a URN that is not 6 digits or is another school's, an
     * unknown phase, a name another school of the area has, a bad e-mail, time, term or day are refused with
     * field errors and nothing is changed. The clock of notifications already made is not moved.
     *
     * @throws org.hearth.platform.InvalidInputException with a field error per problem
     * @throws java.util.NoSuchElementException when there is no such school
     */
    void update(SchoolId id, SchoolChanges changes);

    /** Gives a key adult's account (role {@code ESTABLISHMENT_CONTACT}) the notifications of this school. */
    void addContact(SchoolId school, StaffUserId user);

    /**
     * Unlinks a key adult's account from a school: from that moment it sees none of the school's notifications (every
     * read joins the account's links). Audited. False when the account was not linked.
     */
    boolean removeContact(SchoolId school, StaffUserId user);

    /** The key adults' accounts of a school. */
    List<StaffUserId> contacts(SchoolId school);
}
