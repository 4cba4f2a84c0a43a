package org.hearth.encompass;

/**
 * A school's details as a form or the API sends them, as typed: {@link Schools#update} checks every field and
 * refuses with field errors ({@code name}, {@code urn}, {@code phase}, {@code leadName}, {@code leadEmail},
 * {@code deputyName}, {@code deputyEmail}, {@code startsAt}, {@code terms}, {@code closures}).
 *
 * @param terms the terms as {@code 2026-09-03..2026-10-23}, separated by semicolons or new lines (blank: none)
 * @param closures non-school days inside the terms as {@code 2026-09-02}, separated by semicolons or new lines
 */
public record SchoolChanges(String name, String urn, String phase, String leadName, String leadEmail,
        String deputyName, String deputyEmail, String startsAt, String terms, String closures) {
}
