package org.hearth.people;

/** A {@link PersonGuard} over the APIs a unit test gives it (its constructor is the people module's own). */
public final class PersonGuards {

    private PersonGuards() {
    }

    public static PersonGuard of(People people, PersonAccess access) {
        return new PersonGuard(people, access);
    }
}
