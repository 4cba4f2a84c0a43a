package org.hearth.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.Candidate;
import org.hearth.people.ExactPeople;
import org.hearth.people.GrantHolder;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMatcher;
import org.hearth.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * {@link PersonResolver} with the module's API mocked, no Spring and no database: a known person, a sure match
 * (very likely, the same name and the same date of birth, and no namesake) or a new record; and a new record's agency
 * grants ended.
 */
class PersonResolverTest {

    static final LocalDate BORN = LocalDate.of(1985, 7, 12);
    static final PersonDetails BETH = new PersonDetails("Beth", "Ashdown", BORN, null, null, null, null, null, false,
            null, null, null);

    final People people = mock(People.class);
    final PersonAccess access = mock(PersonAccess.class);
    final PersonMatcher matcher = mock(PersonMatcher.class);
    final ExactPeople exact = mock(ExactPeople.class);
    final PersonResolver resolver = new PersonResolver(people, access, matcher, exact);

    static Candidate candidate(String name, String born, double score) {
        return new Candidate(PersonId.random(), name, born, score, List.of());
    }

    @Test
    void onlyAVeryLikelyMatchWithTheSameNameAndDateOfBirthIsTheSamePerson() {
        assertThat(PersonResolver.sameKnownPerson(BETH, candidate(" beth ASHDOWN ", "1985-07-12", 0.99999))).isTrue();
        assertThat(PersonResolver.sameKnownPerson(BETH, candidate("Beth Ashdown", "1985-12-07", 0.99999))).isFalse();
        assertThat(PersonResolver.sameKnownPerson(BETH, candidate("Bethany Ashdown", "1985-07-12", 0.99999))).isFalse();
        assertThat(PersonResolver.sameKnownPerson(BETH, candidate(null, "1985-07-12", 0.99999))).isFalse();
        assertThat(PersonResolver.sameKnownPerson(BETH, candidate("Beth Ashdown", "1985-07-12", 0.999))).isFalse();
        assertThat(PersonResolver.sameKnownPerson(BETH, candidate("Beth Ashdown", "1985-07-12", 0.5))).isFalse();
        PersonDetails unknownBirth = new PersonDetails("Beth", "Ashdown", null, null, null, null, null, null, false,
                null, null, null);
        assertThat(PersonResolver.sameKnownPerson(unknownBirth, candidate("Beth Ashdown", null, 0.99999))).isFalse();
    }

    @Test
    void aKnownPersonIsThatPersonAndNoOneElse() {
        PersonId known = PersonId.random();
        when(people.name(known)).thenReturn(Optional.of("Beth Ashdown"));
        List<PersonId> created = new ArrayList<>();
        assertThat(resolver.resolve("subject", known, null, null, null, AccessGround.DISCLOSURE, created))
                .isEqualTo(known);
        assertThat(created).isEmpty();
        PersonId nobody = PersonId.random();
        when(people.name(nobody)).thenReturn(Optional.empty());
        assertThatThrownBy(() -> resolver.resolve("subject", nobody, null, null, null, AccessGround.DISCLOSURE,
                created)).isInstanceOf(InvalidInputException.class).hasMessageContaining("There is no such person");
        verify(people, never()).create(any(), any(), any(), any());
    }

    @Test
    void aSureMatchIsLinkedAndAnythingLessMakesANewRecordOnTheGround() {
        Candidate sure = candidate("Beth Ashdown", "1985-07-12", 0.99999);
        when(exact.named("Beth", "Ashdown", BORN)).thenReturn(List.of(sure.id()));
        when(matcher.candidates(any(), isNull(), anyInt())).thenReturn(List.of(candidate("Beth Ashdown", null, 0.99999),
                sure));
        List<PersonId> created = new ArrayList<>();
        assertThat(resolver.resolve("deceased", null, " Beth ", "Ashdown ", BORN, AccessGround.REVIEW, created))
                .isEqualTo(sure.id());
        assertThat(created).isEmpty();

        when(matcher.candidates(any(), isNull(), anyInt())).thenReturn(List.of(candidate("Beth Ashdown", null, 0.99999)));
        PersonId made = PersonId.random();
        when(people.create(BETH, List.of(), AccessGround.REVIEW, null)).thenReturn(made);
        assertThat(resolver.resolve("deceased", null, " Beth ", "Ashdown ", BORN, AccessGround.REVIEW, created))
                .isEqualTo(made);
        assertThat(created).containsExactly(made);
    }

    @Test
    void twoPeopleOfTheSameNameAndDateOfBirthAreNeitherLinkedAndANewRecordIsMade() {
        Candidate one = candidate("Beth Ashdown", "1985-07-12", 0.99999);
        Candidate other = candidate("Beth Ashdown", "1985-07-12", 0.99999);
        when(exact.named("Beth", "Ashdown", BORN)).thenReturn(List.of(one.id(), other.id()));
        when(matcher.candidates(any(), isNull(), anyInt())).thenReturn(List.of(one, other));
        PersonId made = PersonId.random();
        when(people.create(BETH, List.of(), AccessGround.DISCLOSURE, null)).thenReturn(made);
        List<PersonId> created = new ArrayList<>();
        assertThat(resolver.resolve("subject", null, "Beth", "Ashdown", BORN, AccessGround.DISCLOSURE, created))
                .isEqualTo(made);
        assertThat(created).containsExactly(made);
    }

    @Test
    void aSureCandidateIsNotLinkedWhenTheOneExactNamesakeIsSomeoneElse() {
        Candidate sure = candidate("Beth Ashdown", "1985-07-12", 0.99999);
        when(exact.named("Beth", "Ashdown", BORN)).thenReturn(List.of(PersonId.random()));
        when(matcher.candidates(any(), isNull(), anyInt())).thenReturn(List.of(sure));
        PersonId made = PersonId.random();
        when(people.create(BETH, List.of(), AccessGround.REVIEW, null)).thenReturn(made);
        assertThat(resolver.resolve("deceased", null, "Beth", "Ashdown", BORN, AccessGround.REVIEW,
                new ArrayList<>())).isEqualTo(made);
    }

    @Test
    void aRecordMadeForThePurposeLosesTheAgencyGrantsOfThatGroundOnly() {
        PersonId made = PersonId.random();
        AccessGrant agency = grant(made, AccessGround.REVIEW, GrantHolder.agency(PeopleGuardsTest.AGENCY));
        AccessGrant user = grant(made, AccessGround.REVIEW, GrantHolder.user(new StaffUserId(UUID.randomUUID())));
        AccessGrant otherGround = grant(made, AccessGround.REFERRER, GrantHolder.agency(PeopleGuardsTest.AGENCY));
        when(access.currentGrants(made)).thenReturn(List.of(agency, user, otherGround));
        resolver.endAgencyGrants(List.of(made), AccessGround.REVIEW);
        verify(access).end(agency.id());
        verify(access, never()).end(user.id());
        verify(access, never()).end(otherGround.id());
    }

    static AccessGrant grant(PersonId person, AccessGround ground, GrantHolder holder) {
        return new AccessGrant(UUID.randomUUID(), person, ground, AccessScope.RECORD, holder, "holder", Instant.now(),
                null, "approver", null);
    }
}
