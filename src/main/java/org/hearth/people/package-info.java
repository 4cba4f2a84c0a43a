/**
 * Persons known to the partnership: victims, perpetrators, children and other household members, with
 * names and aliases, equality data, address history (confidential addresses, refuge shown only as in
 * refuge via a named service), contact details under safe-contact rules, and relationships. Every read and
 * write is audited.
 *
 * <p>Need-to-know is one model, {@link org.hearth.people.PersonAccess}: every access to a person's record is an
 * {@link org.hearth.people.AccessGrant} (an {@link org.hearth.people.AccessGround ground}, a
 * {@link org.hearth.people.AccessScope scope}, a {@link org.hearth.people.GrantHolder holder}, start and end, who
 * approved it and its {@link org.hearth.people.GrantBasis basis}); hub coordinators hold a standing ground through
 * their role; break-glass is a time-limited reading that never becomes a grant. Anyone else sees the
 * locked-down stub of {@link org.hearth.people.PersonRecord}. Other modules ask {@code PersonAccess} and never
 * read its tables. See {@code docs/security/access.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.hearth.people;
