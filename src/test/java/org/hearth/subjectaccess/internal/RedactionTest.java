package org.hearth.subjectaccess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.people.PersonDataSection.Kind;
import org.hearth.subjectaccess.RequesterRole;
import org.junit.jupiter.api.Test;

/** What is flagged, by whose information it is and who asked. */
class RedactionTest {

    @Test
    void everyThirdPartyAndAllFreeTextIsFlaggedWhoeverAsks() {
        for (RequesterRole role : RequesterRole.values()) {
            assertThat(Redaction.flagged(Kind.THIRD_PARTY, role)).as("third party for %s", role).isTrue();
            assertThat(Redaction.flagged(Kind.THIRD_PARTY_DETAIL, role)).as("address for %s", role).isTrue();
            assertThat(Redaction.flagged(Kind.FREE_TEXT, role)).as("free text for %s", role).isTrue();
            assertThat(Redaction.flagged(Kind.OWN, role)).as("own data for %s", role).isFalse();
        }
    }

    @Test
    void aPersonCausingHarmOrNotKnownHasStaffMaracAndConfidentialDetailsFlaggedTooThePersonAtRiskNot() {
        for (Kind kind : new Kind[] {Kind.STAFF, Kind.MARAC, Kind.CONFIDENTIAL}) {
            assertThat(Redaction.flagged(kind, RequesterRole.PERSON_CAUSING_HARM)).as("%s", kind).isTrue();
            assertThat(Redaction.flagged(kind, RequesterRole.NOT_KNOWN)).as("%s", kind).isTrue();
            assertThat(Redaction.flagged(kind, RequesterRole.PERSON_AT_RISK)).as("%s", kind).isFalse();
        }
    }

    @Test
    void aRepresentativeGetsThePersonsOwnRedactionAndHerConfidentialDetailsFlaggedToo() {
        for (RequesterRole role : RequesterRole.values()) {
            assertThat(Redaction.flagged(Kind.OWN, role, true)).as("own for %s", role).isFalse();
            for (Kind kind : new Kind[] {Kind.CONFIDENTIAL, Kind.STAFF, Kind.MARAC}) {
                // they leave her hands: a parent asking for a child may be the one she fled
                assertThat(Redaction.flagged(kind, role, true)).as("%s for %s", kind, role).isTrue();
            }
            for (Kind kind : new Kind[] {Kind.THIRD_PARTY, Kind.FREE_TEXT}) {
                assertThat(Redaction.flagged(kind, role, true)).as("%s for %s", kind, role)
                        .isEqualTo(Redaction.flagged(kind, role));
            }
        }
    }

    @Test
    void theReasonIsInWords() {
        assertThat(Redaction.why(Kind.THIRD_PARTY)).isEqualTo("names another person");
        assertThat(Redaction.why(Kind.MARAC)).as("an acronym keeps its capitals").isEqualTo("MARAC involvement");
    }
}
