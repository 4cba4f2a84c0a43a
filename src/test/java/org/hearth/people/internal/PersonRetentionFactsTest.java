package org.hearth.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.people.PersonDataHolder;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRetention;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retention review's persons, read a page at a time: everyone whose own record and every module's dates are
 * old enough is found whatever the page size, and nobody involved since (here by a referral) is.
 */
@HearthIntegrationTest
class PersonRetentionFactsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<PersonDataHolder> holders;
    @Autowired
    Fixtures fixtures;

    @Test
    void everyoneInvolvedByTheDayIsFoundPageByPageAndNobodyInvolvedSince() {
        LocalDate today = LocalDate.now();
        LocalDate day = today.minusYears(6);
        UUID agency = fixtures.agency("Test Agency").id().value();
        List<UUID> old = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            old.add(person(today.minusYears(10)));
        }
        referral(agency, old.get(0), today.minusYears(8));
        UUID referredLately = person(today.minusYears(10));
        referral(agency, referredLately, today.minusYears(1));
        UUID madeLately = person(today.minusYears(2));

        List<PersonRetention> found = new PersonRetentionFacts(jdbc, holders, 2).involvedBy(day);
        Set<UUID> ids = found.stream().map(p -> p.person().value()).collect(Collectors.toSet());
        assertThat(ids).containsAll(old).doesNotContain(referredLately, madeLately);
        assertThat(found).filteredOn(p -> p.person().value().equals(old.get(0))).singleElement()
                .extracting(PersonRetention::lastInvolvement).as("the referral's date, the latest")
                .isEqualTo(today.minusYears(8));
        assertThat(new PersonRetentionFacts(jdbc, holders, 100_000).involvedBy(day))
                .as("the same as one page of everyone").containsExactlyInAnyOrderElementsOf(found);
        assertThat(new PersonRetentionFacts(jdbc, holders).of(new PersonId(referredLately))).singleElement()
                .extracting(PersonRetention::lastInvolvement).isEqualTo(today.minusYears(1));
    }

    @Test
    void theKeptDayFollowsEveryChangeSoOnlyThoseWhoCanBeDueAreRead() {
        LocalDate today = LocalDate.now();
        LocalDate day = today.minusYears(6);
        UUID agency = fixtures.agency("Test Agency").id().value();
        UUID victim = person(today.minusYears(10));
        UUID perpetrator = person(today.minusYears(10));
        PersonRetentionFacts facts = new PersonRetentionFacts(jdbc, holders, 2);
        assertThat(kept(victim)).as("made: their own record's day").isEqualTo(today.minusYears(10));
        assertThat(read(facts, day)).contains(victim, perpetrator);

        UUID referral = referral(agency, victim, today.minusYears(1));
        jdbc.sql("INSERT INTO referral_perpetrator (referral_id, person_id) VALUES (?, ?)").params(referral, perpetrator)
                .update();
        assertThat(kept(victim)).as("a referral received: its day, in the same transaction")
                .isEqualTo(today.minusYears(1));
        assertThat(kept(perpetrator)).as("named on it: the referral's day").isEqualTo(today.minusYears(1));
        assertThat(read(facts, day)).as("involved since: not read at all").doesNotContain(victim, perpetrator);

        jdbc.sql("DELETE FROM referral WHERE id = ?").param(referral).update();
        assertThat(kept(victim)).as("the referral gone: back to what is sure, never later than the truth")
                .isEqualTo(today.minusYears(10));
        assertThat(kept(perpetrator)).isEqualTo(today.minusYears(10));
        assertThat(facts.involvedBy(day)).extracting(p -> p.person().value()).as("due again: found")
                .contains(victim, perpetrator);

        jdbc.sql("DELETE FROM person WHERE id IN (?, ?)").params(victim, perpetrator).update();
        assertThat(jdbc.sql("SELECT count(*) FROM person_involvement WHERE person_id IN (?, ?)")
                .params(victim, perpetrator).query(Integer.class).single()).as("erased with the person").isZero();
    }

    @Test
    void noPersonsKeptDayIsLaterThanTheirFacts() {
        // every person in the shared database (the other tests' referrals, merges, erasures...) and these: a kept day
        // later than the facts would leave a due person out of the review
        UUID agency = fixtures.agency("Test Agency").id().value();
        UUID victim = person(LocalDate.now().minusYears(9));
        jdbc.sql("INSERT INTO referral_child (referral_id, person_id, present) VALUES (?, ?, true)")
                .params(referral(agency, victim, LocalDate.now().minusYears(8)), person(LocalDate.now().minusYears(9)))
                .update();
        LocalDate far = LocalDate.now().plusYears(100);
        List<PersonRetention> everyone = new PersonRetentionFacts(jdbc, holders).involvedBy(far);
        assertThat(everyone).isNotEmpty();
        for (PersonRetention p : everyone) {
            assertThat(kept(p.person().value())).as("kept day of %s", p.person()).isBeforeOrEqualTo(p.lastInvolvement());
        }
    }

    private LocalDate kept(UUID person) {
        return jdbc.sql("SELECT last_on FROM person_involvement WHERE person_id = ?").param(person)
                .query(LocalDate.class).single();
    }

    /** The persons the review reads by {@code day}, every page. */
    private static Set<UUID> read(PersonRetentionFacts facts, LocalDate day) {
        Set<UUID> out = new java.util.HashSet<>();
        for (List<PersonRetentionFacts.Base> rows = facts.candidates(day, null); !rows.isEmpty();
                rows = facts.candidates(day, rows.get(rows.size() - 1))) {
            rows.forEach(b -> out.add(b.id()));
        }
        return out;
    }

    private UUID person(LocalDate made) {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = made.atStartOfDay().atOffset(ZoneOffset.UTC).plusHours(12);
        jdbc.sql("""
                INSERT INTO person (id, given_name, family_name, created_by, created_at, updated_at)
                VALUES (?, 'Test', ?, ?, ?, ?)""")
                .params(id, Fixtures.uniqueName("Kept"), UUID.randomUUID(), at, at).update();
        return id;
    }

    private UUID referral(UUID agency, UUID victim, LocalDate received) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, victim_id, consent,
                    triage_outcome, triage_reason, triaged_at)
                VALUES (?, ?, 'WEB', ?, ?, ?, 'GIVEN', 'NO_FURTHER_ACTION', 'Test referral', ?)""")
                .params(id, "RT-" + id.toString().substring(0, 8), agency, received, victim,
                        received.atStartOfDay().atOffset(ZoneOffset.UTC).plusHours(12)).update();
        return id;
    }
}
