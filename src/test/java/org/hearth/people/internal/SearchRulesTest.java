package org.hearth.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.people.PersonId;
import org.hearth.platform.SearchQuery.Kind;
import org.junit.jupiter.api.Test;

/**
 * What a search shows of a person the user may not read ({@link PersonSearch#shown}, {@link PersonSearch#hit}):
 * a stub by the name they go by now, and nothing found by a date of birth, a former name or a postcode.
 */
class SearchRulesTest {

    static final PersonSearch.Found BETH = new PersonSearch.Found(UUID.randomUUID(), "Beth Ashdown",
            LocalDate.of(1985, 7, 12), true);

    @Test
    void aPersonTheUserMayNotReadIsAStubByTheirCurrentNameOnly() {
        assertThat(PersonSearch.shown(Kind.NAME, false, false, false, true)).isTrue();
        assertThat(PersonSearch.shown(Kind.NAME, false, false, false, false)).as("found by a former name or alias")
                .isFalse();
        assertThat(PersonSearch.shown(Kind.NAME, false, false, true, true)).as("a name and a date of birth typed")
                .isFalse();
        assertThat(PersonSearch.shown(Kind.DATE, false, false, true, true)).as("by date of birth").isFalse();
    }

    @Test
    void aPersonTheUserMayReadIsShownHoweverFound() {
        assertThat(PersonSearch.shown(Kind.NAME, true, false, true, false)).isTrue();
        assertThat(PersonSearch.shown(Kind.DATE, true, false, true, false)).isTrue();
        assertThat(PersonSearch.shown(Kind.ID, false, false, false, true)).isTrue();
    }

    @Test
    void aPostcodeFindsOnlyPeopleTheUserHoldsARealGroundFor() {
        // a break-glass reading (full, not grounded) does not let a postcode confirm where someone lives
        assertThat(PersonSearch.shown(Kind.POSTCODE, true, false, false, true)).isFalse();
        assertThat(PersonSearch.shown(Kind.POSTCODE, true, true, false, true)).isTrue();
    }

    @Test
    void aStubHitHasTheYearOfBirthOnly() {
        PersonSearch.PersonHit stub = PersonSearch.hit(BETH, false);
        assertThat(stub.restricted()).isTrue();
        assertThat(stub.dateOfBirth()).isNull();
        assertThat(stub.yearOfBirth()).isEqualTo(1985);
        assertThat(stub.name()).isEqualTo("Beth Ashdown");
        assertThat(stub.id()).isEqualTo(new PersonId(BETH.id()));
        PersonSearch.PersonHit full = PersonSearch.hit(BETH, true);
        assertThat(full.restricted()).isFalse();
        assertThat(full.dateOfBirth()).isEqualTo(LocalDate.of(1985, 7, 12));
        PersonSearch.PersonHit unknown = PersonSearch.hit(new PersonSearch.Found(UUID.randomUUID(), "A B", null, true),
                false);
        assertThat(unknown.yearOfBirth()).isNull();
    }

    @Test
    void aSurnameThatDoesNotStartAsTypedIsNotTheCurrentName() {
        assertThat(PersonSearch.sameInitial("Beth Ashdown", "ashford")).isTrue();
        assertThat(PersonSearch.sameInitial("Beth Ashdown", "Smith")).isFalse();
        assertThat(PersonSearch.sameInitial("Ashdown", "A")).isTrue();
        assertThat(PersonSearch.sameInitial("Beth ", "A")).isFalse();
        assertThat(PersonSearch.sameInitial("Beth Ashdown", "")).isFalse();
    }
}
