package org.hearth.people;

/**
 * SPI for subject access (UK GDPR Art. 15): each module that holds records about a person contributes its section
 * of "everything Hearth holds about them", with every item that is not the person's own data marked
 * ({@link PersonDataSection.Kind}) so that the subject access module can flag and redact it.
 *
 * <p>Called only by the subject access module, for an information governance officer who holds a
 * {@link AccessGround#SUBJECT_ACCESS} grant on the person; the caller audits the export. An implementation reads
 * its module's own tables (no need-to-know of its own: the whole record is the point), names other people through
 * {@link People#name} and marks them {@link PersonDataSection.Kind#THIRD_PARTY}, and gives each field a key that is
 * the same every time it is read ({@code referral:<id>:victim}), because a reviewer's decision is kept by key.
 */
public interface PersonDataSource {

    /** Where the section goes in the output: people 10, referrals 20, risk 30, MARAC 40, casework 50, orders 60. */
    int order();

    /** What the module holds about the person; a section with no entries when it holds nothing. */
    PersonDataSection section(PersonId person);
}
