package org.hearth.people;

/**
 * Published when a person's details (names, date of birth, sex, equality data) were changed. Carries the id only;
 * a listener reads what it needs.
 */
public record PersonDetailsChanged(PersonId person) {
}
