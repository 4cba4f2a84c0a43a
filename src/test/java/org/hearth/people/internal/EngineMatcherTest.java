package org.hearth.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.support.Eventually.waitFor;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.people.Candidate;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonMatcher;
import org.hearth.people.Sex;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine answers the front door from its online index: this instance's own writes are indexed when they
 * commit, anyone else's by polling the database within seconds.
 */
@HearthIntegrationTest
class EngineMatcherTest {

    @Autowired
    PersonMatcher matcher;
    @Autowired
    EngineMatcher engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    TransactionTemplate tx;

    @BeforeEach
    void indexBuilt() {
        tx = new TransactionTemplate(transactions);
        waitFor(engine::ready, Duration.ofSeconds(60));
    }

    @Test
    void theEngineIsThePrimaryMatcher() {
        assertThat(matcher).isSameAs(engine);
    }

    @Test
    void aMisspeltNameFindsThePersonFirstWithWeightedReasons() {
        String suffix = letters();
        UUID right = insert("Rosalind", "Pemberton" + suffix, LocalDate.of(1984, 6, 21), "FEMALE", "NF2 7QT");
        UUID other = insert("Rosalind", "Ashworth" + suffix, LocalDate.of(1984, 6, 21), "FEMALE", null);
        // written behind the engine's back (raw SQL), so brought in by the background poll
        waitFor(() -> engine.indexed(right) && engine.indexed(other), Duration.ofSeconds(15));
        List<Candidate> found = matcher.candidates(details("Rosalind", "Pembreton" + suffix, LocalDate.of(1984, 6, 21)),
                "NF2 7QT", 5);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).id().value()).isEqualTo(right);
        assertThat(found.get(0).score()).isBetween(0.5, 1.0);
        assertThat(found.get(0).reasons()).contains("Family name spelt slightly differently", "Same date of birth",
                "Same postcode").as("words, never the engine's weights").noneMatch(r -> r.matches(".*\\d.*"));
    }

    @Test
    void swappedDayAndMonthAndANewSurnameViaAnAlias() {
        String suffix = letters();
        UUID right = insert("Marguerite", "Oldfield" + suffix, LocalDate.of(1979, 3, 11), "FEMALE", null);
        jdbc.sql("INSERT INTO person_alias (person_id, given_name, family_name) VALUES (?, NULL, ?)")
                .params(right, "Brackenbury" + suffix).update();
        jdbc.sql("UPDATE person SET updated_at = now() WHERE id = ?").param(right).update();
        UUID other = insert("Marguerite", "Thornley" + suffix, LocalDate.of(1990, 1, 2), "FEMALE", null);
        waitFor(() -> engine.indexed(right) && engine.indexed(other), Duration.ofSeconds(15));
        // the alias was added after the insert: wait until the poll has indexed it too
        waitFor(() -> matcher.candidates(details("Marguerite", "Brackenbury" + suffix, LocalDate.of(1979, 3, 11)),
                null, 5).stream().anyMatch(c -> c.reasons().stream().anyMatch(r -> r.contains("alias"))),
                Duration.ofSeconds(15));

        List<Candidate> swapped = matcher.candidates(details("Marguerite", "Oldfield" + suffix, LocalDate.of(1979, 11, 3)),
                null, 5);
        assertThat(swapped.get(0).id().value()).isEqualTo(right);
        assertThat(swapped.get(0).reasons()).contains("Date of birth with day and month swapped", "Same family name");

        List<Candidate> married = matcher.candidates(details("Marguerite", "Brackenbury" + suffix,
                LocalDate.of(1979, 3, 11)), null, 5);
        assertThat(married.get(0).id().value()).isEqualTo(right);
        assertThat(married.get(0).name()).isEqualTo("Marguerite Oldfield" + suffix);
        assertThat(married.get(0).reasons()).contains("Same family name (a previous name or alias)");
    }

    @Test
    void aPersonSavedByAnotherInstanceIsFoundWithinSeconds() {
        String suffix = letters();
        UUID id = insert("Philippa", "Kingsbury" + suffix, LocalDate.of(1992, 8, 30), "FEMALE", "NF4 1HX");
        // the background poll, not a call of candidates(), must bring the person in
        waitFor(() -> engine.indexed(id), Duration.ofSeconds(15));
        List<Candidate> found = matcher.candidates(details("Philippa", "Kingsbury" + suffix, LocalDate.of(1992, 8, 30)),
                "NF4 1HX", 5);
        assertThat(found.get(0).id().value()).isEqualTo(id);
    }

    @Test
    void aPersonWrittenThroughPeopleIsMatchableAsSoonAsItsTransactionCommitsAndNeverIfItRollsBack() {
        String suffix = letters();
        UUID kept = tx.execute(status -> {
            UUID id = insert("Theodora", "Wainwright" + suffix, LocalDate.of(1988, 2, 14), "FEMALE", "NF3 9LP");
            engine.changed(id);
            // not before the commit: another transaction cannot see the person yet
            assertThat(engine.indexed(id)).isFalse();
            return id;
        });
        // no waiting: the commit itself indexed the person (the poll is every 3 s)
        assertThat(engine.indexed(kept)).isTrue();
        List<Candidate> found = matcher.candidates(details("Theodora", "Wainwright" + suffix, LocalDate.of(1988, 2, 14)),
                "NF3 9LP", 5);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).id().value()).isEqualTo(kept);

        UUID[] rolledBack = new UUID[1];
        tx.executeWithoutResult(status -> {
            rolledBack[0] = insert("Theodora", "Wainwright" + suffix + "x", LocalDate.of(1988, 2, 14), "FEMALE", null);
            engine.changed(rolledBack[0]);
            status.setRollbackOnly();
        });
        assertThat(engine.indexed(rolledBack[0])).isFalse();
        assertThat(matcher.candidates(details("Theodora", "Wainwright" + suffix + "x", LocalDate.of(1988, 2, 14)), null, 5))
                .noneMatch(c -> c.id().value().equals(rolledBack[0]));
    }

    private UUID insert(String given, String family, LocalDate dob, String sex, String postcode) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, date_of_birth, sex, created_by) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, given, family, dob, sex, UUID.randomUUID()).update();
        if (postcode != null) {
            jdbc.sql("INSERT INTO person_address (id, person_id, line1, postcode) VALUES (?, ?, '1 Test Street', ?)")
                    .params(UUID.randomUUID(), id, postcode).update();
        }
        return id;
    }

    private static PersonDetails details(String given, String family, LocalDate dob) {
        return new PersonDetails(given, family, dob, null, Sex.FEMALE, null, null, null, false, null, null, null);
    }

    private static String letters() {
        return Fixtures.uniqueName("");
    }
}
