package org.hearth.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A register the front door keeps free of duplicates (every repeat is linked, not stored twice) still trains a
 * model that recognises a person: a probe with only the exact name and date of birth (as a perpetrator often
 * arrives) is the first candidate, as a match.
 */
class DeduplicatedStoreTest {

    private static final String[] MEN = {"Gary", "Aaron", "Ben", "Craig", "Dean", "Ewan", "Farid", "Glen",
        "Harun", "Ivan", "Jason", "Karl", "Liam", "Marek", "Neil", "Owen", "Paul", "Reece", "Sean", "Tom"};

    @Test
    void anExactNameAndDateOfBirthIsAMatchInAStoreWithoutDuplicates() {
        Random random = new Random(7);
        List<MatchRecord> stored = new ArrayList<>();
        for (int i = 0; i < 15_000; i++) {
            StringBuilder family = new StringBuilder();
            for (int k = 0; k < 8; k++) {
                family.append((char) ((k == 0 ? 'A' : 'a') + random.nextInt(26)));
            }
            String born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(55 * 365)).toString();
            stored.add(new MatchRecord("p" + i, MEN[random.nextInt(MEN.length)], family.toString(), born, null, null,
                    null, null));
        }
        PersonIndex index = MatchEngine.withDefaults().index(stored);
        int missed = 0;
        for (int i = 0; i < 200; i++) {
            MatchRecord known = stored.get(i * 70);
            MatchRecord probe = new MatchRecord("probe", known.givenName(), known.surname(), known.dateOfBirth(),
                    null, null, null, null);
            List<MatchCandidate> top = index.candidates(probe, 1);
            if (top.isEmpty() || !top.get(0).record().id().equals(known.id()) || !top.get(0).match()) {
                missed++;
            }
        }
        assertThat(missed).isZero();
    }
}
