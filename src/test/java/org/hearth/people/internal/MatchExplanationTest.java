package org.hearth.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hearth.people.matching.Evidence;
import org.hearth.people.matching.FieldEvidence;
import org.hearth.people.matching.MatchEngine;
import org.hearth.people.matching.MatchField;
import org.hearth.people.matching.MatchRecord;
import org.junit.jupiter.api.Test;

/** The engine's evidence in words: every kind of evidence said, none with a weight. */
class MatchExplanationTest {

    @Test
    void saysEachFieldInWordsFromTheEvidenceNeverItsWeight() {
        List<String> said = MatchExplanation.of(List.of(
                new FieldEvidence(MatchField.PRIOR, Evidence.MISSING, "two records chosen at random", -15.5),
                new FieldEvidence(MatchField.FORENAME, Evidence.NICKNAME, "nickname", 4.2),
                new FieldEvidence(MatchField.SURNAME, Evidence.CLOSE_SPELLING, "Jaro-Winkler >= 0.92", 9.9),
                new FieldEvidence(MatchField.DATE_OF_BIRTH, Evidence.EXACT, "exact", 13.1),
                new FieldEvidence(MatchField.ADDRESS, Evidence.MISSING, "missing", 0),
                new FieldEvidence(MatchField.POSTCODE, Evidence.DIFFERENT, "else", -3.2),
                new FieldEvidence(MatchField.SEX, Evidence.EXACT, "same", 1.0),
                new FieldEvidence(MatchField.IDENTIFIER, Evidence.MISSING, "missing", 0)), false);
        assertThat(said).containsExactly("Given name a short form or nickname of the other",
                "Family name spelt slightly differently", "Same date of birth", "Different postcode", "Same sex");
    }

    @Test
    void everyEvidenceOfEveryFieldHasWordsOrIsLeftOutOnPurpose() {
        for (MatchField field : MatchField.values()) {
            for (Evidence evidence : Evidence.values()) {
                String said = MatchExplanation.say(field, evidence, false);
                boolean leftOut = field == MatchField.PRIOR || field == MatchField.IDENTIFIER
                        || evidence == Evidence.MISSING || evidence == Evidence.COUNTED_ELSEWHERE;
                assertThat(said == null).as("%s %s", field, evidence).isEqualTo(leftOut);
                if (said != null) {
                    assertThat(said).as("no engine terms or numbers").doesNotContainPattern("[0-9]|Jaro|phonetic|else");
                }
            }
        }
    }

    @Test
    void aFamilyNameMatchedThroughAnAliasSaysSo() {
        assertThat(MatchExplanation.say(MatchField.SURNAME, Evidence.EXACT, true))
                .isEqualTo("Same family name" + MatchExplanation.VIA_ALIAS);
        assertThat(MatchExplanation.say(MatchField.FORENAME, Evidence.EXACT, true)).isEqualTo("Same given name");
    }

    @Test
    void theEnginesOwnExplanationComesOutInWords() {
        var index = MatchEngine.withDefaults().index(List.of(
                new MatchRecord("a", "Rosalind", "Pemberton", "1984-06-21", "F", "12 Mill Lane, Leeds", "LS6 2QT"),
                new MatchRecord("b", "Ava", "Thornbury", "1990-01-02", "F", null, null)));
        var best = index.candidates(new MatchRecord("p", "Rosalind", "Pembreton", "1984-06-21", "F", null, "LS6 2QT"), 1)
                .get(0);
        assertThat(MatchExplanation.of(best.evidence(), false)).containsExactly(
                "Same given name", "Family name spelt slightly differently",
                "Same date of birth", "Same postcode", "Same sex");
    }

    @Test
    void weightsStoredByOlderVersionsAreDropped() {
        assertThat(MatchExplanation.withoutWeight("Date of birth: the same (+13.1)")).isEqualTo("Date of birth: the same");
        assertThat(MatchExplanation.withoutWeight("Postcode: different (\u22123.2)")).isEqualTo("Postcode: different");
        assertThat(MatchExplanation.withoutWeight("Same date of birth")).isEqualTo("Same date of birth");
    }
}
