package org.hearth.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.people.Candidate;
import org.hearth.people.PersonDetails;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first matcher (it answers searches and the doors' checks until the person index is built, and always on a
 * register too large for the heap) scores at most 500 people: the best-placed ones, not any 500 of those sharing a
 * family name's first three letters.
 */
@HearthIntegrationTest
class FirstMatcherTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSameNameIsFoundAmongMoreThanItScoresSharingTheFamilyName() {
        String family = Fixtures.uniqueName("Qzv");
        // 1,200 namesakes whose first names sort before hers, written before her: read in any index's order, or the
        // table's, the first 500 of the family name are all theirs
        jdbc.sql("""
                INSERT INTO person (id, given_name, family_name, date_of_birth, created_by)
                SELECT gen_random_uuid(), 'A' || lpad(i::text, 4, '0'), ?, date '1980-01-01' + i, gen_random_uuid()
                FROM generate_series(1, 1200) i""").param(family).update();
        UUID olwen = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, date_of_birth, created_by) VALUES (?, 'Olwen', ?, ?, ?)")
                .params(olwen, family, LocalDate.of(1990, 6, 2), UUID.randomUUID()).update();
        FirstMatcher first = new FirstMatcher(jdbc);

        List<Candidate> byName = first.candidates(details("Olwen", family, null), null, 5);
        assertThat(byName).isNotEmpty();
        assertThat(byName.get(0).id().value()).as("the same first and family name, first").isEqualTo(olwen);

        // a date of birth typed finds her among them by it too (her first name misspelt)
        List<Candidate> byBirth = first.candidates(details("Olwin", family, LocalDate.of(1990, 6, 2)), null, 5);
        assertThat(byBirth.get(0).id().value()).isEqualTo(olwen);
        assertThat(byBirth.get(0).reasons()).contains("Same date of birth");
    }

    private static PersonDetails details(String given, String family, LocalDate born) {
        return new PersonDetails(given, family, born, null, null, null, null, null, false, null, null, null);
    }
}
