package org.hearth.encompass;

/**
 * A school's details as a form or the API sends them, as typed: {@link Schools#update} checks every field and
 * refuses with field errors ({@code name}, {@code urn}, {@code phase}, {@code leadName}, {@code leadEmail},
 * {@code deputyName}, {@code deputyEmail}, {@code startsAt}, {@code terms}, {@code closures}).
 *
 * @param terms the terms, separated by new lines or semicolons (blank: none), each its first and last day as a UK
 *     user writes them ({@code 3 September 2026 to 23 October 2026}, {@code 3/9/2026 to 23/10/2026}) or as
 *     {@code 2026-09-03..2026-10-23}; a refusal names the line ("Line 2: ...")
 * @param closures non-school days inside the terms ({@code 2 November 2026}, {@code 2/11/2026} or
 *     {@code 2026-11-02}), separated by new lines or semicolons
 */
public record SchoolChanges(String name, String urn, String phase, String leadName, String leadEmail,
        String deputyName, String deputyEmail, String startsAt, String terms, String closures) {
}
