package org.hearth.subjectaccess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hearth.people.PersonDataSection;
import org.hearth.people.PersonDataSection.Entry;
import org.hearth.people.PersonDataSection.Field;
import org.hearth.people.PersonDataSection.Kind;
import org.hearth.people.PersonDataSection.SectionKind;
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

    private static Entry referralToMarac() {
        return new Entry("Referral to MARAC", List.of(Field.own("marac:1:on", "Referred on", "5 March 2026"),
                new Field("marac:1:evidence", "Evidence", "Threats at night", Kind.FREE_TEXT),
                new Field("marac:1:criteria", "Criteria met", "visible high risk", Kind.MARAC)));
    }

    @Test
    void aMaracSectionGoesWholeWhateverItsTitleSays() {
        // the kind decides, not the words: a reworded title must not let the section (or its headings) through
        for (String title : new String[] {"MARAC", "Multi-agency risk assessment conference (MARAC)", "Marac"}) {
            PersonDataSection marac = new PersonDataSection(title, List.of(referralToMarac()), SectionKind.MARAC);
            assertThat(Redaction.withoutMarac(marac)).as(title).isNull();
        }
    }

    @Test
    void anotherSectionKeepsItsEntriesWithoutTheirMaracItemsWhateverItsTitleSays() {
        // a records section (even one titled "MARAC") keeps each entry, its MARAC items taken out
        PersonDataSection referrals = new PersonDataSection("MARAC", List.of(new Entry("Referral R2026-000001",
                List.of(Field.own("referral:1:received", "Received", "1 March 2026"),
                        new Field("referral:1:decision", "Decision", "Refer to MARAC", Kind.MARAC)))));
        PersonDataSection kept = Redaction.withoutMarac(referrals);
        assertThat(kept.kind()).isEqualTo(SectionKind.RECORDS);
        assertThat(kept.entries()).singleElement().satisfies(e -> assertThat(e.fields())
                .extracting(Field::key).containsExactly("referral:1:received"));
        PersonDataSection none = new PersonDataSection("Risk assessments", List.of());
        assertThat(Redaction.withoutMarac(none)).isNull();
    }
}
